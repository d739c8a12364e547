/**
 * The whole build against its two costly parts done alone, and a rebuild with nothing changed.
 * An extracted iPhone export with 12-megapixel camera photos is built by `chat-archive build` in a
 * fresh process with an empty cache (cold), then built again unchanged; in the same run sharp makes
 * the same thumbnails alone (same function, same concurrency) and Pagefind indexes the built chat
 * pages alone, so that the build's own overhead shows as the ratio of its time to their sum.
 */
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pLimit from "p-limit";
import { THUMBNAIL_WIDTH } from "../src/media/index.js";
import { makeThumbnail } from "../src/media/thumbnail.js";
import { seconds } from "../src/progress.js";
import { mib, runNode } from "./measure.js";
import { photoSet, photoSizes } from "./photos.js";
import { writeFolder } from "./site.js";

const CHILD = fileURLToPath(new URL("./site-child.mjs", import.meta.url));

export interface WholeBuild {
  readonly ms: number;
  readonly maxRssKiB: number;
  /** The peak of the Pagefind binary the build runs beside it, KiB. */
  readonly pagefindPeakKiB: number;
  /** Each phase's time as the CLI printed it ("Reading exports: 1 exports in 0.1 s"), by its label. */
  readonly phases: Readonly<Record<string, number>>;
  readonly summary: string;
}

export interface RebuildResults {
  readonly messages: number;
  readonly photos: number;
  readonly photoBytes: number;
  readonly photoSizes: string;
  readonly concurrency: number;
  readonly cold: WholeBuild;
  readonly unchanged: WholeBuild;
  readonly thumbnailsAloneMs: number;
  readonly pagefindAloneMs: number;
}

export async function measureRebuild(
  outDir: string, messages: number, photos: number, seed: number, progress: (line: string) => void,
): Promise<RebuildResults> {
  const set = await photoSet(outDir, photos, seed, "camera");
  progress(`rebuild: ${set.made > 0 ? `made ${set.made} camera photos in ${(set.ms / 1000).toFixed(1)} s` : `reusing ${photos} camera photos`} (${mib(set.bytes)})`);
  const dir = join(outDir, "rebuild");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const folder = writeFolder(join(dir, "export"), messages, photos, set.paths, seed);
  const output = join(dir, "site");
  // The CLI keeps its cache under its working directory: an empty one here makes the first build cold.
  const cwd = join(dir, "work");
  mkdirSync(cwd);

  const cold = wholeBuild(folder.dir, output, cwd);
  progress(`rebuild: cold build ${seconds(cold.ms)}, peak RSS ${mib(cold.maxRssKiB * 1024)} — ${cold.summary}`);
  const unchanged = wholeBuild(folder.dir, output, cwd);
  progress(`rebuild: unchanged rebuild ${seconds(unchanged.ms)} — ${unchanged.summary}`);

  const concurrency = availableParallelism();
  const lane = pLimit(concurrency);
  const start = performance.now();
  await Promise.all(set.paths.map((path) => lane(async () => {
    const thumbnail = await makeThumbnail(readFileSync(path), THUMBNAIL_WIDTH);
    if ("broken" in thumbnail) throw new Error(`${path}: ${thumbnail.broken}`);
  })));
  const thumbnailsAloneMs = performance.now() - start;
  progress(`rebuild: ${photos} thumbnails alone (${concurrency} at a time) ${seconds(thumbnailsAloneMs)}`);

  const pagefindAloneMs = await pagefindAlone(output, join(dir, "pagefind-alone"));
  progress(`rebuild: Pagefind alone over the chat pages ${seconds(pagefindAloneMs)}`);

  rmSync(dir, { recursive: true, force: true });
  return { messages, photos, photoBytes: set.bytes, photoSizes: photoSizes(photos, "camera"), concurrency, cold, unchanged, thumbnailsAloneMs, pagefindAloneMs };
}

/** Pagefind alone: its Node API indexing the chat pages of the archive in `site` (`addDirectory`, its own crawl) into `outputPath`; its time, ms. */
export async function pagefindAlone(site: string, outputPath: string): Promise<number> {
  const pagefind = await import("pagefind");
  const start = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error("Pagefind did not start");
  await index.addDirectory({ path: site, glob: "chats/**/*.html" });
  await index.writeFiles({ outputPath });
  await pagefind.close();
  return performance.now() - start;
}

/** `chat-archive build` of `input` in a fresh process, as a user runs it (cache on, phase lines on stdout). */
export function wholeBuild(input: string, output: string, cwd: string): WholeBuild {
  const { stdout } = runNode([CHILD, "build", "--input", input, "--output", output], "pipe", cwd);
  const lines = stdout.trimEnd().split("\n");
  // site-child.mjs appends its JSON as the last line.
  const { ms: wall, maxRssKiB, pagefindPeakKiB } = JSON.parse(lines.pop()!) as { ms: number; maxRssKiB: number; pagefindPeakKiB: number };
  const phases: Record<string, number> = {};
  for (const line of lines) {
    const phase = /^(.+?): [\d,]+ \w+ in (\d+\.\d) s$/.exec(line);
    if (phase) phases[phase[1]!] = Number(phase[2]) * 1000;
  }
  return { ms: wall, maxRssKiB, pagefindPeakKiB, phases, summary: lines.at(-1) ?? "" };
}
