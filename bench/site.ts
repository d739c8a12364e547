/**
 * The site build: an extracted iPhone export of N messages, of which a fixed number attach a photo,
 * built into an archive. Each stage is timed in this process, called in the order `buildArchive`
 * calls them (src/build.ts), with the thumbnail cache off so that every photo is decoded; the peak
 * memory of the whole build is that of a fresh `chat-archive build --no-cache` (the compiled CLI).
 */
import { linkSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pageOptions } from "../src/build.js";
import { buildSite, whoIsMe } from "../src/data/index.js";
import { language } from "../src/i18n/index.js";
import { DEFAULT_PAGE_SIZE } from "../src/layout.js";
import { collectGarbage } from "../src/memory.js";
import { ingest } from "../src/ingest/index.js";
import { processMedia } from "../src/media/index.js";
import { stageContext, Warnings } from "../src/model.js";
import { emptyStaging, swapIn } from "../src/output.js";
import { chatsOf } from "../src/read.js";
import { renderSite } from "../src/render/index.js";
import { writeSearch } from "../src/search/index.js";
import { writeIosExportFolder } from "./generate.js";
import { median, mib, ms, runNode } from "./measure.js";
import { photoSet, photoSizes } from "./photos.js";

const CHILD = fileURLToPath(new URL("./site-child.mjs", import.meta.url));
/** The CLI's default `--page-size`. */
const PAGE_SIZE = DEFAULT_PAGE_SIZE;
/** Render is timed this many times per size (the build's own, then again into fresh folders) for a median. */
const RENDER_RUNS = 3;
/** The untimed build before the timed ones, so that sharp, Eleventy and the templates are loaded and warm. */
const WARM_UP = { messages: 2_000, photos: 20 };

export interface SitePhases {
  /** Finding the export and reading `_chat.txt` and the list of its files. */
  readonly ingestMs: number;
  /** Parsing and merging (one export, so nothing to merge). */
  readonly parseMs: number;
  /** processMedia: every photo copied and decoded into a WebP thumbnail. */
  readonly mediaMs: number;
  /** writeSearch: the Pagefind index and the script index. */
  readonly searchMs: number;
  /** buildSite: the index's and galleries' data and a plan of the chat pages (render makes each page's data). */
  readonly dataMs: number;
  /** renderSite: a batch of chat pages' data made, then rendered and written by Eleventy, batch by batch; then the assets copied. */
  readonly renderMs: number;
  /** The staging folder renamed into place and the old output removed, as buildArchive does. */
  readonly swapMs: number;
  readonly totalMs: number;
}

export interface SiteRun {
  readonly messages: number;
  readonly photos: number;
  /** `_chat.txt`'s size. */
  readonly chatBytes: number;
  readonly phases: SitePhases;
  /** renderSite timed RENDER_RUNS times on the same site data, the build's own first, fastest to slowest after it. */
  readonly renderRuns: readonly number[];
  /** The most V8 heap in use seen during each phase, bytes (sampled every 20 ms and at its end). */
  readonly peakHeap: Readonly<Record<keyof Omit<SitePhases, "totalMs">, number>>;
  readonly thumbnails: number;
  readonly warnings: number;
  /** Pages Eleventy wrote: chat pages, galleries, index, report. */
  readonly pages: number;
  readonly htmlFiles: number;
  readonly htmlBytes: number;
  readonly outputFiles: number;
  readonly outputBytes: number;
  /** The same HTML written again with fs.writeFile into an empty folder: the disk's share of render, at most. */
  readonly htmlRewriteMs: number;
  readonly command: CommandRun;
}

/** The whole `chat-archive build --no-cache --quiet` in a fresh process (site-child.mjs). */
export interface CommandRun {
  readonly ms: number;
  /** Its peak resident set, KiB. */
  readonly maxRssKiB: number;
  /** The peak of Pagefind's binary, which runs beside it, KiB. */
  readonly pagefindPeakKiB: number;
}

export interface SiteResults {
  readonly photos: number;
  readonly photoBytes: number;
  readonly photoSizes: string;
  readonly pageSize: number;
  /** Peak RSS of a Node process that does nothing, KiB. */
  readonly baselineKiB: number;
  readonly runs: readonly SiteRun[];
}

