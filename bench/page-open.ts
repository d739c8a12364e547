/**
 * Page open (issue 16, item 9): how long the first and the middle page of a long chat take to reach
 * the load event from disk (file://) in Chromium, against a blank page opened the same way in the
 * same run, each open in a fresh browser context (nothing cached), in turn, so that load on the
 * machine falls on all three alike.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import type { BrowserSite } from "./browser-site.js";
import { launchBrowser } from "./browser-site.js";
import { median } from "./measure.js";

/** Opens of each page; the median is the figure. */
const OPENS = 7;

export interface PageOpenRun {
  /** "blank", "first page" or "middle page". */
  readonly label: string;
  /** The page's path in the archive; the blank page's file name. */
  readonly path: string;
  /** Median time from asking for the page to its load event. */
  readonly ms: number;
  readonly runsMs: readonly number[];
  /** Elements of the loaded page. */
  readonly elements: number;
}

export interface PageOpenResults {
  readonly messages: number;
  readonly blank: PageOpenRun;
  readonly pages: readonly PageOpenRun[];
}

export async function measurePageOpen(site: BrowserSite, outDir: string, progress: (line: string) => void): Promise<PageOpenResults> {
  const blankFile = join(outDir, "page-open-blank.html");
  writeFileSync(blankFile, '<!doctype html><html lang="en"><meta charset="utf-8"><title>Blank</title></html>\n');
  const [chat] = readdirSync(join(site.dir, "chats"));
  const numbers = readdirSync(join(site.dir, "chats", chat!)).map((name) => /^(\d+)\.html$/.exec(name)?.[1]).filter((n) => n !== undefined).map(Number);
  const middle = Math.ceil((Math.max(1, ...numbers)) / 2);
  const targets = [
    { label: "blank", path: "page-open-blank.html", url: pathToFileURL(blankFile).href },
    { label: "first page", path: `chats/${chat}/index.html`, url: pathToFileURL(join(site.dir, "chats", chat!, "index.html")).href },
    { label: "middle page", path: `chats/${chat}/${middle}.html`, url: pathToFileURL(join(site.dir, "chats", chat!, `${middle}.html`)).href },
  ];
  const browser = await launchBrowser();
  const times = targets.map(() => [] as number[]);
  const elements = targets.map(() => 0);
  try {
    // One untimed open of each first, so that starting the browser's renderer is not counted.
    for (const target of targets) await open(browser, target.url);
    for (let run = 0; run < OPENS; run++) {
      for (const [i, target] of targets.entries()) {
        const opened = await open(browser, target.url);
        times[i]!.push(opened.ms);
        elements[i] = opened.elements;
      }
    }
  } finally {
    await browser.close();
  }
  const runs = targets.map((target, i): PageOpenRun => ({ label: target.label, path: target.path, ms: median(times[i]!), runsMs: times[i]!, elements: elements[i]! }));
  const [blank, pages] = [runs[0]!, runs.slice(1)];
  for (const page of pages) {
    progress(`page open ${site.messages} from file://, ${page.label} (${page.path}): ${Math.round(page.ms)} ms to the load event, ` +
      `${(page.ms / blank.ms).toFixed(2)}× a blank page (${Math.round(blank.ms)} ms), ${page.elements} elements`);
  }
  return { messages: site.messages, blank, pages };
}

/** Opens `url` in a fresh context and times it to the load event. */
async function open(browser: Browser, url: string): Promise<{ ms: number; elements: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(url, { waitUntil: "load" });
    const ms = performance.now() - start;
    const elements = await page.evaluate(() => (globalThis as unknown as { document: { getElementsByTagName(n: string): { length: number } } }).document.getElementsByTagName("*").length);
    return { ms, elements };
  } finally {
    await context.close();
  }
}
