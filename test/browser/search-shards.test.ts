// Search from disk in a chat of several script-index shards, in Debian's Chromium: a word of each
// script finds its message while only the shards that may hold it load, and the results grow, oldest
// first, as each shard is scanned.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../../src/build.js";
import { DEFAULT_PAGE_SIZE } from "../../src/layout.js";
import { Warnings } from "../../src/model.js";
import { SHARD_SIZE } from "../../src/search/fallback.js";
import { cleanUp, launchChromium, watch } from "./browser.js";

const scratch = mkdtempSync(join(tmpdir(), "chat-archive-search-shards-"));
const output = join(scratch, "site");
const base = `${pathToFileURL(output).href}/`;
const SHARDS = 4;

/** Messages by their position (0-based; the message's id is one more), each in the shard `position / SHARD_SIZE`. */
const PLACED: Readonly<Record<number, string>> = {
  [30]: "Meet me at the station at six",
  [SHARD_SIZE + 7]: "Встретимся у памятника в субботу",
  [2 * SHARD_SIZE + 11]: "مرحبا من القاهرة",
  [3 * SHARD_SIZE + 5]: "我们明天坐火车去海边吧",
  [3 * SHARD_SIZE + 9]: "The station was closed, take the bus",
};

let browser: Browser | undefined;
let context: BrowserContext | undefined;
const problems: string[] = [];

beforeAll(async () => {
  // An Android export of one message a minute: everyday English, with the placed messages among it.
  const lines = Array.from({ length: SHARDS * SHARD_SIZE }, (_, i) => {
    const at = new Date(Date.UTC(2021, 2, 12, 8, 0) + i * 60_000);
    const day = `${String(at.getUTCDate()).padStart(2, "0")}/${String(at.getUTCMonth() + 1).padStart(2, "0")}/${at.getUTCFullYear()}`;
    const time = `${String(at.getUTCHours()).padStart(2, "0")}:${String(at.getUTCMinutes()).padStart(2, "0")}`;
    return `${day}, ${time} - ${i % 2 ? "Ana" : "Ben"}: ${PLACED[i] ?? `see you at ${i % 24} for dinner`}`;
  });
  mkdirSync(join(scratch, "in"));
  writeFileSync(join(scratch, "in", "WhatsApp Chat with Ana.txt"), `${lines.join("\n")}\n`);
  await buildArchive({ inputs: [join(scratch, "in")], output, pageSize: DEFAULT_PAGE_SIZE, cache: false }, new Warnings());
  browser = await launchChromium();
  context = await browser.newContext();
  watch(context, base, problems);
}, 180_000);

afterAll(() => cleanUp(scratch, context, browser));

/**
 * Types `query` on a fresh page of the archive and waits for the search to finish (aria-busy back
 * to "false"), recording the results list each time it changes, and the shards the page loaded.
 */
async function search(query: string): Promise<{ page: Page; shards: number[]; states: { ids: number[]; busy: string | null }[] }> {
  const page = await context!.newPage();
  const shards: number[] = [];
  page.on("request", (request) => {
    const shard = /\/search\/[^/]+\/(\d+)\.js$/.exec(request.url());
    if (shard) shards.push(Number(shard[1]));
  });
  await page.goto(`${base}index.html`);
  await page.evaluate(() => {
    const { document, MutationObserver } = globalThis as unknown as {
      document: { getElementById(id: string): { getAttribute(n: string): string | null; querySelectorAll(s: string): ArrayLike<{ getAttribute(n: string): string | null }> } };
      MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void };
    };
    const list = document.getElementById("search-results");
    const states: { ids: number[]; busy: string | null }[] = [];
    (globalThis as unknown as { states: typeof states }).states = states;
    new MutationObserver(() => {
      const ids = Array.from(list.querySelectorAll("a")).map((a) => Number(/#m(\d+)$/.exec(a.getAttribute("href") ?? "")?.[1]));
      states.push({ ids, busy: list.getAttribute("aria-busy") });
    }).observe(list, { childList: true, attributes: true, attributeFilter: ["aria-busy"] });
  });
  await page.fill("#search-query", query);
  await page.locator('#search-results[aria-busy="false"]').waitFor({ state: "attached" });
  const states = await page.evaluate(() => (globalThis as unknown as { states: { ids: number[]; busy: string | null }[] }).states);
  return { page, shards: [...new Set(shards)].sort(), states };
}

describe("search from disk in a chat of several shards", () => {
  it.each([
    ["Cyrillic", "ПАМЯТНИКА", SHARD_SIZE + 7, "памятника"],
    ["Arabic", "القاهرة", 2 * SHARD_SIZE + 11, "القاهرة"],
    ["Chinese, inside a line written without spaces", "火车", 3 * SHARD_SIZE + 5, "火车"],
  ])("finds %s: %s, loading only the shard that holds it", async (_script, query, position, marked) => {
    const { page, shards, states } = await search(query);
    expect(states.at(-1)!.ids).toEqual([position + 1]);
    expect(await page.locator(".search-results mark").allTextContents()).toEqual([marked]);
    expect(shards).toEqual([Math.floor(position / SHARD_SIZE)]);
    await page.close();
  });

  it("shows the first shard's results at once and adds the later shard's, oldest first", async () => {
    const { page, shards, states } = await search("station");
    expect(shards).toEqual([0, 3]);
    const shown = states.filter((state) => state.ids.length > 0);
    // First the message of shard 0 alone while the search goes on, then both, and the search done.
    expect(shown[0]).toEqual({ ids: [31], busy: "true" });
    expect(shown.at(-1)).toEqual({ ids: [31, 3 * SHARD_SIZE + 10], busy: "false" });
    await page.close();
  });

  it("did nothing the archive must never do (console errors, failed or outside requests)", () => {
    expect(problems).toEqual([]);
  });
});