/** Builds a site of each size in `sizes` messages, each with `photos` photos, under `outDir`. */
export async function measureSite(
  outDir: string, sizes: readonly number[], photos: number, seed: number, baselineKiB: number, progress: (line: string) => void,
): Promise<SiteResults> {
  const set = await photoSet(outDir, photos, seed);
  progress(set.made > 0
    ? `site: made ${set.made} photos in ${(set.ms / 1000).toFixed(1)} s (${mib(set.bytes)}), kept in ${dirname(set.paths[0] ?? outDir)}`
    : `site: reusing ${photos} photos (${mib(set.bytes)}) from ${dirname(set.paths[0] ?? outDir)}`);

  const warmUp = writeFolder(join(outDir, `site-ios-${WARM_UP.messages}`), WARM_UP.messages, Math.min(WARM_UP.photos, photos), set.paths, seed);
  await timedBuild(warmUp.dir, join(outDir, "site-output"));
  progress(`site: warm-up build of ${WARM_UP.messages} messages done`);

  const runs: SiteRun[] = [];
  for (const messages of sizes) {
    const folder = writeFolder(join(outDir, `site-ios-${messages}`), messages, photos, set.paths, seed);
    progress(`site: wrote ${folder.dir} (${messages} messages, ${mib(folder.chatBytes)} of text, ${photos} photos)`);
    const output = join(outDir, "site-output");
    const build = await timedBuild(folder.dir, output);
    const files = listFiles(output);
    const html = files.filter((f) => f.path.endsWith(".html"));
    const htmlRewriteMs = await rewrite(html.map((f) => f.path), output, join(outDir, "site-rewrite"));
    rmSync(output, { recursive: true, force: true });
    const p = build.phases;
    progress(`site ${messages}: ingest ${ms(p.ingestMs)}, parse ${ms(p.parseMs)}, media ${ms(p.mediaMs)}, search ${ms(p.searchMs)}, data ${ms(p.dataMs)}, ` +
      `render ${ms(p.renderMs)} (median of ${build.renderRuns.length}: ${ms(median(build.renderRuns))}), swap ${ms(p.swapMs)}, ` +
      `total ${ms(p.totalMs)}; ${html.length} HTML files (${mib(sum(html))})`);

    const command = runBuildCommand(folder.dir, output);
    progress(`site ${messages}: chat-archive build in a fresh process, ${ms(command.ms)}, peak RSS ${mib(command.maxRssKiB * 1024)}, ` +
      `Pagefind ${mib(command.pagefindPeakKiB * 1024)}`);

    runs.push({
      messages, photos, chatBytes: folder.chatBytes, ...build,
      htmlFiles: html.length, htmlBytes: sum(html), outputFiles: files.length, outputBytes: sum(files), htmlRewriteMs, command,
    });
  }
  rmSync(join(outDir, "site-rewrite"), { recursive: true, force: true });
  return { photos, photoBytes: set.bytes, photoSizes: photoSizes(photos), pageSize: PAGE_SIZE, baselineKiB, runs };
}

/** `dir/`: `_chat.txt` and, hard-linked from the photo set (copied where links fail), its first `photos` photos. */
export function writeFolder(dir: string, messages: number, photos: number, photoPaths: readonly string[], seed: number) {
  rmSync(dir, { recursive: true, force: true });
  const chat = writeIosExportFolder(dir, messages, photos, seed);
  chat.photoFiles.forEach((name, i) => {
    const from = photoPaths[i]!;
    try {
      linkSync(from, join(dir, name));
    } catch {
      copyFileSync(from, join(dir, name));
    }
  });
  return { dir, chatBytes: chat.bytes };
}

type Phase = keyof Omit<SitePhases, "totalMs">;

/** `chat-archive build --no-cache --quiet` of `input` in a fresh process; its output is removed after. */
export function runBuildCommand(input: string, output: string): CommandRun {
  const run = JSON.parse(runNode([CHILD, "build", "--input", input, "--output", output, "--no-cache", "--quiet"], "pipe").stdout) as CommandRun;
  rmSync(output, { recursive: true, force: true });
  return run;
}

