// The lightbox, as a person uses it: a photo of a chat page or of the gallery opens large over the
// page, says who sent it and when, steps to the page's other photos and videos by button, arrow key
// and swipe, and closes with Esc back onto the thumbnail; from disk and over HTTP, on a phone and a
// desktop, light and dark, left to right and right to left; and with scripts off the link still works.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, buildDemo, cleanUp, launchChromium, loadImage, SCREENSHOT_VIEWS, viewArchive, watch } from "./browser.js";
import type { StaticServer } from "./server.js";

const scratch = mkdtempSync(join(tmpdir(), "chat-archive-lightbox-"));
const SUB_PATH = "/family/archive/";
/** Page 2 of Hiking Club in pages of 25: Chloé's photo, Dawid's video and Alice's photo, in that order. */
const CHAT_PAGE = "chats/hiking-club/2.html";
const GALLERY = "chats/hiking-club/media.html";
const PHOTO_26 = "00000026-PHOTO-2022-12-11-07-58-33.jpg";
const VIDEO_28 = "00000028-VIDEO-2022-12-11-08-30-20.mp4";
const PHOTO_42 = "00000042-PHOTO-2023-01-15-09-04-31.jpg";
/** Where to keep screenshots of the video's poster and lightbox for a person to look at; none are taken without it. */
const SHOTS = process.env.LIGHTBOX_SHOTS;

/** What a page function sees of getComputedStyle: the test's tsconfig has no DOM library. */
type Styled = { getComputedStyle(el: unknown): { borderTopLeftRadius: string } };

let browser: Browser | undefined;
let server: StaticServer | undefined;

beforeAll(async () => {
  server = await buildDemo(scratch, SUB_PATH);
  browser = await launchChromium();
}, 120_000);

afterAll(() => cleanUp(scratch, browser, server));

/** The lightbox, open, named by what it counts ("Photo 1 of 3"). */
const lightbox = (page: Page, name?: string): Locator => page.getByRole("dialog", name === undefined ? {} : { name, exact: true });

/** Whether `locator` holds the page's focus; polled, as the dialog gives it back in its "close" event, a task after it is hidden. */
function focused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement);
}

/** Clicks a thumbnail once its image is on screen (a lazy one loads when scrolled to). */
async function openFrom(thumbnail: Locator): Promise<void> {
  await loadImage(thumbnail.locator("img"));
  await thumbnail.click();
}

/** The lightbox's photo once the original has replaced the thumbnail, and how wide it is. */
async function shownPhoto(page: Page, file: string): Promise<number> {
  const photo = lightbox(page).locator(`img[src$="/${file}"]`);
  await photo.waitFor();
  return photo.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth);
}

/** A finger drawn across the lightbox's photo by `across` CSS pixels, as pointer events. */
async function swipe(page: Page, across: number): Promise<void> {
  const stage = lightbox(page).locator(".lightbox-stage");
  const box = (await stage.boundingBox())!;
  const y = box.y + box.height / 2;
  const x = box.x + box.width / 2 - across / 2;
  const touch = { pointerType: "touch", isPrimary: true, pointerId: 7, bubbles: true, clientY: y };
  await stage.dispatchEvent("pointerdown", { ...touch, clientX: x });
  await stage.dispatchEvent("pointerup", { ...touch, clientX: x + across });
}

const origins = [
  { origin: "file://", base: (): string => `${pathToFileURL(join(scratch, "en")).href}/` },
  { origin: `http on a sub-path (${SUB_PATH})`, base: (): string => server!.base },
];

