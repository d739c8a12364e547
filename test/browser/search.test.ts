// Search as a person uses it, in Debian's Chromium: from disk (file://, the script index) and from a
// sub-path of a web host (Pagefind). Type a word, see the hits, click one, land on the message.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../../src/build.js";
import { readChats } from "../../src/read.js";
import { en } from "../../src/i18n/en.js";
import { Warnings, type Chat } from "../../src/model.js";
import { searchableText } from "../../src/search/documents.js";
import { SEARCH_AUTHORS, SEARCH_CHAT, SEARCH_MESSAGES, writeSearchExport } from "../search/fixture.js";
import { axeViolations, cleanUp, launchChromium, watch } from "./browser.js";
import { serveUnder, type StaticServer } from "./server.js";

const root = join(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "chat-archive-search-browser-"));
const output = join(scratch, "site");
const SUB_PATH = "/family/archive/";
const PAGE_SIZE = 25;

let browser: Browser | undefined;
let server: StaticServer | undefined;
let chats: Chat[] = [];
/** A word of the demo that only one message holds, even counting words that merely start alike. */
let unique: { word: string; chat: Chat; id: number };
let searchChatId = "";

beforeAll(async () => {
  const inputs = [join(root, "content"), join(scratch, "exports")];
  writeSearchExport(join(scratch, "exports"));
  await buildArchive({ inputs, output, pageSize: PAGE_SIZE, cache: false }, new Warnings());
  chats = (await readChats(inputs, undefined, new Warnings())).map((c) => c.chat);
  searchChatId = chats.find((c) => c.title === SEARCH_CHAT.title)!.id;
  unique = uniqueDemoWord(chats.filter((c) => c.id !== searchChatId));
  server = await serveUnder(output, SUB_PATH);
  browser = await launchChromium();
}, 120_000);

afterAll(() => cleanUp(scratch, browser, server));

