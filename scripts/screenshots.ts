/**
 * Refreshes the README's pictures in docs/screenshots/ from the demo in content/:
 *
 *   npm run screenshots
 *
 * It builds the demo as the browser tests do (pages of 25 messages, into a temporary folder), serves
 * it on a sub-path and photographs it (the index, a chat, an album) in Debian's Chromium (/usr/bin/chromium), with the tests'
 * own helpers. The search picture is of a build with the search tests' export beside the demo, as
 * the tests build it, so that "summit" is found in two chats; the pictures of an Afrikaans and an
 * Arabic archive are of the language tests' exports, opened from disk. It prints a line per file written;
 * on failure one line, and the exit code is 1. The tests never write these files.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildArchive } from "../src/build.js";
import { Warnings } from "../src/model.js";
import { cleanUp, launchChromium, loadAllImages, SCREENSHOT_CHAT, SCREENSHOT_VIEWS, watch } from "../test/browser/browser.js";
import { serveUnder, type StaticServer } from "../test/browser/server.js";
import { LANGUAGE_EXPORTS, writeLanguageExport } from "../test/i18n/fixture.js";
import { writeSearchExport } from "../test/search/fixture.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SCREENSHOTS = join(root, "docs", "screenshots");
const SUB_PATH = "/family/archive/";
const PAGE_SIZE = 25;
/** In pages of 25, the demo's album is on Hiking Club's third page. */
const SCREENSHOT_ALBUM = { page: "chats/hiking-club/3.html", album: ".album-row" } as const;
/** And its video, with its poster, on the second. */
const SCREENSHOT_VIDEO = { page: "chats/hiking-club/2.html", video: "a.media.video" } as const;

/** What the page functions see: the scripts' tsconfig has no DOM library. */
interface Window {
  innerHeight: number;
  document: {
    fonts: { status: string };
    images: ArrayLike<{ complete: boolean; getBoundingClientRect(): { top: number; bottom: number } }>;
  };
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), "chat-archive-screenshots-"));
  let browser: Browser | undefined;
  let demo: StaticServer | undefined;
  let withSearch: StaticServer | undefined;
  try {
    const content = join(root, "content");
    const exports = join(scratch, "exports");
    writeSearchExport(exports);
    await build([content], join(scratch, "demo"));
    await build([content, exports], join(scratch, "with-search"));
    // The archive in the language of its export: Afrikaans, and Arabic for right to left.
    for (const lang of ["af", "ar"] as const) await build([await writeLanguageExport(join(scratch, "exports"), lang)], join(scratch, lang));
    demo = await serveUnder(join(scratch, "demo"), SUB_PATH);
    withSearch = await serveUnder(join(scratch, "with-search"), SUB_PATH);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });

    for (const { size, colorScheme, viewport, deviceScaleFactor, isMobile } of SCREENSHOT_VIEWS) {
      const context = await browser.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch: isMobile, colorScheme });
      await photograph(context, demo.base, async (page, save) => {
        await page.goto(`${demo!.base}index.html`);
        await settled(page);
        await save(`index-${size}-${colorScheme}.png`);

        await page.goto(`${demo!.base}${SCREENSHOT_CHAT.page}`);
        await loadAllImages(page);
        await page
          .locator(`li.day:has(time[datetime="${SCREENSHOT_CHAT.day}"])`)
          .evaluate((el: { scrollIntoView(options: object): void }) => el.scrollIntoView({ block: "start" }));
        await settled(page);
        await save(`chat-${size}-${colorScheme}.png`);

        // Bongani's six photos from Cape Point, sent together: one bubble, a grid and "+3".
        await page.goto(`${demo!.base}${SCREENSHOT_ALBUM.page}`);
        await loadAllImages(page);
        await page.locator(SCREENSHOT_ALBUM.album).evaluate((el: { scrollIntoView(options: object): void }) => el.scrollIntoView({ block: "center" }));
        await settled(page);
        await save(`album-${size}-${colorScheme}.png`);

        // The album's second photo, opened large: the lightbox names its author and day, and steps to the next.
        await page.locator(`${SCREENSHOT_ALBUM.album} a.tile`).nth(1).click();
        await page.locator("dialog.lightbox[open] img.lightbox-media").evaluate((img: { decode(): Promise<void> }) => img.decode());
        await settled(page);
        await save(`lightbox-${size}-${colorScheme}.png`);

        // Dawid's video from the waterfall: its poster, the play symbol and its length.
        await page.goto(`${demo!.base}${SCREENSHOT_VIDEO.page}`);
        await loadAllImages(page);
        await page.locator(SCREENSHOT_VIDEO.video).evaluate((el: { scrollIntoView(options: object): void }) => el.scrollIntoView({ block: "center" }));
        await settled(page);
        await save(`video-${size}-${colorScheme}.png`);
      });
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await photograph(context, withSearch.base, async (page, save) => {
      await page.goto(`${withSearch!.base}chats/hiking-club/index.html`);
      await page.fill("#search-query", "summit");
      await searched(page);
      await page.selectOption("select[name=chat]", "");
      await searched(page);
      const chats = new Set(await page.locator(".search-meta b").allTextContents());
      if (chats.size < 2) throw new Error(`"summit" was found in ${chats.size} chat(s), not in two or more`);
      await settled(page);
      await save("search-desktop-light.png");
    });

    for (const lang of ["af", "ar"] as const) {
      const folder = `${pathToFileURL(join(scratch, lang)).href}/`;
      await photograph(await browser.newContext({ viewport: { width: 1280, height: 800 } }), folder, async (page, save) => {
        await page.goto(`${folder}index.html`);
        await page.getByRole("link", { name: LANGUAGE_EXPORTS[lang].title, exact: true }).click();
        await loadAllImages(page);
        // Loading the images scrolled down; the picture is of the chat's top: its header, timeline and first day.
        await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
        await settled(page);
        await save(`chat-${lang}-desktop-light.png`);
      });
    }
  } finally {
    await cleanUp(scratch, browser, demo, withSearch);
  }
}

function build(inputs: string[], output: string): Promise<unknown> {
  return buildArchive({ inputs, output, pageSize: PAGE_SIZE, cache: false }, new Warnings());
}

/**
 * Runs `steps` on a new page of `context`; `save` writes a screenshot of the page as it is, unless
 * something went wrong in the archive (a console error, a failed request: see watch()).
 */
async function photograph(
  context: BrowserContext,
  base: string,
  steps: (page: Page, save: (name: string) => Promise<void>) => Promise<void>,
): Promise<void> {
  const problems: string[] = [];
  watch(context, base, problems);
  try {
    const page = await context.newPage();
    await steps(page, async (name) => {
      const picture = await page.screenshot();
      if (problems.length > 0) throw new Error(`${problems.length} problem(s) on ${page.url()}, the first: ${problems[0]}`);
      const file = join(SCREENSHOTS, name);
      writeFileSync(file, picture);
      console.log(`wrote ${relative(process.cwd(), file)}`);
    });
  } finally {
    await context.close();
  }
}

/** Waits until the fonts have loaded and every image in view has loaded or failed. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const { document, innerHeight } = globalThis as unknown as Window;
    const inView = Array.from(document.images).filter((img) => {
      const box = img.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    return document.fonts.status === "loaded" && inView.every((img) => img.complete);
  });
}

/** Waits until the search for what the box holds has finished (search.js clears aria-busy). */
function searched(page: Page): Promise<void> {
  return page.locator('#search-results[aria-busy="false"]').waitFor({ state: "attached" });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`screenshots failed: ${message.split("\n")[0]}`);
  process.exitCode = 1;
});
