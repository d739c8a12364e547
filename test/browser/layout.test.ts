// The archive's layout as a person sees it on a phone (390 px) and a desktop (1280 px), in a
// generated export made to break it: a group of 80 whose last message is one long unbroken word
// and a long sentence, a 48 px logo among its photos, a camera photo and a video wider than a phone's
// bubble, and a photo the export lacks (a warning for the report); a chat of two without media. Every page stays within the screen, long lists are cut
// short, the avatars sit beside their runs, and the same in Arabic, right to left.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../../src/build.js";
import { Warnings } from "../../src/model.js";
import { makeVideo } from "../media/clips.js";
import { axeViolations, cleanUp, launchChromium, loadImage, watch } from "./browser.js";

const scratch = mkdtempSync(join(tmpdir(), "chat-archive-layout-"));
const site = (lang: string): string => join(scratch, lang);

const MEMBERS = ["Alice", "Bob", ...Array.from({ length: 78 }, (_, i) => `Member ${i + 3}`)];
const LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(6);
const LONG_SENTENCE = "and then we walked all the way back down the mountain in the rain, singing, because nobody had remembered to bring the car keys";
const LOGO = "IMG-20230115-WA0001.jpg";
/** A camera photo and a video, both wider than a phone's bubble. */
const WIDE_PHOTO = "IMG-20230115-WA0003.jpg";
const WIDE_VIDEO = "VID-20230115-WA0004.mp4";

/** Android exports "with media": a group where each of 80 says hello, and a quiet chat of two. */
async function writeExports(dir: string): Promise<string[]> {
  const group = join(dir, "WhatsApp Chat with Big Group");
  const pair = join(dir, "WhatsApp Chat with Zoe");
  mkdirSync(group, { recursive: true });
  mkdirSync(pair, { recursive: true });
  const line = (minute: number, author: string, text: string): string =>
    `15/01/2023, ${String(9 + Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")} - ${author}: ${text}`;
  const groupLines = [
    ...MEMBERS.map((name, i) => line(i, name, `Hello from ${name}`)),
    line(80, "Bob", "Second message in Bob's run"),
    line(81, "Alice", `${LOGO} (file attached)\nOur logo`),
    line(82, "Bob", "IMG-20230115-WA0002.jpg (file attached)"),
    line(83, "Member 4", `${WIDE_PHOTO} (file attached)`),
    line(84, "Member 5", `${WIDE_VIDEO} (file attached)`),
    line(85, "Member 3", `${LONG_WORD} ${LONG_SENTENCE}`),
  ];
  writeFileSync(join(group, "WhatsApp Chat with Big Group.txt"), `${groupLines.join("\n")}\n`);
  await sharp({ create: { width: 48, height: 48, channels: 3, background: { r: 200, g: 60, b: 60 } } }).jpeg().toFile(join(group, LOGO));
  await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 60, g: 120, b: 200 } } }).jpeg().toFile(join(group, WIDE_PHOTO));
  writeFileSync(join(group, WIDE_VIDEO), await makeVideo(2, 640, 480));
  writeFileSync(join(pair, "WhatsApp Chat with Zoe.txt"), `${[line(0, "Zoe", "Hi Alice"), line(1, "Alice", LONG_SENTENCE)].join("\n")}\n`);
  return [group, pair];
}

let browser: Browser | undefined;

beforeAll(async () => {
  const inputs = await writeExports(join(scratch, "exports"));
  await buildArchive({ inputs, output: site("en"), pageSize: 500, cache: false }, new Warnings());
  await buildArchive({ inputs, output: site("ar"), pageSize: 500, cache: false, lang: "ar" }, new Warnings());
  browser = await launchChromium();
}, 120_000);

afterAll(() => cleanUp(scratch, browser));

interface Box { x: number; y: number; width: number; height: number }

/** What a page function sees of getComputedStyle: the test's tsconfig has no DOM library. */
type Styled = { getComputedStyle(el: unknown): { textOverflow: string; backgroundColor: string; color: string } };

/** How wide the page's content is: wider than the viewport means the page scrolls sideways. */
const pageWidth = (page: Page): Promise<number> => page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);

