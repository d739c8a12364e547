// The built demo archive in a real browser (Debian's Chromium through playwright-core), opened the
// two ways people open it: straight from disk (file://) and from a sub-path of a web host. What the
// README promises: relative links only, no request leaves the archive, every page readable.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../../src/build.js";
import { Warnings } from "../../src/model.js";
import { axeViolations, cleanUp, launchChromium, loadAllImages, resolvesToFile, SCREENSHOT_CHAT, SCREENSHOT_VIEWS, viewArchive, watch } from "./browser.js";
import { serveUnder, type StaticServer } from "./server.js";

const root = join(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "chat-archive-browser-"));
const output = join(scratch, "site");
const SUB_PATH = "/family/archive/";

let browser: Browser | undefined;
let server: StaticServer | undefined;
/** Every HTML page of the archive, relative to its root: index.html, report.html, chats/…/N.html. */
let allPages: string[] = [];
/** The conversation pages (index.html, 2.html, …) of each chat, in order, and its gallery. */
let chatPages: string[] = [];
let galleries: string[] = [];

beforeAll(async () => {
  // A small page size, so the group chat spans several pages.
  await buildArchive({ inputs: [join(root, "content")], output, pageSize: 25, cache: false }, new Warnings());
  const pageNumber = (name: string): number => (name === "index.html" ? 1 : Number.parseInt(name, 10));
  for (const chat of readdirSync(join(output, "chats")).sort()) {
    const names = readdirSync(join(output, "chats", chat));
    const pages = names.filter((n) => /^(index|\d+)\.html$/.test(n)).sort((a, b) => pageNumber(a) - pageNumber(b));
    chatPages.push(...pages.map((n) => `chats/${chat}/${n}`));
    if (names.includes("media.html")) galleries.push(`chats/${chat}/media.html`);
  }
  allPages = ["index.html", "report.html", ...chatPages, ...galleries];
  server = await serveUnder(output, SUB_PATH);
  browser = await launchChromium();
}, 120_000);

afterAll(() => cleanUp(scratch, browser, server));

const origins = [
  { origin: "file://", base: (): string => `${pathToFileURL(output).href}/` },
  { origin: `http on a sub-path (${SUB_PATH})`, base: (): string => server!.base },
];

