// Albums as a person sees them: the six photos Bongani sends at Cape Point in the demo show as one
// bubble with a two-by-two grid and "+3"; the second tile opens the lightbox at the second photo; a
// link to the third photo's message lands on its tile below the sticky bars, and a link to the fifth
// brings it up from beneath the fourth; from disk and over HTTP, on a phone and a desktop, light and
// dark, axe clean; the grid is mirrored right to left; and without scripts each tile links to its photo.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, buildDemo, cleanUp, launchChromium, loadImage, SCREENSHOT_VIEWS, watch } from "./browser.js";
import type { StaticServer } from "./server.js";

const scratch = mkdtempSync(join(tmpdir(), "chat-archive-album-"));
const SUB_PATH = "/family/archive/";
/** Page 3 of Hiking Club in pages of 25 holds the album: messages 69 to 74. */
const PAGE = "chats/hiking-club/3.html";
const photo = (id: number): string => `${String(id).padStart(8, "0")}-PHOTO-2023-03-18-12-41-${String(5 + (id - 69) * 3).padStart(2, "0")}.jpg`;

let browser: Browser | undefined;
let server: StaticServer | undefined;

beforeAll(async () => {
  server = await buildDemo(scratch, SUB_PATH);
  browser = await launchChromium();
}, 120_000);

afterAll(() => cleanUp(scratch, browser, server));

const album = (page: Page): Locator => page.getByRole("group", { name: "Album, 6 photos", exact: true });

/** What covers the point `dx`, `dy` CSS pixels into the element from its top start corner: the element itself or something above it. */
function onTop(locator: Locator, dx: number, dy: number): Promise<boolean> {
  return locator.evaluate((el, [x, y]) => {
    type Box = { left: number; right: number; top: number };
    type Node = { getBoundingClientRect(): Box; contains(other: unknown): boolean; ownerDocument: { elementFromPoint(x: number, y: number): unknown; dir: string } };
    const node = el as unknown as Node;
    const box = node.getBoundingClientRect();
    const rtl = (node.ownerDocument as unknown as { documentElement: { dir: string } }).documentElement.dir === "rtl";
    return node.contains(node.ownerDocument.elementFromPoint(rtl ? box.right - x! : box.left + x!, box.top + y!));
  }, [dx, dy]);
}

const views = [
  { origin: "file://", base: (): string => `${pathToFileURL(join(scratch, "en")).href}/` },
  { origin: `http on a sub-path (${SUB_PATH})`, base: (): string => server!.base },
].flatMap((origin) => SCREENSHOT_VIEWS.map((view) => ({ ...origin, ...view })));

