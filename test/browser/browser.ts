import { existsSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AxeResults } from "axe-core";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { buildArchive } from "../../src/build.js";
import { Warnings } from "../../src/model.js";
import { serveUnder, type StaticServer } from "./server.js";

export const CHROMIUM = "/usr/bin/chromium";
export const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Debian's Chromium, headless, with nothing that phones home on its own. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

/**
 * The sizes and colour schemes of the README's screenshots of the index and a chat
 * (scripts/screenshots.ts takes them; archive.test.ts checks the archive at each).
 */
export const SCREENSHOT_VIEWS = (["desktop", "phone"] as const).flatMap((size) =>
  (["light", "dark"] as const).map((colorScheme) => ({
    size,
    colorScheme,
    ...(size === "desktop"
      ? { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false }
      : { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true }),
  })),
);

/**
 * The README's chat picture, in pages of 25 messages: the day Erin joins the hiking club, with
 * Alice, who exported the chat, on the right as in the app, and her summit photo the day after.
 */
export const SCREENSHOT_CHAT = { page: "chats/hiking-club/2.html", day: "2023-01-14" } as const;

/** A suite's look at the archive at one base URL: a browser context watched for problems (see watch()), made before the suite's tests and closed after. */
export interface ArchiveView {
  /** The archive's folder URL, ending in "/"; known once the suite has begun. */
  readonly base: string;
  /** Everything that went wrong in any page the suite opened. */
  readonly problems: string[];
  /** A new page of the suite's context at `path`, relative to the archive. */
  open(path: string): Promise<Page>;
}

export function viewArchive(browser: () => Browser, baseOf: () => string): ArchiveView {
  let context: BrowserContext | undefined;
  const view = {
    base: "",
    problems: [] as string[],
    async open(path: string): Promise<Page> {
      const page = await context!.newPage();
      await page.goto(view.base + path);
      return page;
    },
  };
  beforeAll(async () => {
    view.base = baseOf();
    context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    watch(context, view.base, view.problems);
  });
  afterAll(async () => {
    await context?.close();
  });
  return view;
}

/** Closes what a test file opened (a browser, a server), each even if another fails, and removes its scratch folder. */
export async function cleanUp(scratch: string, ...opened: ({ close(): Promise<unknown> } | undefined)[]): Promise<void> {
  await Promise.allSettled(opened.map((thing) => thing?.close()));
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * Records, as readable lines, everything in `context` that should never happen in the archive:
 * console errors, uncaught page errors, requests outside `base` (the archive's folder URL), requests
 * that fail and HTTP responses >= 400.
 */
export function watch(context: BrowserContext, base: string, problems: string[]): void {
  const where = (page: Page | null | undefined): string => (page ? short(page.url(), base) : "?");
  context.on("console", (message) => {
    if (message.type() === "error") {
      const at = message.location();
      // Chromium fetches some things (like /favicon.ico) without a request event; this is how they show.
      const outside = at.url && !at.url.startsWith(base) && !at.url.startsWith("data:") ? " [outside the archive]" : "";
      problems.push(`console error on ${where(message.page())}: ${message.text()}${at.url ? ` (${short(at.url, base)}:${at.lineNumber})` : ""}${outside}`);
    }
  });
  context.on("weberror", (error) => {
    problems.push(`page error on ${where(error.page())}: ${error.error().stack ?? error.error().message}`);
  });
  context.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:")) return; // stays in the page
    if (!url.startsWith(base)) problems.push(`request outside the archive from ${where(request.frame().page())}: ${url}`);
  });
  context.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "failed";
    // A lazy image still loading when the test moves on to the next page is aborted; that is fine.
    if (reason === "net::ERR_ABORTED") return;
    problems.push(`request failed from ${where(request.frame().page())}: ${short(request.url(), base)} (${reason})`);
  });
  context.on("response", (response) => {
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()} from ${where(response.frame().page())}: ${short(response.url(), base)}`);
    }
  });
}

const short = (url: string, base: string): string => (url.startsWith(base) ? url.slice(base.length) || "./" : url);

/** What the page function sees of an <img>: the test's tsconfig has no DOM library. */
interface ImageElement {
  complete: boolean;
  naturalWidth: number;
  currentSrc: string;
  src: string;
  addEventListener(type: "load" | "error", listener: () => void, options: { once: boolean }): void;
}

export interface LoadedImage {
  src: string;
  naturalWidth: number;
}

/**
 * Scrolls the image into view, so a `loading="lazy"` one starts loading, and waits until it has
 * loaded or failed (at most `timeout` ms).
 */
export async function loadImage(image: Locator, timeout = 5_000): Promise<LoadedImage> {
  await image.scrollIntoViewIfNeeded();
  // No named functions in page functions: tsx (scripts/screenshots.ts) wraps them in a helper the page lacks.
  return image.evaluate(
    (el: ImageElement, ms: number) =>
      new Promise<void>((resolve) => {
        if (el.complete) return resolve();
        el.addEventListener("load", () => resolve(), { once: true });
        el.addEventListener("error", () => resolve(), { once: true });
        setTimeout(resolve, ms);
      }).then((): LoadedImage => ({ src: el.currentSrc || el.src, naturalWidth: el.naturalWidth })),
    timeout,
  );
}

/** Loads every <img> on the page, top to bottom. */
export async function loadAllImages(page: Page): Promise<LoadedImage[]> {
  const loaded: LoadedImage[] = [];
  for (const image of await page.locator("img").all()) loaded.push(await loadImage(image));
  return loaded;
}

/**
 * Whether `url`, a media file the archive names, is there: over HTTP a HEAD answered 200 with a
 * body; from file:// a non-empty file.
 */
export async function resolvesToFile(url: string): Promise<string | null> {
  if (url.startsWith("file:")) {
    const path = fileURLToPath(url);
    if (!existsSync(path)) return "no such file";
    const stat = statSync(path);
    return stat.isFile() && stat.size > 0 ? null : "not a non-empty file";
  }
  const response = await fetch(url, { method: "HEAD" });
  if (response.status !== 200) return `HTTP ${response.status}`;
  const length = Number(response.headers.get("content-length") ?? "0");
  return length > 0 ? null : `empty (content-length ${length})`;
}

/** Runs axe-core on the page and returns its serious and critical violations, one readable block each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as { axe: { run(context: unknown, options: object): Promise<AxeResults> }; document: unknown };
    return axe.run(document, { resultTypes: ["violations"] });
  });
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) =>
      [
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map((n) => `    at ${n.target.join(" ")}\n      ${n.html}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`),
      ].join("\n"),
    );
}

/**
 * The demo in content/ in pages of 25, as the lightbox and album tests read it: built into `scratch`
 * in English ("en") and in Arabic ("ar"), the English one served on `subPath`.
 */
export async function buildDemo(scratch: string, subPath: string): Promise<StaticServer> {
  const build = (output: string, lang?: string): Promise<unknown> =>
    buildArchive({ inputs: [join(import.meta.dirname, "..", "..", "content")], output: join(scratch, output), pageSize: 25, cache: false, ...(lang && { lang }) }, new Warnings());
  await build("en");
  await build("ar", "ar");
  return serveUnder(join(scratch, "en"), subPath);
}