describe.each([
  { viewport: { width: 390, height: 844 }, colorScheme: "light" as const },
  { viewport: { width: 390, height: 844 }, colorScheme: "dark" as const },
  { viewport: { width: 1280, height: 900 }, colorScheme: "light" as const },
  { viewport: { width: 1280, height: 900 }, colorScheme: "dark" as const },
])("at $viewport.width px, $colorScheme", ({ viewport, colorScheme }) => {
  let context: BrowserContext | undefined;
  /** For axe alone, unwatched: it reads the stylesheets by XMLHttpRequest, which file:// refuses. */
  let axeContext: BrowserContext | undefined;
  const problems: string[] = [];
  const base = `${pathToFileURL(site("en")).href}/`;
  const open = async (path: string, root = base): Promise<Page> => {
    const page = await context!.newPage();
    await page.goto(root + path);
    return page;
  };
  /** axe's serious and critical violations on the page at `path`. */
  const axe = async (path: string): Promise<string[]> => {
    const page = await axeContext!.newPage();
    await page.goto(base + path);
    try {
      return await axeViolations(page);
    } finally {
      await page.close();
    }
  };
  beforeAll(async () => {
    context = await browser!.newContext({ viewport, colorScheme });
    watch(context, `${pathToFileURL(scratch).href}/`, problems);
    // bypassCSP: the archive's Content-Security-Policy rightly forbids the injected axe script (archive.test.ts checks the policy).
    axeContext = await browser!.newContext({ viewport, colorScheme, bypassCSP: true });
  });
  afterAll(async () => {
    await context?.close();
    await axeContext?.close();
  });

  it("keeps every index card within the screen, a long last message cut with an ellipsis", async () => {
    const page = await open("index.html");
    expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
    for (const card of await page.locator(".chat-card").all()) {
      const box = (await card.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    }
    const preview = page.locator('[data-chat="big-group"] .chat-card-preview');
    const cut = await preview.evaluate((el: { scrollWidth: number; clientWidth: number }) => el.scrollWidth > el.clientWidth);
    expect(cut).toBe(true);
    expect(await preview.evaluate((el) => (globalThis as unknown as Styled).getComputedStyle(el).textOverflow)).toBe("ellipsis");
    await page.close();
    expect(await axe("index.html")).toEqual([]);
  });

  it("names a group of 80 by two and a count, with everyone a click away, and the card still opens the chat", async () => {
    const page = await open("index.html");
    const people = page.locator('[data-chat="big-group"] .people');
    await expect(people.locator("summary").innerText()).resolves.toBe("Alice, Bob, and 78 others");
    expect(await people.locator("p").isVisible()).toBe(false);
    await people.locator("summary").click();
    expect(await people.locator("p").innerText()).toContain("Member 79, and Member 80");
    await page.locator('[data-chat="big-group"] .chat-card-title').click();
    await page.waitForURL(/chats\/big-group\/index\.html$/);
    await expect(page.locator("main > .people summary").innerText()).resolves.toBe("Alice, Bob, and 78 others");
    expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
    await page.close();
  });

  it("puts an avatar in the author's colour beside each run of someone else's messages in a group, and none in a chat of two", async () => {
    const page = await open("chats/big-group/index.html");
    // A run per member, Alice's own first among them (on the right, without); then Bob, Alice's logo, Bob again,
    // Member 4's photo, Member 5's video and Member 3.
    expect(await page.locator(".avatar").count()).toBe(79 + 5);
    const bob = page.locator(".row.first", { has: page.locator("h3", { hasText: /^Bob$/ }) }).first();
    const avatar = bob.locator(".avatar");
    expect(await avatar.innerText()).toBe("B");
    expect(await avatar.getAttribute("aria-hidden")).toBe("true");
    const [avatarBox, bubbleBox] = (await Promise.all([avatar.boundingBox(), bob.locator(".bubble").boundingBox()])) as [Box, Box];
    expect(avatarBox.x + avatarBox.width).toBeLessThanOrEqual(bubbleBox.x);
    expect(Math.abs(avatarBox.y - bubbleBox.y)).toBeLessThan(2);
    const avatarColour = await avatar.evaluate((el) => (globalThis as unknown as Styled).getComputedStyle(el).backgroundColor);
    expect(avatarColour).toBe(await bob.locator(".author").evaluate((el) => (globalThis as unknown as Styled).getComputedStyle(el).color));
    expect(await page.locator(".row.mine .avatar").count()).toBe(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
    await page.close();
    expect(await axe("chats/big-group/index.html")).toEqual([]);

    const pair = await open("chats/zoe/index.html");
    expect(await pair.locator(".avatar").count()).toBe(0);
    await pair.close();
  });

  it("keeps a camera photo and a video's poster within their bubbles, beside an avatar, each bubble hugging its picture", async () => {
    const page = await open("chats/big-group/index.html");
    for (const selector of [".photo img", ".video img"]) {
      const picture = page.locator(selector).last();
      const bubble = picture.locator("xpath=ancestor::article[contains(@class, 'bubble')]");
      const [pictureBox, bubbleBox] = (await Promise.all([picture.boundingBox(), bubble.boundingBox()])) as [Box, Box];
      expect(pictureBox.x, selector).toBeGreaterThanOrEqual(bubbleBox.x);
      expect(pictureBox.x + pictureBox.width, selector).toBeLessThanOrEqual(bubbleBox.x + bubbleBox.width);
      // And the bubble hugs it: no wider than the picture and the bubble's padding (0.6rem each side).
      expect(bubbleBox.width, selector).toBeLessThanOrEqual(pictureBox.width + 2 * 0.6 * 16 + 1);
      // Shrunk whole, never squashed: the box keeps the picture's 4:3.
      expect(pictureBox.width / pictureBox.height, selector).toBeCloseTo(4 / 3, 1);
    }
    expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
    await page.close();
  });

  it("links no gallery from a chat without media, and writes none", async () => {
    const page = await open("chats/zoe/index.html");
    expect(await page.locator(".crumbs a").allInnerTexts()).toEqual(["All chats"]);
    expect(existsSync(join(site("en"), "chats/zoe/media.html"))).toBe(false);
    await page.close();
    const group = await open("chats/big-group/index.html");
    expect(await group.locator(".crumbs a").allInnerTexts()).toEqual(["All chats", "Photos and videos"]);
    await group.close();
  });

  it("shows a 48 px logo in the gallery at its own size, centred in its tile", async () => {
    const page = await open("chats/big-group/media.html");
    const image = page.locator(".gallery-small img");
    expect((await loadImage(image)).naturalWidth).toBe(48);
    const [imageBox, tileBox] = (await Promise.all([image.boundingBox(), page.locator(".gallery-small a").boundingBox()])) as [Box, Box];
    expect(imageBox.width).toBe(48);
    expect(imageBox.height).toBe(48);
    expect(Math.abs(imageBox.x + imageBox.width / 2 - (tileBox.x + tileBox.width / 2))).toBeLessThan(1);
    expect(Math.abs(imageBox.y + imageBox.height / 2 - (tileBox.y + tileBox.height / 2))).toBeLessThan(1);
    await page.close();
  });

  it("keeps the report's headers and line numbers whole, the table within its own box", async () => {
    const page = await open("report.html");
    const cells = page.locator(".report th, .report td.line");
    expect(await cells.count()).toBeGreaterThan(3);
    // A cell whose text wraps is taller than one line of it.
    const wrapped = await cells.evaluateAll((els) => els
      .filter((el) => {
        const cell = el as unknown as { ownerDocument: { createRange(): { selectNodeContents(n: unknown): void; getClientRects(): ArrayLike<unknown> } } };
        const range = cell.ownerDocument.createRange();
        range.selectNodeContents(cell);
        return range.getClientRects().length > 1;
      })
      .map((el) => (el as unknown as { textContent: string }).textContent));
    expect(wrapped).toEqual([]);
    expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
    const box = (await page.locator(".table-scroll").boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    await page.close();
    expect(await axe("report.html")).toEqual([]);
  });

  it("in Arabic, puts the avatar on the right of its bubble and keeps the index within the screen", async () => {
    const ar = `${pathToFileURL(site("ar")).href}/`;
    const index = await open("index.html", ar);
    expect(await pageWidth(index)).toBeLessThanOrEqual(viewport.width);
    await index.close();
    const page = await open("chats/big-group/index.html", ar);
    const row = page.locator(".row.first:has(.avatar)").first();
    const [avatarBox, bubbleBox] = (await Promise.all([row.locator(".avatar").boundingBox(), row.locator(".bubble").boundingBox()])) as [Box, Box];
    expect(avatarBox.x).toBeGreaterThanOrEqual(bubbleBox.x + bubbleBox.width);
    await page.close();
  });

  it("had no console error, failed request or request outside the archive", () => {
    expect(problems).toEqual([]);
  });
});
