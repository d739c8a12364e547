import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { language } from "../../src/i18n/index.js";
import { readChats } from "../../src/read.js";
import { messageLink, pageOf } from "../../src/layout.js";
import { stageContext, Warnings, type Chat } from "../../src/model.js";
import { searchableText } from "../../src/search/documents.js";
import { SHARD_SIZE } from "../../src/search/fallback.js";
import { writeSearch, type SearchResult } from "../../src/search/index.js";
import { SEARCH_AUTHORS, SEARCH_CHAT, SEARCH_MESSAGES, writeSearchExport } from "./fixture.js";

const root = join(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "chat-archive-search-"));
const PAGE_SIZE = 2;
const PART_SIZE = 3;
let chats: Chat[] = [];
let result: SearchResult;
const out = join(scratch, "site");

beforeAll(async () => {
  writeSearchExport(join(scratch, "in"));
  chats = (await readChats([join(root, "content"), join(scratch, "in")], undefined, new Warnings())).map((c) => c.chat);
  const warnings = new Warnings();
  result = await writeSearch(chats, out, { lang: "en", pageSize: PAGE_SIZE, partSize: PART_SIZE }, stageContext(warnings));
  expect(warnings.list).toEqual([]);
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Catalog {
  parts: number;
  anchor: string;
  chats: { id: string; title: string; authors: string[]; years: string[]; shards: number; pages: string[] }[];
}
type Row = [number, number, number, string, string];

/** Runs search/index.js and every shard as the browser would, and returns what they handed over. */
function loadScriptIndex(dir: string): { catalog: Catalog; rows: Map<string, Row[]> } {
  let catalog: Catalog | undefined;
  const rows = new Map<string, Row[]>();
  const ChatArchiveSearch = {
    catalog: (data: Catalog) => (catalog = data),
    shard: (chat: string, n: number, data: Row[]) => rows.set(`${chat}/${n}`, data),
  };
  runInNewContext(readFileSync(join(dir, "search", "index.js"), "utf8"), { ChatArchiveSearch });
  for (const chat of catalog!.chats) {
    for (let n = 0; n < chat.shards; n++) {
      runInNewContext(readFileSync(join(dir, "search", chat.id, `${n}.js`), "utf8"), { ChatArchiveSearch });
    }
  }
  return { catalog: catalog!, rows };
}

describe("the script index (search from file://)", () => {
  it("names every chat with its authors and years", () => {
    const { catalog } = loadScriptIndex(out);
    expect(catalog.parts).toBe(result.parts);
    expect(catalog.chats.map((c) => c.id).sort()).toEqual(chats.map((c) => c.id).sort());
    const lyalya = catalog.chats.find((c) => c.title === SEARCH_CHAT.title);
    expect(lyalya).toMatchObject({ title: SEARCH_CHAT.title, authors: [...SEARCH_AUTHORS], years: ["2021"] });
  });

  it("holds every message with words exactly once, with its page, author and minute, and its text as written", () => {
    const { catalog, rows } = loadScriptIndex(out);
    for (const chat of chats) {
      const info = catalog.chats.find((c) => c.id === chat.id)!;
      const all = [...Array(info.shards).keys()].flatMap((n) => rows.get(`${chat.id}/${n}`)!);
      const expected = chat.messages.flatMap((m, i) => {
        const text = searchableText(m);
        const author = m.author === null ? -1 : info.authors.indexOf(m.author);
        return text ? [[m.id, pageOf(i, PAGE_SIZE), author, `${m.timestamp.slice(0, 10)} ${m.timestamp.slice(11, 16)}`, text]] : [];
      });
      expect(all).toEqual(expected);
      expect(info.shards).toBe(Math.ceil(expected.length / SHARD_SIZE));
      // The link the browser script makes from a row, as assets/search.js makes it, is the layout's link to the message.
      for (const [id, page] of all) expect(`${info.pages[page - 1]}#${catalog.anchor}${id}`).toBe(`chats/${chat.id}/${messageLink(page, id)}`);
    }
    const texts = [...rows.values()].flat().map((row) => row[4]);
    for (const text of Object.values(SEARCH_MESSAGES)) expect(texts).toContain(text);
  });
});

describe("the Pagefind index (search over HTTP)", () => {
  it("is written in parts of about the part size, every record in one part", () => {
    const messages = chats.reduce((n, c) => n + c.messages.filter((m) => searchableText(m)).length, 0);
    expect(result.parts).toBeGreaterThanOrEqual(Math.floor(messages / (PART_SIZE + PAGE_SIZE)));
    const parts = readdirSync(join(out, "pagefind")).sort();
    expect(parts).toEqual([...Array(result.parts).keys()].map(String).sort());
    let pages = 0;
    for (const part of parts) {
      const entry = JSON.parse(readFileSync(join(out, "pagefind", part, "pagefind-entry.json"), "utf8"));
      // One language for the whole archive, so a search covers every chat.
      expect(Object.keys(entry.languages)).toEqual(["en"]);
      pages += entry.languages.en.page_count;
      expect(existsSync(join(out, "pagefind", part, "pagefind.js"))).toBe(true);
    }
    expect(pages).toBe(result.records);
  });

  it("leaves out Pagefind's own search UIs, which the archive does not use", () => {
    const files = readdirSync(join(out, "pagefind", "0"));
    expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
  });

  it("when Pagefind cannot write, warns once and still writes the script index", async () => {
    const broken = join(scratch, "broken");
    // A file where the index's folder should be: Pagefind's writeFiles fails.
    mkdirSync(broken);
    writeFileSync(join(broken, "pagefind"), "not a folder");
    const warnings = new Warnings();
    const outcome = await writeSearch(chats, broken, { lang: "en", pageSize: PAGE_SIZE }, stageContext(warnings));
    expect(outcome.parts).toBe(0);
    expect(warnings.list).toHaveLength(1);
    expect(language("en").warning(warnings.list[0]!)).toMatch(/^the Pagefind index could not be written, so search uses the slower script index everywhere: ./);
    expect(existsSync(join(broken, "pagefind"))).toBe(false);
    expect(loadScriptIndex(broken).catalog.parts).toBe(0);
  });
});