/** The longest plain word whose first five letters occur in exactly one message (search matches prefixes and stems). */
function uniqueDemoWord(demo: readonly Chat[]): { word: string; chat: Chat; id: number } {
  const messages = demo.flatMap((chat) => chat.messages.map((m) => ({ chat, id: m.id, text: searchableText(m).toLowerCase() })));
  const words = [...new Set(messages.flatMap((m) => m.text.match(/\b[a-z]{7,}\b/g) ?? []))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  for (const word of words) {
    const holders = messages.filter((m) => m.text.includes(word.slice(0, 5)));
    if (holders.length === 1) return { word, chat: holders[0]!.chat, id: holders[0]!.id };
  }
  throw new Error("the demo has no word that only one message holds");
}

/** Lower case, Latin letters without accents: how search compares words. */
const fold = (text: string): string => text.normalize("NFD").replace(/(?<=[A-Za-z])\p{M}+/gu, "").normalize("NFC").toLowerCase();

const origins = [
  { origin: "file://", base: (): string => `${pathToFileURL(output).href}/` },
  { origin: `http on a sub-path (${SUB_PATH})`, base: (): string => server!.base },
];

interface Hit {
  href: string;
  meta: string;
  excerpt: string;
  marks: string[];
}

describe.each(origins)("search in the archive opened from $origin", ({ base: baseOf }) => {
  let context: BrowserContext | undefined;
  const problems: string[] = [];

  beforeAll(async () => {
    context = await browser!.newContext();
    watch(context, baseOf(), problems);
  });
  afterAll(async () => {
    await context?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await context!.newPage();
    await page.goto(baseOf() + path);
    return page;
  }

  /** Types the query and waits until the search for it has finished, then reads the results. */
  async function search(page: Page, query: string): Promise<Hit[]> {
    await page.fill("#search-query", "");
    await page.fill("#search-query", query);
    await searched(page);
    return Promise.all((await page.locator(".search-results a").all()).map(async (link) => ({
      href: (await link.getAttribute("href")) ?? "",
      meta: (await link.locator(".search-meta").textContent()) ?? "",
      excerpt: (await link.locator(".search-excerpt").textContent()) ?? "",
      marks: await link.locator("mark").allTextContents(),
    })));
  }

  /**
   * Waits until the results are final: search.js marks them aria-busy from the keystroke (or a
   * filter's change) until the search for what the box holds now has finished.
   */
  const searched = (page: Page): Promise<void> => page.locator('#search-results[aria-busy="false"]').waitFor({ state: "attached" });

  const status = (page: Page): Promise<string> => page.textContent(".search-status").then((s) => s ?? "");

  it("finds the one message holding a word, and a click lands on it, highlighted", async () => {
    const page = await open("index.html");
    const hits = await search(page, unique.word);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.meta).toContain(unique.chat.title);
    expect(hits[0]!.marks.map((m) => m.toLowerCase()).join(" ")).toContain(unique.word.slice(0, 5));
    expect(await status(page)).toBe(en["search.results"].one.replace("{count}", "1"));
    await page.click(".search-results a");
    await page.waitForURL(new RegExp(`#m${unique.id}$`));
    expect(page.url()).toContain(`chats/${unique.chat.id}/`);
    const target = page.locator(`#m${unique.id}`);
    await page.locator(`#m${unique.id}:target`).waitFor({ state: "visible" });
    const box = await target.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(viewport.height);
    // The :target outline is the highlight.
    const outline = await target.locator(".bubble, .system-text").first()
      .evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string } }).getComputedStyle(el).outlineStyle);
    expect(outline).toBe("solid");
    await page.close();
  });

  it.each([
    ["Cyrillic", "памятника", SEARCH_MESSAGES.cyrillic],
    ["Arabic", "بالعالم", SEARCH_MESSAGES.arabic],
    ["Devanagari", "दुनिया", SEARCH_MESSAGES.devanagari],
    ["Thai, inside a run of letters", "กินข้าว", SEARCH_MESSAGES.thai],
    ["Japanese, inside a run of letters", "タワー", SEARCH_MESSAGES.japanese],
    ["an accented word without its accent", "cafe", SEARCH_MESSAGES.accented],
  ])("finds %s: %s", async (_script, query, text) => {
    const page = await open("index.html");
    const hits = await search(page, query);
    // Every message holding the word, in any chat: the one written for this test, and any in the demo.
    const holders = chats.flatMap((c) => c.messages.filter((m) => fold(searchableText(m)).includes(fold(query))));
    expect(hits).toHaveLength(holders.length);
    const id = Object.values(SEARCH_MESSAGES).indexOf(text as never) + 1;
    const hit = hits.find((h) => new RegExp(`chats/${searchChatId}/index\\.html#m${id}$`).test(h.href));
    expect(hit!.meta).toContain(SEARCH_CHAT.title);
    expect(hit!.excerpt.replace(/\s+/g, " ")).toContain(text.slice(0, 12));
    // The message holds the word once, and that is what is marked (Pagefind marks a comma after it too).
    expect(hit!.marks.map((mark) => fold(mark).replace(/[\p{P}\s]+$/u, ""))).toEqual([fold(query)]);
    await page.close();
  });

  it("says plainly when nothing matches", async () => {
    const page = await open("index.html");
    const query = "zqxjvwk";
    expect(await search(page, query)).toEqual([]);
    expect(await status(page)).toBe(en["search.none"].replace("{query}", query));
    await page.close();
  });

  it("shows a message and an author's name that are HTML as text in results and filters", async () => {
    const page = await open("index.html");
    const title = await page.title();
    const hits = await search(page, "onerror");
    expect(hits).toHaveLength(1);
    expect(hits[0]!.excerpt).toContain("<img src=x");
    expect(hits[0]!.meta).toContain(SEARCH_AUTHORS[1]);
    await page.selectOption("select[name=chat]", searchChatId);
    await searched(page);
    expect(await page.locator("select[name=author] option").allTextContents()).toContain(SEARCH_AUTHORS[1]);
    expect(await page.locator(".search-results img").count()).toBe(0);
    expect(await page.title()).toBe(title);
    await page.close();
  });

  // Hiking Club is the README's search screenshot: two of its messages hold the word.
  it.each([SEARCH_CHAT.title, "Hiking Club"])("on the page of %s searches that chat, and the filter can be cleared", async (title) => {
    const holding = (chat: Chat, word: string): number => chat.messages.filter((m) => searchableText(m).toLowerCase().includes(word)).length;
    const inChats = (word: string): Chat[] => chats.filter((c) => holding(c, word) > 0);
    expect(inChats("summit").map((c) => c.title).sort()).toEqual(["Hiking Club", SEARCH_CHAT.title].sort());
    const chat = chats.find((c) => c.title === title)!;
    const page = await open(`chats/${chat.id}/index.html`);
    const hits = await search(page, "summit");
    expect(await page.inputValue("select[name=chat]")).toBe(chat.id);
    expect(hits).toHaveLength(holding(chat, "summit"));
    expect(hits.every((hit) => hit.meta.startsWith(title))).toBe(true);
    await page.selectOption("select[name=chat]", "");
    await searched(page);
    const titles = await page.locator(".search-meta b").allTextContents().then((all) => [...new Set(all)].sort());
    expect(titles).toEqual(inChats("summit").map((c) => c.title).sort());
    // Several results, counted in the plural form the build wrote for that count.
    const total = chats.reduce((n, c) => n + holding(c, "summit"), 0);
    expect(await status(page)).toBe(en["search.results"].other.replace("{count}", String(total)));
    await page.close();
  });

  it("on a chat's page that holds no match, offers the matches of all chats, and one click shows them", async () => {
    const page = await open(`chats/${searchChatId}/index.html`);
    // Three messages of Hiking Club say "hike"; the chat written for these tests none.
    expect(await search(page, "hike")).toEqual([]);
    expect(await status(page)).toBe(en["search.none"].replace("{query}", "hike"));
    const offer = page.getByRole("button", { name: en["search.elsewhere"].other.replace("{count}", "3") });
    await offer.waitFor({ state: "visible" });
    await offer.click();
    await searched(page);
    expect(await page.inputValue("select[name=chat]")).toBe("");
    expect(await page.locator(".search-results a").count()).toBe(3);
    expect(await status(page)).toBe(en["search.results"].other.replace("{count}", "3"));
    expect(await offer.isHidden()).toBe(true);
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe("search-query");
    // A word the chat holds shows its own results, with no offer.
    await search(page, "summit");
    await page.selectOption("select[name=chat]", searchChatId);
    await searched(page);
    expect(await page.locator(".search-results a").count()).toBe(1);
    expect(await page.locator(".search-elsewhere").isHidden()).toBe(true);
    await page.close();
  });

  it("moves through the results with the arrow keys and opens one with Enter", async () => {
    const page = await open("index.html");
    const hits = await search(page, "summit");
    // Two messages of Hiking Club hold the word, and one of the chat written for these tests.
    expect(hits).toHaveLength(3);
    await page.focus("#search-query");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.locator(":focus").getAttribute("href")).toBe(hits[1]!.href);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.hash !== "");
    expect(page.url().endsWith(hits[1]!.href.replace(/^(\.\.\/)+/, ""))).toBe(true);
    await page.close();
  });

  it.each(["light", "dark"] as const)("shows results axe-core finds nothing serious in, in %s mode", async (colorScheme) => {
    // bypassCSP: the archive's Content-Security-Policy rightly refuses the injected axe script.
    const axeContext = await browser!.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true });
    try {
      const page = await axeContext.newPage();
      await page.goto(`${baseOf()}index.html`);
      await page.fill("#search-query", "summit");
      await searched(page);
      expect(await page.locator(".search-results a").count()).toBe(3);
      expect((await axeViolations(page)).join("\n")).toBe("");
    } finally {
      await axeContext.close();
    }
  });

  it("did nothing the archive must never do (console errors, failed or outside requests)", () => {
    expect(problems).toEqual([]);
  });
});