describe.each(origins)("the lightbox opened from $origin", ({ base: baseOf }) => {
  const view = viewArchive(() => browser!, baseOf);
  const { problems, open } = view;

  it("opens a chat's photo large with its author and date, steps through the page's photos and videos, and closes back onto the thumbnail", async () => {
    const page = await open(CHAT_PAGE);
    const originals: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/media/")) originals.push(request.url());
    });
    try {
      const thumbnails = page.locator("a[data-lightbox]");
      await loadImage(thumbnails.first().locator("img"));
      // The page loads its thumbnails, never an original or a video, until a person opens one.
      expect(originals).toEqual([]);
      await thumbnails.first().click();
      const dialog = lightbox(page);
      await lightbox(page, "Photo 1 of 3").waitFor({ state: "visible" });
      expect(await shownPhoto(page, PHOTO_26)).toBeGreaterThan(0);
      expect([...new Set(originals)]).toEqual([`${view.base}media/hiking-club/${PHOTO_26}`]);
      expect(await dialog.locator("img").getAttribute("alt")).toBe("Photo from Chloé Martin, Dec 11, 2022");
      await dialog.getByText("Chloé Martin", { exact: true }).waitFor({ state: "visible" });
      await dialog.getByText("Sunday, December 11, 2022 · 7:58 AM", { exact: true }).waitFor({ state: "visible" });
      expect(await dialog.getByRole("link", { name: "Go to message" }).getAttribute("href")).toBe("#m26");
      expect(await dialog.getByRole("link", { name: "Open original" }).getAttribute("href")).toBe(`../../media/hiking-club/${PHOTO_26}`);

      // Focus stays in the dialog: Tab and Shift+Tab go round its five controls, never to the page behind.
      for (const key of [...Array(7).fill("Tab"), ...Array(7).fill("Shift+Tab")] as string[]) {
        await page.keyboard.press(key);
        expect(await page.evaluate(() => Boolean((globalThis as unknown as { document: { activeElement: { closest(s: string): unknown } | null } }).document.activeElement?.closest("dialog")))).toBe(true);
      }

      await page.keyboard.press("ArrowRight");
      await lightbox(page, "Video 2 of 3").waitFor({ state: "visible" });
      expect(await dialog.locator("video").getAttribute("src")).toBe(`../../media/hiking-club/${VIDEO_28}`);
      await dialog.getByText("Dawid Nowak", { exact: true }).waitFor({ state: "visible" });
      await dialog.getByRole("button", { name: "Next" }).click();
      await lightbox(page, "Photo 3 of 3").waitFor({ state: "visible" });
      expect(await shownPhoto(page, PHOTO_42)).toBeGreaterThan(0);
      // Alice's own messages do not show her name; the lightbox does.
      await dialog.getByText("Alice Moreau", { exact: true }).waitFor({ state: "visible" });
      // Past the last comes the first again, and back.
      await page.keyboard.press("ArrowRight");
      await lightbox(page, "Photo 1 of 3").waitFor({ state: "visible" });
      await dialog.getByRole("button", { name: "Previous" }).click();
      await lightbox(page, "Photo 3 of 3").waitFor({ state: "visible" });
      await page.keyboard.press("ArrowLeft");
      await lightbox(page, "Video 2 of 3").waitFor({ state: "visible" });
      await page.keyboard.press("ArrowLeft");
      await lightbox(page, "Photo 1 of 3").waitFor({ state: "visible" });

      await page.keyboard.press("Escape");
      await lightbox(page).waitFor({ state: "hidden" });
      await expect.poll(() => focused(thumbnails.first())).toBe(true);
      expect(page.url()).toBe(`${view.base}${CHAT_PAGE}`);

      // From the keyboard too; closed on another photo, focus lands on that one's thumbnail.
      await page.keyboard.press("Enter");
      await lightbox(page, "Photo 1 of 3").waitFor({ state: "visible" });
      await page.keyboard.press("ArrowLeft");
      await lightbox(page, "Photo 3 of 3").waitFor({ state: "visible" });
      await page.keyboard.press("Escape");
      await lightbox(page).waitFor({ state: "hidden" });
      await expect.poll(() => focused(thumbnails.last())).toBe(true);
      expect(await thumbnails.last().getAttribute("href")).toBe(`../../media/hiking-club/${PHOTO_42}`);

      // "Go to message" lands on the message on this page.
      await thumbnails.last().click();
      await lightbox(page, "Photo 3 of 3").getByRole("link", { name: "Go to message" }).click();
      await lightbox(page).waitFor({ state: "hidden" });
      await page.waitForURL(/#m42$/);
      await page.locator("#m42:target").waitFor({ state: "visible" });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("opens the gallery's photos and videos the same way, with a link to each one's message", async () => {
    const page = await open(GALLERY);
    try {
      const tiles = page.locator("a[data-lightbox]");
      await openFrom(tiles.first());
      const dialog = lightbox(page);
      await lightbox(page, "Photo 1 of 13").waitFor({ state: "visible" });
      expect(await shownPhoto(page, "00000017-PHOTO-2022-11-19-08-47-31.jpg")).toBeGreaterThan(0);
      await dialog.getByText("Bongani Dlamini", { exact: true }).waitFor({ state: "visible" });
      await dialog.getByText("Saturday, November 19, 2022 · 8:47 AM", { exact: true }).waitFor({ state: "visible" });

      await dialog.getByRole("button", { name: "Next" }).click();
      await page.keyboard.press("ArrowRight");
      await lightbox(page, "Video 3 of 13").waitFor({ state: "visible" });
      expect(await dialog.locator("video").getAttribute("src")).toBe(`../../media/hiking-club/${VIDEO_28}`);
      await dialog.getByText("Dawid Nowak", { exact: true }).waitFor({ state: "visible" });
      await page.keyboard.press("Escape");
      await lightbox(page).waitFor({ state: "hidden" });
      await expect.poll(() => focused(tiles.nth(2))).toBe(true);

      await page.keyboard.press("Enter");
      await lightbox(page, "Video 3 of 13").getByRole("link", { name: "Go to message" }).click();
      await page.waitForURL(/\/chats\/hiking-club\/2\.html#m28$/);
      await page.locator("#m28:target").waitFor({ state: "visible" });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the lightbox on a phone and a desktop, light and dark", () => {
  it.each(SCREENSHOT_VIEWS)("fills the screen with its controls in view, axe clean, in a chat and the gallery at $size width in $colorScheme mode", async ({ viewport, deviceScaleFactor, isMobile, colorScheme }) => {
    // bypassCSP: the archive's Content-Security-Policy rightly forbids the injected axe script.
    const context = await browser!.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch: isMobile, colorScheme, bypassCSP: true });
    const problems: string[] = [];
    watch(context, server!.base, problems);
    const inView = async (locator: Locator): Promise<boolean> => {
      const box = (await locator.boundingBox())!;
      return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
    };
    try {
      const page = await context.newPage();
      for (const [path, name, photo, author] of [
        [CHAT_PAGE, "Photo 1 of 3", PHOTO_26, "Chloé Martin"],
        [GALLERY, "Photo 1 of 13", "00000017-PHOTO-2022-11-19-08-47-31.jpg", "Bongani Dlamini"],
      ] as const) {
        await page.goto(server!.base + path);
        await openFrom(page.locator("a[data-lightbox]").first());
        const dialog = lightbox(page, name);
        await dialog.waitFor({ state: "visible" });
        await shownPhoto(page, photo);
        const controls = [
          dialog.getByRole("button", { name: "Close" }), dialog.getByRole("button", { name: "Previous" }), dialog.getByRole("button", { name: "Next" }),
          dialog.getByRole("link", { name: "Go to message" }), dialog.getByRole("link", { name: "Open original" }), dialog.locator("img"),
          dialog.getByText(author, { exact: true }),
        ];
        for (const control of controls) expect(await inView(control), `${path}: ${String(control)}`).toBe(true);
        const box = (await dialog.locator("img").boundingBox())!;
        // The photo takes the width of a phone and most of the height of a desktop.
        expect(isMobile ? box.width : box.height).toBeGreaterThan((isMobile ? viewport.width : viewport.height) * 0.6);
        expect(await axeViolations(page), path).toEqual([]);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("steps by swipe on a touch screen: right to left for the next, left to right for the previous", async () => {
    const context = await browser!.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await page.goto(server!.base + CHAT_PAGE);
      await openFrom(page.locator("a[data-lightbox]").first());
      await lightbox(page, "Photo 1 of 3").waitFor({ state: "visible" });
      await swipe(page, -120);
      await lightbox(page, "Video 2 of 3").waitFor({ state: "visible" });
      await swipe(page, 120);
      await lightbox(page, "Photo 1 of 3").waitFor({ state: "visible" });
      // A short touch is a tap, not a swipe.
      await swipe(page, -20);
      expect(await lightbox(page).getAttribute("aria-labelledby")).toBe("lightbox-position");
      expect(await lightbox(page).locator("#lightbox-position").textContent()).toBe("Photo 1 of 3");
    } finally {
      await context.close();
    }
  });
});

describe("a video in the chat and the gallery, on a phone and a desktop, light and dark", () => {
  it.each(SCREENSHOT_VIEWS)("shows its poster at its shape with its length, and plays it in the lightbox, axe clean, at $size width in $colorScheme mode", async ({ size, viewport, deviceScaleFactor, isMobile, colorScheme }) => {
    const context = await browser!.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch: isMobile, colorScheme, bypassCSP: true });
    const problems: string[] = [];
    watch(context, server!.base, problems);
    try {
      const page = await context.newPage();
      for (const [path, name] of [[CHAT_PAGE, "Video 2 of 3"], [GALLERY, "Video 3 of 13"]] as const) {
        await page.goto(server!.base + path);
        const video = page.locator(`a[data-lightbox="video"]`).first();
        const poster = video.locator("img");
        expect((await loadImage(poster)).naturalWidth, path).toBe(320);
        await video.locator(".duration").waitFor({ state: "visible" });
        expect(await video.locator(".duration").textContent()).toBe("0:02");
        const box = (await poster.boundingBox())!;
        // The demo's video is 4:3; the chat shows all of it, the gallery crops it into a square tile.
        if (path === CHAT_PAGE) expect(box.width / box.height, path).toBeCloseTo(4 / 3, 1);
        else expect(box.width, path).toBeCloseTo(box.height, 0);
        // Rounded as photos are: the chat's poster itself, the gallery's tile.
        const rounded = path === CHAT_PAGE ? poster : video;
        const radius = await rounded.evaluate((el) => (globalThis as unknown as Styled).getComputedStyle(el).borderTopLeftRadius);
        expect(parseFloat(radius), path).toBeGreaterThan(0);
        expect(await axeViolations(page), path).toEqual([]);
        if (SHOTS) await page.screenshot({ path: join(SHOTS, `video-${path === CHAT_PAGE ? "chat" : "gallery"}-${size}-${colorScheme}.png`) });

        await video.click();
        const dialog = lightbox(page, name);
        await dialog.waitFor({ state: "visible" });
        const player = dialog.locator("video");
        expect(await player.getAttribute("src")).toBe(`../../media/hiking-club/${VIDEO_28}`);
        expect(await player.getAttribute("poster")).toMatch(/\/thumbs\/hiking-club\/00000028-VIDEO-2022-12-11-08-30-20\.mp4\.webp$/);
        // Playing: time moves on from the start, by the player's own event.
        await player.evaluate((el) => new Promise<void>((resolve, reject) => {
          const media = el as unknown as { currentTime: number; paused: boolean; error: { message: string } | null; addEventListener(type: string, f: () => void): void };
          const check = (): void => {
            if (media.error) reject(new Error(media.error.message));
            else if (!media.paused && media.currentTime > 0) resolve();
          };
          media.addEventListener("timeupdate", check);
          media.addEventListener("error", check);
          check();
        }));
        expect(await axeViolations(page), `${path} lightbox`).toEqual([]);
        if (SHOTS) await page.screenshot({ path: join(SHOTS, `video-lightbox-${path === CHAT_PAGE ? "chat" : "gallery"}-${size}-${colorScheme}.png`) });
        await page.keyboard.press("Escape");
        await dialog.waitFor({ state: "hidden" });
        await expect.poll(() => focused(video)).toBe(true);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("the lightbox in a right-to-left archive (Arabic)", () => {
  it("puts Next on the left, and steps forward with ← and a left-to-right swipe", async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(`${pathToFileURL(join(scratch, "ar")).href}/${CHAT_PAGE}`);
      await openFrom(page.locator("a[data-lightbox]").first());
      const dialog = lightbox(page);
      await dialog.waitFor({ state: "visible" });
      expect(await dialog.locator("#lightbox-position").textContent()).toMatch(/^الصورة (1|١) من (3|٣)$/);
      const next = (await dialog.getByRole("button", { name: "التالي" }).boundingBox())!;
      const previous = (await dialog.getByRole("button", { name: "السابق" }).boundingBox())!;
      expect(next.x).toBeLessThan(previous.x);
      await page.keyboard.press("ArrowLeft");
      await dialog.locator("video").waitFor();
      await page.keyboard.press("ArrowRight");
      await dialog.locator("img").waitFor();
      await swipe(page, 120);
      await dialog.locator("video").waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("with scripts off", () => {
  it("a chat's photo and video poster still link to the original file, and a gallery tile to its message", async () => {
    const context = await browser!.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(server!.base + CHAT_PAGE);
      const thumbnail = page.locator("a[data-lightbox]").first();
      await loadImage(thumbnail.locator("img"));
      await thumbnail.click();
      await page.waitForURL(`${server!.base}media/hiking-club/${PHOTO_26}`);
      expect(await lightbox(page).count()).toBe(0);

      // A video's poster links to the file, which the browser plays by itself.
      await page.goto(server!.base + CHAT_PAGE);
      await openFrom(page.locator(`a[data-lightbox="video"]`));
      await page.waitForURL(`${server!.base}media/hiking-club/${VIDEO_28}`);

      await page.goto(server!.base + GALLERY);
      await openFrom(page.locator("a[data-lightbox]").first());
      await page.waitForURL(`${server!.base}chats/hiking-club/index.html#m17`);
    } finally {
      await context.close();
    }
  });
});
