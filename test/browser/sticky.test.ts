// What stays on screen while a reader scrolls a chat (issue 16): the site's bar with the search box,
// the chat's name and the current day stay at the top, a linked message lands below them, "/" goes
// to the search box, and every page of a chat has the timeline and jump-to-date.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../../src/build.js";
import { Warnings } from "../../src/model.js";
import { cleanUp, launchChromium, SCREENSHOT_VIEWS, watch } from "./browser.js";

const root = join(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "chat-archive-sticky-"));
const output = join(scratch, "site");
/** Hiking Club, the demo's biggest chat, in pages of 25 messages: page 2 holds January 2023. */
const PAGE_2 = "chats/hiking-club/2.html";
/** Where the test leaves its pictures of what it saw, for a person to look at. */
const SHOTS = process.env.STICKY_SHOTS;

let browser: Browser | undefined;
let base = "";

beforeAll(async () => {
  await buildArchive({ inputs: [join(root, "content")], output, pageSize: 25, cache: false }, new Warnings());
  base = `${pathToFileURL(output).href}/`;
  browser = await launchChromium();
}, 120_000);

afterAll(() => cleanUp(scratch, browser));

interface Box { top: number; bottom: number; left: number; right: number }
/** The element's box on the screen; the test's tsconfig has no DOM library. */
const boxOf = (page: Page, selector: string): Promise<Box> =>
  page.locator(selector).first().evaluate((element) => {
    const r = (element as unknown as { getBoundingClientRect(): Box }).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
/** Whether what a person sees at (x, y) belongs to the first element matching `selector`: nothing covers it there. */
const seenAt = (page: Page, selector: string, x: number, y: number): Promise<boolean> =>
  page.evaluate(([selector, x, y]) => {
    const { document } = globalThis as unknown as { document: { elementFromPoint(x: number, y: number): { closest(s: string): unknown } | null; querySelector(s: string): unknown } };
    const hit = document.elementFromPoint(x as number, y as number);
    return hit !== null && hit.closest(selector as string) === document.querySelector(selector as string);
  }, [selector, x, y] as const);
const scrollBy = (page: Page, y: number): Promise<void> =>
  page.evaluate((y) => (globalThis as unknown as { scrollBy(x: number, y: number): void }).scrollBy(0, y), y);

describe.each(SCREENSHOT_VIEWS)("a chat's page at $size width in $colorScheme mode", ({ size, viewport, deviceScaleFactor, isMobile, colorScheme }) => {
  let context: BrowserContext | undefined;
  const problems: string[] = [];
  beforeAll(async () => {
    context = await browser!.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch: isMobile, colorScheme });
    watch(context, base, problems);
  });
  afterAll(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  it("keeps the chat's name, the search box and the current day on screen while scrolling down", async () => {
    const page = await context!.newPage();
    try {
      await page.goto(base + PAGE_2);
      await scrollBy(page, 3 * viewport.height);
      // The day the messages at the top of the screen were sent on, as it stands in the list.
      const name = await boxOf(page, ".chat-header h1");
      const search = await boxOf(page, "#search-query");
      expect(name.top).toBeGreaterThanOrEqual(0);
      expect(search.top).toBeGreaterThanOrEqual(0);
      expect(await seenAt(page, ".chat-header h1", (name.left + name.right) / 2, (name.top + name.bottom) / 2)).toBe(true);
      expect(await seenAt(page, "#search-query", (search.left + search.right) / 2, (search.top + search.bottom) / 2)).toBe(true);
      // Right below the chat's name: the day of the messages now at the top, not one scrolled past long ago.
      const header = await boxOf(page, ".chat-header");
      const day = await page.evaluate(([y, width]) => {
        const { document } = globalThis as unknown as { document: { elementFromPoint(x: number, y: number): { closest(s: string): { querySelector(s: string): { getAttribute(a: string): string } } | null } | null } };
        return document.elementFromPoint(width / 2, y)?.closest(".day")?.querySelector("time").getAttribute("datetime") ?? null;
      }, [header.bottom + 12, viewport.width] as const);
      expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The first row under the day's band: a message of that day, or the next day's band coming up.
      const below = await page.evaluate(([y, width]) => {
        type El = { classList: { contains(c: string): boolean }; closest(s: string): El | null; querySelector(s: string): { getAttribute(a: string): string } | null };
        const { document } = globalThis as unknown as { document: { elementFromPoint(x: number, y: number): El | null } };
        for (let at = y; at < y + 400; at += 4) {
          const row = document.elementFromPoint(width / 2, at)?.closest(".row");
          if (row?.classList.contains("day")) return "next day";
          const time = row?.querySelector("time[datetime]");
          if (time) return time.getAttribute("datetime")!.slice(0, 10);
        }
        return null;
      }, [(await boxOf(page, ".chat-header")).bottom + 48, viewport.width] as const);
      expect([day, "next day"]).toContain(below);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `scrolled-${size}-${colorScheme}.png`) });
    } finally {
      await page.close();
    }
  });

  it("lands a linked message fully in view below the header and its day", async () => {
    const page = await context!.newPage();
    try {
      await page.goto(base + PAGE_2);
      const id = await page.locator(".messages > .msg").nth(12).getAttribute("id");
      await page.goto(`${base}${PAGE_2}#${id}`);
      const target = page.locator(":target");
      await target.waitFor({ state: "visible" });
      const bubble = await boxOf(page, ":target .bubble, :target .system-text");
      const stuck = await boxOf(page, ".chat-header");
      expect(bubble.top).toBeGreaterThan(stuck.bottom);
      expect(bubble.bottom).toBeLessThanOrEqual(viewport.height);
      // Its top edge is not under the day's band either.
      expect(await seenAt(page, ":target", (bubble.left + bubble.right) / 2, bubble.top + 2)).toBe(true);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `deep-link-${size}-${colorScheme}.png`) });
    } finally {
      await page.close();
    }
  });

  it("has the timeline and jump-to-date on page 2, whose month links land on the right page and message", async () => {
    const page = await context!.newPage();
    try {
      await page.goto(base + PAGE_2);
      await page.getByLabel("Jump to date").waitFor({ state: "visible" });
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `top-${size}-${colorScheme}.png`) });
      // Small: well under a fifth of a phone's first screen, its months named where they are seen.
      const timeline = await boxOf(page, ".timeline");
      expect(timeline.bottom - timeline.top).toBeLessThan(viewport.height / 6);
      expect(await page.locator(".histogram .months text").allTextContents()).toEqual(["Nov", "Dec", "Jan", "Feb", "Mar"]);
      // A month whose first message is on another page: its link leads there, from page 2 as from page 1.
      const month = page.locator('.histogram a:not([href^="2.html"])').first();
      const href = (await month.getAttribute("href"))!;
      expect(href).toMatch(/^(index|\d+)\.html#m\d+$/);
      await month.click();
      await page.waitForURL((url) => url.href.endsWith(`/chats/hiking-club/${href}`));
      const target = page.locator(":target");
      await target.waitFor({ state: "visible" });
      expect(await target.getAttribute("id")).toBe(href.split("#")[1]);
      const stuck = await boxOf(page, ".chat-header");
      expect((await boxOf(page, ":target")).top).toBeGreaterThan(stuck.bottom);
    } finally {
      await page.close();
    }
  });
});

describe("the search box", () => {
  it("takes the cursor on /, except while the reader types in a field", async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(base + PAGE_2);
      const search = page.locator("#search-query");
      await search.waitFor({ state: "visible" });
      await page.keyboard.press("/");
      await expect.poll(() => search.evaluate((e) => e === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
      // Typed in the box, a slash is a slash.
      await page.keyboard.type("a/b");
      expect(await search.inputValue()).toBe("a/b");
    } finally {
      await context.close();
    }
  });
});
