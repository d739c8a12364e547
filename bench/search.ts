/**
 * Search: both indexes of generated iPhone exports, each written in a fresh process (time, size on
 * disk, peak memory, Pagefind's own process included), and how soon a person sees the first
 * results when a 100k-message archive is opened from disk (file://, the script index) in Chromium.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import type { BrowserSite } from "./browser-site.js";
import { launchBrowser } from "./browser-site.js";
import { writeExport } from "./generate.js";
import { median, runNode } from "./measure.js";

const CHILD = fileURLToPath(new URL("./search-child.mjs", import.meta.url));
/**
 * Words of the world export in four scripts: a common English word, two rarer ones together, and a
 * word of each other script (the Chinese one in the middle of lines written without spaces).
 */
const QUERIES = ["football", "hotel booking", "встреча", "القطار", "火车票"];

/**
 * Run in the page: puts the query in the box as typing does and resolves with the time from that
 * keystroke to the frame that first shows a result, and to the frame after the search is done
 * (aria-busy back to "false": results come a shard at a time). Timed in the page, so that no
 * round trip of the browser's remote control is counted.
 */
const TYPE_AND_TIME = `(query) => new Promise((resolve) => {
  const input = document.querySelector("#search-query");
  const list = document.querySelector("#search-results");
  const start = performance.now();
  const frame = () => new Promise((shown) => requestAnimationFrame(() => shown(performance.now() - start)));
  let first = null;
  const observer = new MutationObserver(() => {
    if (first === null && list.querySelector("a")) first = frame();
    if (list.getAttribute("aria-busy") !== "false") return;
    observer.disconnect();
    Promise.all([first ?? frame(), frame()]).then(([first, done]) => resolve({ first, done }));
  });
  observer.observe(list, { childList: true, attributes: true, attributeFilter: ["aria-busy"] });
  input.value = query;
  input.dispatchEvent(new Event("input", { bubbles: true }));
})`;

export type IndexKind = "pagefind" | "fallback";

export interface IndexRun {
  readonly kind: IndexKind;
  readonly messages: number;
  readonly ms: number;
  readonly bytes: number;
  readonly files: number;
  /** This Node process: the parsed chat plus the indexing. */
  readonly maxRssKiB: number;
  /** Pagefind's own process; null for the script index. */
  readonly pagefindPeakKiB: number | null;
  readonly parts?: number;
  readonly records?: number;
  readonly shards?: number;
}

export interface FirstResults {
  readonly messages: number;
  readonly query: string;
  /** From typing the query to the first result on screen, cold (nothing loaded yet). */
  readonly firstMs: number;
  /** To the search being done (every shard scanned). */
  readonly doneMs: number;
  /** The same query again, warm. */
  readonly againMs: number;
  readonly status: string;
}

export interface SearchResults {
  readonly runs: readonly IndexRun[];
  /** null when Chromium is missing. */
  readonly firstResults: readonly FirstResults[] | null;
}

/** Both indexes of each size; the first results in `site`, when there is one (Chromium is there). */
export async function measureSearch(
  outDir: string, sizes: readonly number[], seed: number, site: BrowserSite | null, progress: (line: string) => void,
): Promise<SearchResults> {
  const runs: IndexRun[] = [];
  for (const messages of sizes) {
    const file = writeExport(outDir, "ios", messages, seed);
    for (const kind of ["fallback", "pagefind"] as const) {
      const out = join(outDir, `search-${kind}-${messages}`);
      rmSync(out, { recursive: true, force: true });
      const run = JSON.parse(runNode([CHILD, kind, file.path, out], "pipe").stdout) as IndexRun;
      rmSync(out, { recursive: true, force: true });
      runs.push({ ...run, kind });
      progress(`search ${messages}: ${kind} index in ${(run.ms / 1000).toFixed(1)} s, ${(run.bytes / 2 ** 20).toFixed(1)} MiB in ${run.files} files, ` +
        `peak RSS node ${(run.maxRssKiB / 1024).toFixed(0)} MiB` +
        (run.pagefindPeakKiB === null ? "" : `, Pagefind ${(run.pagefindPeakKiB / 1024).toFixed(0)} MiB`));
    }
  }
  if (site === null) {
    progress("search: /usr/bin/chromium is missing, so the time to first results is not measured");
    return { runs, firstResults: null };
  }
  return { runs, firstResults: await measureFirstResults(site, progress) };
}

/** Times searches in the archive from file://, each first one on a fresh page. */
async function measureFirstResults(site: BrowserSite, progress: (line: string) => void): Promise<FirstResults[]> {
  const { messages } = site;
  const browser = await launchBrowser();
  const results: FirstResults[] = [];
  try {
    for (const query of QUERIES) {
      const times = { first: [] as number[], done: [] as number[], again: [] as number[] };
      let status = "";
      // A fresh page each time, so every first search loads the index anew.
      for (let run = 0; run < 3; run++) {
        const page = await browser.newPage();
        await page.goto(`${pathToFileURL(site.dir).href}/index.html`);
        // Focused first, as a person clicks into the box before typing (the box then loads the catalog).
        await page.focus("#search-query");
        const timeSearch = async (): Promise<{ first: number; done: number }> => {
          await page.fill("#search-query", "");
          // Emptying an empty box may fire no input event, so the list may have no aria-busy yet.
          await page.locator('#search-results:not([aria-busy="true"]):not(:has(a))').waitFor({ state: "attached" });
          return page.evaluate(`(${TYPE_AND_TIME})(${JSON.stringify(query)})`) as Promise<{ first: number; done: number }>;
        };
        const cold = await timeSearch();
        const warm = await timeSearch();
        times.first.push(cold.first);
        times.done.push(cold.done);
        times.again.push(warm.done);
        status = (await page.textContent(".search-status")) ?? "";
        await page.close();
      }
      results.push({ messages, query, firstMs: median(times.first), doneMs: median(times.done), againMs: median(times.again), status });
      progress(`search ${messages} from file://, "${query}": first results ${Math.round(median(times.first))} ms, done ${Math.round(median(times.done))} ms, ` +
        `again ${Math.round(median(times.again))} ms (${status})`);
    }
  } finally {
    await browser.close();
  }
  return results;
}