describe("an album", () => {
  it.each(views)("shows as one grid that opens the lightbox at each tile, and lands links on their tile, from $origin at $size width in $colorScheme mode", async ({ base, viewport, deviceScaleFactor, isMobile, colorScheme }) => {
    // bypassCSP: the archive's Content-Security-Policy rightly forbids the injected axe script.
    const context = await browser!.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch: isMobile, colorScheme, bypassCSP: true });
    const problems: string[] = [];
    watch(context, base(), problems);
    // axe reads the style sheets itself, which a page from disk may not do: it checks the same page over HTTP.
    const axe = async (page: Page): Promise<string[]> => (base().startsWith("http") ? axeViolations(page) : []);
    try {
      const page = await context.newPage();
      await page.goto(`${base()}${PAGE}`);
      // The album is near the end of its chat: room below it, as a longer chat has, lets a link bring it to the top.
      await page.addStyleTag({ content: "body { padding-bottom: 100vh; }" });
      await page.evaluate(() => { (globalThis as unknown as { location: { hash: string } }).location.hash = "#m71"; });
      // The link to the third photo's message lands on its tile, whole and below the chat's name and the day.
      const third = page.locator("#m71");
      await page.locator("#m71:target").waitFor({ state: "visible" });
      await page.waitForFunction(() => {
        const tile = (globalThis as unknown as { document: { getElementById(id: string): { getBoundingClientRect(): { top: number; bottom: number } } } }).document.getElementById("m71");
        const box = tile.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight;
      });
      expect(await onTop(third, 4, 2)).toBe(true);
      const header = (await page.locator(".chat-header").boundingBox())!;
      expect((await third.boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height);

      // One bubble, all six messages in it, each tile with its message's id and a picture named for the reader.
      const grid = album(page);
      expect(await page.locator(".bubble").filter({ has: grid }).count()).toBe(1);
      const tiles = grid.getByRole("link");
      expect(await tiles.evaluateAll((links) => links.map((a) => (a as unknown as { id: string }).id))).toEqual(["m69", "m70", "m71", "m72", "m73", "m74"]);
      expect(await tiles.first().getByRole("img").getAttribute("alt")).toBe("Photo from Bongani Dlamini, Mar 18, 2023");
      // Two by two: the first two side by side, the fourth below the second, under "+3"; the tiles square.
      const [a, b, , d] = await Promise.all([0, 1, 2, 3].map(async (i) => (await tiles.nth(i).boundingBox())!));
      expect(Math.abs(a!.y - b!.y)).toBeLessThan(1);
      expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
      expect(Math.abs(d!.x - b!.x)).toBeLessThan(1);
      expect(d!.y).toBeGreaterThan(b!.y + b!.height - 1);
      expect(Math.abs(a!.width - a!.height)).toBeLessThan(1);
      await tiles.nth(3).getByText("+3", { exact: true }).waitFor({ state: "visible" });
      expect(await onTop(tiles.nth(3), a!.width / 2, a!.height / 2)).toBe(true);
      // The grid keeps inside its bubble and the screen.
      const bubble = (await page.locator(".bubble").filter({ has: grid }).boundingBox())!;
      expect(b!.x + b!.width).toBeLessThanOrEqual(bubble.x + bubble.width);
      expect(bubble.x + bubble.width).toBeLessThanOrEqual(viewport.width);
      expect(await axe(page)).toEqual([]);

      // The second tile opens the lightbox at the second photo, with its own message and time.
      await loadImage(tiles.nth(1).locator("img"));
      await tiles.nth(1).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor({ state: "visible" });
      await dialog.locator(`img[src$="/${photo(70)}"]`).waitFor();
      expect(await dialog.getByRole("link", { name: "Go to message" }).getAttribute("href")).toBe("#m70");
      await dialog.getByText("Saturday, March 18, 2023 · 12:41 PM", { exact: true }).waitFor({ state: "visible" });
      await dialog.getByText("Bongani Dlamini", { exact: true }).waitFor({ state: "visible" });
      // Stepping on reaches the photos beneath the fourth tile.
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await dialog.locator(`img[src$="/${photo(73)}"]`).waitFor();
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      // Focus comes back once the dialog has closed, which may be a task after it is hidden.
      await expect.poll(() => tiles.nth(4).evaluate((el) => el === (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement)).toBe(true);

      // A link to the fifth photo's message brings its tile up from beneath the fourth.
      await page.goto(`${base()}${PAGE}#m73`);
      await page.locator("#m73:target").waitFor({ state: "visible" });
      expect(await onTop(page.locator("#m73"), a!.width / 2, a!.height / 2)).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("is mirrored right to left, with its count in the archive's language", async () => {
    const context = await browser!.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(`${pathToFileURL(join(scratch, "ar")).href}/${PAGE}#m69`);
      const grid = page.locator(".album");
      await grid.waitFor({ state: "visible" });
      expect(await grid.getAttribute("aria-label")).toMatch(/^ألبوم، (6|٦) صور$/);
      const tiles = grid.getByRole("link");
      const [a, b] = await Promise.all([0, 1].map(async (i) => (await tiles.nth(i).boundingBox())!));
      // The first tile on the right, as Arabic reads.
      expect(a!.x).toBeGreaterThan(b!.x);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("links each tile to its photo without scripts", async () => {
    const context = await browser!.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${pathToFileURL(join(scratch, "en")).href}/${PAGE}`);
      const tiles = album(page).getByRole("link");
      expect(await tiles.evaluateAll((links) => links.map((a) => (a as unknown as { getAttribute(n: string): string }).getAttribute("href"))))
        .toEqual([69, 70, 71, 72, 73, 74].map((id) => `../../media/hiking-club/${photo(id)}`));
      await tiles.nth(1).click();
      await page.waitForURL(new RegExp(`/media/hiking-club/${photo(70)}$`));
    } finally {
      await context.close();
    }
  });
});
