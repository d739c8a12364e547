// The archive in the export's own language, as a person whose phone speaks it sees it: an Afrikaans
// export built with no flag reads Afrikaans on every page, from disk and over HTTP, with no English
// word of ours left; `--lang en` switches all of it; an Arabic export mirrors right to left.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../../src/build.js";
import { en } from "../../src/i18n/en.js";
import { CATALOGS, language } from "../../src/i18n/index.js";
import { Warnings } from "../../src/model.js";
import { LANGUAGE_DAYS, LANGUAGE_EXPORTS, writeLanguageExport, type ExportLanguage } from "../i18n/fixture.js";
import { cleanUp, launchChromium, viewArchive } from "./browser.js";
import { serveUnder, type StaticServer } from "./server.js";

const scratch = mkdtempSync(join(tmpdir(), "chat-archive-languages-"));
const SUB_PATH = "/familie/argief/";
const site = (name: string): string => join(scratch, name);
const af = language("af");
/** The Afrikaans chat's folder: its id is its title's slug. */
const AF_CHAT = "chats/annelie/";

let browser: Browser | undefined;
let server: StaticServer | undefined;

beforeAll(async () => {
  const build = async (lang: ExportLanguage, output: string, flag?: string): Promise<void> => {
    const input = await writeLanguageExport(join(scratch, "exports"), lang);
    await buildArchive({ inputs: [input], output: site(output), pageSize: 25, cache: false, ...(flag && { lang: flag }) }, new Warnings());
  };
  await build("af", "af");
  await build("af", "af-en", "en");
  await build("ar", "ar");
  server = await serveUnder(site("af"), SUB_PATH);
  browser = await launchChromium();
}, 120_000);

afterAll(() => cleanUp(scratch, browser, server));

/** Every English phrase of ours that the Afrikaans catalog words otherwise: the pieces of each entry between its placeholders. */
function englishPhrases(): string[] {
  const forms = (entry: string | Readonly<Record<string, string>>): string[] => (typeof entry === "string" ? [entry] : Object.values(entry));
  const afrikaans = Object.values(CATALOGS.af!).flatMap(forms).join("\n");
  return [...new Set(Object.values(en).flatMap(forms)
    .flatMap((form) => form.split(/\{\w+\}/))
    .map((piece) => piece.trim())
    .filter((piece) => /\p{L}{3}/u.test(piece) && !afrikaans.includes(piece)))];
}

/** What a person reads on the page, and hears: its text, its title, and the labels, titles, alt texts and placeholders of its elements. */
function readable(page: Page): Promise<string> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as {
      document: { title: string; body: { innerText: string }; querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }> };
    };
    const attributes = Array.from(document.querySelectorAll("[title], [alt], [aria-label], [placeholder]"))
      .flatMap((el) => ["title", "alt", "aria-label", "placeholder"].map((name) => el.getAttribute(name) ?? ""));
    return [document.title, document.body.innerText, ...attributes].join("\n");
  });
}