/**
 * buildArchive's steps (src/build.ts) one by one, each timed, with the thumbnail cache off; render
 * `renderRuns` times in all (the build's own, then again on the same data into fresh folders).
 */
export async function timedBuild(input: string, output: string, renderRuns = RENDER_RUNS) {
  rmSync(output, { recursive: true, force: true });
  collectGarbage();
  const warnings = new Warnings();
  const ctx = stageContext(warnings);
  const phases = {} as Record<Phase, number>;
  const peakHeap = {} as Record<Phase, number>;
  const sampler = new HeapSampler();
  const time = async <T>(phase: Phase, step: () => T | Promise<T>): Promise<T> => {
    sampler.reset();
    const start = performance.now();
    const result = await step();
    phases[phase] = performance.now() - start;
    peakHeap[phase] = sampler.peak();
    return result;
  };

  const start = performance.now();
  const lang = language();
  const exports = await time("ingestMs", () => ingest([input], {}, ctx));
  const parsed = await time("parseMs", () => chatsOf(exports, undefined, [input], ctx));
  if (parsed.length !== 1) throw new Error(`${input}: expected one chat, parsed ${parsed.length}`);
  const chats = parsed.map((p) => p.chat);
  const me = whoIsMe(chats, [], ctx);
  const staging = await emptyStaging(output);
  const media = await time("mediaMs", () => processMedia(parsed, staging, {}, ctx));
  await time("searchMs", () => writeSearch(chats, staging, { lang: lang.code, pageSize: PAGE_SIZE }, ctx));
  const site = await time("dataMs", () => buildSite(chats, media.index, pageOptions(parsed, PAGE_SIZE, me, lang), ctx));
  await time("renderMs", () => renderSite(site, staging, {}, ctx));
  await time("swapMs", async () => {
    await swapIn(staging, output);
    await rm(staging, { recursive: true, force: true });
  });
  const totalMs = performance.now() - start;
  sampler.stop();
  // Render alone again on the same data, each into a fresh folder: its figure is the one the scaling rests on.
  const again: number[] = [];
  for (let i = 1; i < renderRuns; i++) {
    const dir = `${staging}.render-${i}`;
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const began = performance.now();
    await renderSite(site, dir, {}, ctx);
    again.push(performance.now() - began);
    await rm(dir, { recursive: true, force: true });
  }
  return {
    phases: { ...phases, totalMs },
    renderRuns: [phases.renderMs, ...again.sort((a, b) => a - b)],
    peakHeap,
    thumbnails: media.thumbnailsMade,
    warnings: warnings.list.length,
    pages: site.chatPages.length + site.galleries.length + 2,
  };
}

/** The most heap in use since the last reset: sampled on a timer, and whenever asked, since a synchronous phase blocks the timer. */
class HeapSampler {
  private max = 0;
  private readonly timer = setInterval(() => this.sample(), 20).unref();
  sample(): void {
    this.max = Math.max(this.max, process.memoryUsage().heapUsed);
  }
  reset(): void {
    this.max = 0;
    this.sample();
  }
  peak(): number {
    this.sample();
    return this.max;
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

function listFiles(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path, bytes: statSync(path).size };
    });
}

/** Writes the files again under `to` (their text read beforehand) and times the writing alone. */
async function rewrite(paths: readonly string[], from: string, to: string): Promise<number> {
  rmSync(to, { recursive: true, force: true });
  const files = paths.map((path) => ({ path: join(to, path.slice(from.length)), text: readFileSync(path) }));
  for (const dir of new Set(files.map((f) => dirname(f.path)))) mkdirSync(dir, { recursive: true });
  const start = performance.now();
  for (const f of files) await writeFile(f.path, f.text);
  const took = performance.now() - start;
  rmSync(to, { recursive: true, force: true });
  return took;
}

function sum(files: readonly { bytes: number }[]): number {
  return files.reduce((n, f) => n + f.bytes, 0);
}