describe("search from disk and over HTTP", () => {
  /** Each result as a person sees it: where it leads, and its excerpt's text and marks. */
  async function results(base: string, query: string): Promise<{ status: string; hits: { href: string; meta: string; excerpt: string; marks: string[] }[]; index: string[] }> {
    const context = await browser!.newContext();
    try {
      const page = await context.newPage();
      // Which index answered: Pagefind's files, or the script index's shards.
      const index = new Set<string>();
      page.on("request", (request) => {
        const used = /\/(pagefind)\/|\/search\/[^/]+\/\d+\.js$/.exec(request.url());
        if (used) index.add(used[1] ?? "script index");
      });
      await page.goto(`${base}index.html`);
      await page.fill("#search-query", query);
      await page.locator('#search-results[aria-busy="false"]').waitFor({ state: "attached" });
      const hits = await page.locator(".search-results a").evaluateAll((links: { getAttribute(n: string): string | null; querySelector(s: string): { textContent: string | null } | null; querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }[]) =>
        links.map((a) => ({
          href: a.getAttribute("href") ?? "",
          meta: a.querySelector(".search-meta")?.textContent ?? "",
          excerpt: a.querySelector(".search-excerpt")?.textContent ?? "",
          marks: Array.from(a.querySelectorAll("mark")).map((m) => m.textContent ?? ""),
        })));
      return { status: (await page.textContent(".search-status")) ?? "", hits, index: [...index] };
    } finally {
      await context.close();
    }
  }

  // Words of the demo: one that ends a message ("6:00"), one a stemmer would widen ("hike" → "Hiking"),
  // a document's name, two words far apart in one message, a place, a word of another language.
  it.each(["hike", "summit", "6:00", "Route-Plan", "Cape Point", "safety read", "zobaczenia", "Lion", "welcome"])("gives the same results for “%s”", async (query) => {
    const disk = await results(`${pathToFileURL(output).href}/`, query);
    const http = await results(server!.base, query);
    expect(disk.hits.length).toBeGreaterThan(0);
    expect([disk.index, http.index]).toEqual([["script index"], ["pagefind"]]);
    expect({ ...http, index: [] }).toEqual({ ...disk, index: [] });
  });
});