describe.each([
  { origin: "file://", base: (): string => `${pathToFileURL(site("af")).href}/` },
  { origin: `http on a sub-path (${SUB_PATH})`, base: (): string => server!.base },
])("an Afrikaans export built with no flag, opened from $origin", ({ base: baseOf }) => {
  const { problems, open } = viewArchive(() => browser!, baseOf);
  const chat = AF_CHAT;

  it("has no English word of ours on any page: index, chat pages, gallery, report", async () => {
    const phrases = englishPhrases();
    expect(phrases).toContain("Next");
    for (const path of ["index.html", `${chat}index.html`, `${chat}2.html`, `${chat}media.html`, "report.html"]) {
      const page = await open(path);
      try {
        expect(await page.locator("html").getAttribute("lang"), path).toBe("af");
        const text = await readable(page);
        expect(phrases.filter((phrase) => text.includes(phrase)), path).toEqual([]);
      } finally {
        await page.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it("writes days, times, counts and navigation as an Afrikaans phone does", async () => {
    const page = await open("index.html");
    try {
      await page.getByRole("link", { name: LANGUAGE_EXPORTS.af.title, exact: true }).click();
      await page.getByRole("heading", { level: 2, name: "Sondag 15 Januarie 2023" }).waitFor();
      // The export wrote a 24-hour clock.
      expect(await page.locator("ol.messages time[datetime='2023-01-15T08:00:00']").textContent()).toBe("08:00");
      expect(await page.locator(".deleted").first().textContent()).toBe(af.t("message.deleted"));
      expect(await page.locator(".placeholder").first().textContent()).toContain(af.t("media.omitted"));
      const month = page.getByRole("link", { name: af.t("timeline.month", { month: "Januarie 2023", count: 14 }), exact: true });
      expect(await month.count()).toBe(1);
      await page.getByRole("navigation", { name: af.t("nav.label") }).first().getByRole("link", { name: af.t("nav.next"), exact: true }).click();
      await page.waitForURL(/\/2\.html$/);
      expect(await page.title()).toContain(af.t("chat.page", { number: 2, count: 2 }));
    } finally {
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it("searches in Afrikaans and finds every message of the word", async () => {
    const page = await open("index.html");
    try {
      const box = page.getByRole("searchbox", { name: af.t("search.label") });
      await box.fill(LANGUAGE_EXPORTS.af.word);
      await page.locator('#search-results[aria-busy="false"]').waitFor({ state: "attached" });
      expect(await page.locator(".search-results a").count()).toBe(LANGUAGE_DAYS.length);
      expect(await page.locator(".search-status").textContent()).toBe(af.t("search.results", { count: LANGUAGE_DAYS.length }));
      // Each result names the day as the pages do, on the export's 24-hour clock.
      expect(await page.locator(".search-meta").first().textContent()).toMatch(/Jan\.? 2023,? 09:05/);
      await box.fill("sonderwoordnie");
      await page.locator('#search-results[aria-busy="false"]').waitFor({ state: "attached" });
      expect(await page.locator(".search-status").textContent()).toBe(af.t("search.none", { query: "sonderwoordnie" }));
    } finally {
      await page.close();
    }
    expect(problems).toEqual([]);
  });
});

describe("the same export built with --lang en", () => {
  it("speaks English, and still says that the messages are Afrikaans", async () => {
    const page = await browser!.newPage();
    try {
      await page.goto(`${pathToFileURL(site("af-en")).href}/${AF_CHAT}index.html`);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      await page.getByRole("heading", { level: 2, name: "Sunday, January 15, 2023" }).waitFor();
      expect(await page.locator("ol.messages").getAttribute("lang")).toBe("af");
      // Our labels among the Afrikaans messages say they are English, for a screen reader's voice.
      expect(await page.locator(".deleted").first().getAttribute("lang")).toBe("en");
      expect(await page.locator(".deleted").first().textContent()).toBe(en["message.deleted"]);
      expect(await page.locator("ol.messages time[datetime='2023-01-15T08:00:00']").textContent()).toBe("08:00");
    } finally {
      await page.close();
    }
  });
});

describe("an Arabic export", () => {
  it("reads right to left: my messages on the left, time running from the right, arrows pointing back", async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${pathToFileURL(site("ar")).href}/index.html`);
      expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
      expect(await page.locator("html").getAttribute("lang")).toBe("ar");
      await page.getByRole("link", { name: LANGUAGE_EXPORTS.ar.title, exact: true }).click();
      const mine = await page.locator(".row.mine .bubble").first().boundingBox();
      const theirs = await page.locator(".row.msg:not(.mine) .bubble").first().boundingBox();
      expect(mine!.x).toBeLessThan(theirs!.x);
      const bars = page.locator(".histogram rect");
      const oldest = await bars.first().boundingBox();
      const newest = await bars.last().boundingBox();
      expect(oldest!.x).toBeGreaterThan(newest!.x);
      const arrow = await page.locator("a.back").evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown, pseudo: string): { content: string } }).getComputedStyle(el, "::before").content);
      expect(arrow).toContain("→");
    } finally {
      await page.close();
    }
  });
});