describe.each(origins)("the archive opened from $origin", ({ base: baseOf }) => {
  const view = viewArchive(() => browser!, baseOf);
  const { problems, open } = view;

  it("has a Content-Security-Policy that no page of the archive violates, and that refuses inline and remote code", async () => {
    const cspContext = await browser!.newContext();
    // Registered before any page script runs; DevTools' own scripts are not subject to the policy.
    await cspContext.addInitScript(() => {
      const page = globalThis as unknown as { violations: string[]; document: { addEventListener(type: string, listener: (e: { violatedDirective: string; blockedURI: string }) => void): void } };
      page.violations = [];
      page.document.addEventListener("securitypolicyviolation", (e) => page.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const violations = (page: Page): Promise<string[]> => page.evaluate(() => (globalThis as unknown as { violations: string[] }).violations);
    try {
      const page = await cspContext.newPage();
      for (const path of ["index.html", "chats/hiking-club/index.html", "chats/hiking-club/media.html", "report.html"]) {
        await page.goto(view.base + path);
        await loadAllImages(page);
        expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
        expect(await violations(page), path).toEqual([]);
      }
      // Search uses every script the archive has: its own, the script index, and over HTTP Pagefind's WebAssembly.
      await page.fill("#search-query", "summit");
      // search.js marks the results aria-busy until the search has finished and every script it needed has run.
      await page.locator('#search-results[aria-busy="false"]').waitFor({ state: "attached" });
      // Two demo messages hold the word, both in Hiking Club: the packing list and "Summit! 🏔️".
      expect(await page.locator(".search-results a").count()).toBe(2);
      expect(await violations(page)).toEqual([]);

      await page.evaluate(() => {
        const { document } = globalThis as unknown as {
          document: { createElement(tag: string): { textContent: string; src: string }; body: { append(node: unknown): void } };
        };
        const script = document.createElement("script");
        script.textContent = "globalThis.inlineRan = true";
        document.body.append(script);
        const image = document.createElement("img");
        image.src = "https://example.com/tracker.png";
        document.body.append(image);
      });
      // The browser reports each refusal as an event of its own, after the element is added.
      await page.waitForFunction(() => (globalThis as unknown as { violations: string[] }).violations.length >= 2);
      expect(await violations(page)).toHaveLength(2);
      expect(await page.evaluate(() => (globalThis as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
      const refused = (await violations(page)).join("\n");
      expect(refused).toMatch(/^script-src/m);
      expect(refused).toContain("img-src https://example.com/tracker.png");
    } finally {
      await cspContext.close();
    }
  });

  it("lets a person go index → chat → next page → gallery → back", async () => {
    const page = await open("index.html");
    try {
      await page.getByRole("link", { name: "Hiking Club", exact: true }).click();
      await page.waitForURL(/\/chats\/hiking-club\/index\.html$/);
      await page.getByRole("heading", { level: 1, name: "Hiking Club", exact: true }).waitFor();

      // There is a pager above and below the messages; the first "Next" is the top one.
      await page.getByRole("navigation", { name: "Pages" }).first().getByRole("link", { name: "Next", exact: true }).click();
      await page.waitForURL(/\/2\.html$/);
      expect(page.url()).toBe(`${view.base}chats/hiking-club/2.html`);
      await page.getByRole("heading", { level: 1, name: "Hiking Club", exact: true }).waitFor();
      expect(await page.title()).toContain("Page 2");
      // Page 2 holds messages 26–50; one of them (Erin joining by the invite link) is a system notice.
      expect(await page.locator("ol.messages > li.msg").count()).toBe(24);
      await page.locator("ol.messages > li.msg .text").first().waitFor({ state: "visible" });

      await page.getByRole("link", { name: "Photos and videos", exact: true }).click();
      await page.waitForURL(/\/chats\/hiking-club\/media\.html$/);
      await page.getByRole("heading", { level: 1, name: "Photos and videos in Hiking Club" }).waitFor();

      await page.goBack();
      await page.waitForURL(/\/2\.html$/);
      expect(page.url()).toBe(`${view.base}chats/hiking-club/2.html`);
      await page.getByRole("heading", { level: 1, name: "Hiking Club", exact: true }).waitFor();
      expect(await page.title()).toContain("Page 2");
    } finally {
      await page.close();
    }
  });

  it("jumps to the first message on or after a chosen date, and from a month of the timeline", async () => {
    const page = await open("chats/hiking-club/index.html");
    try {
      // 1 January 2023 has a message just after midnight (Bonne année), on page 2 of 25 messages each.
      await page.getByLabel("Jump to date").fill("2023-01-01");
      await page.getByRole("button", { name: "Go" }).click();
      await page.waitForURL(/\/2\.html#m\d+$/);
      const target = page.locator(":target");
      await target.waitFor({ state: "visible" });
      expect(await target.locator("time").first().getAttribute("datetime")).toBe("2023-01-01T00:00:14");

      // A day without messages lands on the next day that has some.
      await page.goto(`${view.base}chats/hiking-club/index.html`);
      await page.getByLabel("Jump to date").fill("2023-01-02");
      await page.getByRole("button", { name: "Go" }).click();
      await page.waitForURL(/#m\d+$/);
      expect(await page.locator(":target time").first().getAttribute("datetime")).toMatch(/^2023-01-08T/);

      await page.goto(`${view.base}chats/hiking-club/index.html`);
      // Hiking Club's messages dated 02/2023 in _chat.txt, system notices included.
      await page.getByRole("link", { name: "February 2023: 13 messages", exact: true }).click();
      await page.waitForURL(/#m\d+$/);
      expect(await page.locator(":target time").first().getAttribute("datetime")).toMatch(/^2023-02-/);
    } finally {
      await page.close();
    }
  });

  it("loads every thumbnail on every chat page and gallery", async () => {
    const broken: string[] = [];
    let seen = 0;
    for (const path of [...chatPages, ...galleries]) {
      const page = await open(path);
      try {
        for (const image of await loadAllImages(page)) {
          seen++;
          if (!(image.naturalWidth > 0)) broken.push(`${path}: ${image.src}`);
        }
      } finally {
        await page.close();
      }
    }
    expect(broken, "images that did not load").toEqual([]);
    // Hiking Club's 12 photos in the zip (6 of them an album's tiles), its sticker and its video's poster on the
    // chat pages (the missing photo is a placeholder, and Jonas's chat has no media), and the same photos and poster in its gallery.
    expect(seen).toBe(14 + 13);
  });

  it("has videos (a poster linking to the file) and audio players whose files are there", async () => {
    const found = { video: 0, audio: 0 };
    const missing: string[] = [];
    for (const path of chatPages) {
      const page = await open(path);
      try {
        for (const kind of ["video", "audio"] as const) {
          const players = page.locator(kind === "video" ? "video, a.media.video" : kind);
          found[kind] += await players.count();
          const sources = await players.evaluateAll((els: { src?: string; href?: string; querySelectorAll(s: string): ArrayLike<{ src: string }> }[]) =>
            els.flatMap((el) => [el.src ?? el.href ?? "", ...Array.from(el.querySelectorAll("source")).map((s) => s.src)].filter((s) => s !== "")),
          );
          for (const src of sources) {
            if (!src.startsWith(view.base)) missing.push(`${path}: ${kind} ${src} is outside the archive`);
            else {
              const why = await resolvesToFile(src);
              if (why) missing.push(`${path}: ${kind} ${src}: ${why}`);
            }
          }
        }
      } finally {
        await page.close();
      }
    }
    expect(missing).toEqual([]);
    // Hiking Club's one video and one voice note.
    expect(found, "video and audio elements in the chats").toEqual({ video: 1, audio: 1 });
  });

  it("shows no console error, and makes no request outside the archive, on any page", async () => {
    for (const path of allPages) {
      const page = await open(path);
      try {
        await page.waitForLoadState("load");
        await loadAllImages(page);
      } finally {
        await page.close();
      }
    }
    // Covers every page opened in this suite, the ones above included.
    expect(problems).toEqual([]);
  });

  describe.each(["light", "dark"] as const)("axe-core in %s mode", (colorScheme) => {
    it.each(["index.html", "chats/hiking-club/index.html", "chats/hiking-club/2.html", "chats/hiking-club/media.html", "report.html"])(
      "finds nothing serious on %s",
      async (path) => {
        // bypassCSP: the archive's Content-Security-Policy rightly forbids the injected axe script.
        const axeContext = await browser!.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true });
        try {
          const page = await axeContext.newPage();
          await page.goto(view.base + path);
          await loadAllImages(page);
          const violations = await axeViolations(page);
          expect(violations.join("\n"), `axe-core on ${path} (${colorScheme})`).toBe("");
        } finally {
          await axeContext.close();
        }
      },
    );
  });
});

describe("the test server", () => {
  it("serves the archive only under its sub-path", async () => {
    const { origin } = new URL(server!.base);
    expect((await fetch(`${server!.base}index.html`)).status).toBe(200);
    expect((await fetch(`${origin}/index.html`)).status).toBe(404);
    expect((await fetch(`${origin}/family/index.html`)).status).toBe(404);
  });
});

// What the README's screenshots show (npm run screenshots makes them): the index and a chat, on a
// desktop and a phone, light and dark.
describe("the archive at the sizes and colours of the README's screenshots", () => {
  it.each(SCREENSHOT_VIEWS)("shows the index and a chat without a problem at $size width in $colorScheme mode", async ({ viewport, deviceScaleFactor, isMobile, colorScheme }) => {
    const context = await browser!.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch: isMobile, colorScheme });
    const problems: string[] = [];
    watch(context, server!.base, problems);
    try {
      const page = await context.newPage();
      await page.goto(`${server!.base}index.html`);
      await page.getByRole("link", { name: "Hiking Club", exact: true }).waitFor({ state: "visible" });
      await page.goto(`${server!.base}${SCREENSHOT_CHAT.page}`);
      const images = await loadAllImages(page);
      expect(images.filter((image) => !(image.naturalWidth > 0)).map((image) => image.src)).toEqual([]);
      await page.locator(`li.day:has(time[datetime="${SCREENSHOT_CHAT.day}"])`).waitFor({ state: "visible" });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("fits a phone screen: no page scrolls sideways at 390 px", async () => {
    const context = await browser!.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const wide: string[] = [];
    try {
      const page = await context.newPage();
      for (const path of allPages) {
        await page.goto(server!.base + path);
        await loadAllImages(page);
        const { scrollWidth, clientWidth } = await page.evaluate(() => {
          const { document } = globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } };
          return { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth };
        });
        if (scrollWidth > clientWidth) wide.push(`${path}: ${scrollWidth}px wide in a ${clientWidth}px viewport`);
      }
    } finally {
      await context.close();
    }
    expect(wide).toEqual([]);
  });

  it.each(SCREENSHOT_VIEWS)("shows the route plan as a card with its name, type, size, pages and one download link at $size width in $colorScheme mode", async ({ size, viewport, deviceScaleFactor, isMobile, colorScheme }) => {
    const path = chatPages.find((p) => readFileSync(join(output, p), "utf8").includes("media card document"))!;
    const context = await browser!.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch: isMobile, colorScheme });
    try {
      const page = await context.newPage();
      await page.goto(server!.base + path);
      const card = page.locator(".media.document");
      await card.scrollIntoViewIfNeeded();
      // What a person reads on the card, line by line; the bubble says nothing more.
      expect(await card.evaluate((el: { innerText: string }) => el.innerText.split("\n"))).toEqual(["DOCUMENT · PDF", "Route-Plan.pdf", "1.3 KB · 1 page", "Download"]);
      expect(await card.locator("xpath=ancestor::article").innerText()).not.toContain("00000062");
      const link = card.getByRole("link");
      expect(await link.count()).toBe(1);
      expect(await link.getAttribute("download")).toBe("Route-Plan.pdf");
      expect(await resolvesToFile(await link.evaluate((a: { href: string }) => a.href))).toBeNull();
      const box = (await card.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await card.locator("xpath=ancestor::li").screenshot({ path: join(tmpdir(), `document-card-${size}-${colorScheme}.png`) });
    } finally {
      await context.close();
    }
  });
});
