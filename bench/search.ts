/**
 * Search: both indexes of generated iPhone exports, each written in a fresh process (time, size on
 * disk, peak memory, Pagefind's own process included), and how soon a person sees the first
 * results when a 100k-message archive is opened from disk (file://, the script index) in Chromium.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { buildArchive } from "../src/build.js";
import { en } from "../src/i18n/en.js";
import { DEFAULT_PAGE_SIZE } from "../src/layout.js";
import { Warnings } from "../src/model.js";
import { writeExport } from "./generate.js";
import { median, runNode } from "./measure.js";

const CHILD = fileURLToPath(new URL("./search-child.mjs", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";
/** Words of the generator's vocabulary: one common, two together rarer. */
const QUERIES = ["football", "hotel booking"];

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

export async function measureSearch(
  outDir: string, sizes: readonly number[], seed: number, progress: (line: string) => void,
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
  const smallest = Math.min(...sizes);
  if (!existsSync(CHROMIUM)) {
    progress(`search: ${CHROMIUM} is missing, so the time to first results is not measured`);
    return { runs, firstResults: null };
  }
  return { runs, firstResults: await measureFirstResults(outDir, smallest, seed, progress) };
}

/** Builds an archive of `messages` messages (no photos) and times searches in it from file://. */
async function measureFirstResults(outDir: string, messages: number, seed: number, progress: (line: string) => void): Promise<FirstResults[]> {
  const file = writeExport(join(outDir, `search-export-${messages}`), "ios", messages, seed);
  const site = join(outDir, `search-site-${messages}`);
  await buildArchive({ inputs: [file.path], output: site, pageSize: DEFAULT_PAGE_SIZE, cache: true }, new Warnings());
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const results: FirstResults[] = [];
  try {
    for (const query of QUERIES) {
      const times = { first: [] as number[], done: [] as number[], again: [] as number[] };
      let status = "";
      // A fresh page each time, so every first search loads the index anew.
      for (let run = 0; run < 3; run++) {
        const page = await browser.newPage();
        await page.goto(`${pathToFileURL(site).href}/index.html`);
        const timeSearch = async (): Promise<{ first: number; done: number }> => {
          await page.fill("#search-query", "");
          const start = performance.now();
          await page.fill("#search-query", query);
          await page.locator(".search-results a").first().waitFor();
          const first = performance.now() - start;
          await page.waitForFunction((searching) => {
            const { document } = globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } };
            const status = document.querySelector(".search-status")?.textContent ?? "";
            return status !== "" && status !== searching;
          }, en["search.searching"]);
          return { first, done: performance.now() - start };
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
    rmSync(site, { recursive: true, force: true });
  }
  return results;
}
