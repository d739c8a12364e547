/**
 * The whole build without media, at sizes up to a million messages: an extracted iPhone export with
 * no photos (every media message an "… omitted" line) built by a fresh `chat-archive build` for its
 * time and peak memory (Node's and Pagefind's), then stage by stage in this process for the time of
 * each phase. Memory is the bar here: what a build costs as the export grows. Up to PARTS_MESSAGES,
 * the build's parts are also timed alone in the same run: `chat-archive parse`, Pagefind on the
 * documents the build gives it, and the floor (floor.mjs: the parse JSON into one unpaged page, as the
 * simplest exporters do).
 */
import { closeSync, openSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_PAGE_SIZE } from "../src/layout.js";
import { Warnings } from "../src/model.js";
import { readChats } from "../src/read.js";
import { PART_SIZE } from "../src/search/index.js";
import { writePagefind } from "../src/search/pagefind.js";
import { runNode } from "./measure.js";
import { runBuildCommand, timedBuild, writeFolder, type CommandRun, type SitePhases } from "./site.js";

const CLI = fileURLToPath(new URL("../dist/src/cli.js", import.meta.url));
const FLOOR = fileURLToPath(new URL("./floor.mjs", import.meta.url));
/** The largest build whose parts are timed alone: Pagefind alone holds a whole index in one process, 3 GB at a million messages. */
export const PARTS_MESSAGES = 100_000;

/** The build's parts, each alone, ms. */
export interface BuildParts {
  /** `chat-archive parse` (compiled `dist/`) in a fresh process, its JSON to /dev/null. */
  readonly parseMs: number;
  /** Pagefind on the same records the build gives it (src/search/pagefind.ts), the chats parsed beforehand, untimed. */
  readonly pagefindMs: number;
  /** floor.mjs in a fresh process: the parse JSON read and written as one unpaged HTML page, no search. */
  readonly floorPageMs: number;
}

/** The untimed build before the timed ones, so that Eleventy and the templates are loaded and warm. */
const WARM_UP_MESSAGES = 2_000;

export interface BuildRun {
  readonly messages: number;
  /** `_chat.txt`'s size. */
  readonly chatBytes: number;
  /** The whole command in a fresh process. */
  readonly command: CommandRun;
  /** The same build stage by stage in the benchmark's process (render once). */
  readonly phases: SitePhases;
  readonly pages: number;
  readonly warnings: number;
  /** Up to PARTS_MESSAGES. */
  readonly parts: BuildParts | null;
}

export interface BuildResults {
  /** Peak RSS of a Node process that does nothing, KiB. */
  readonly baselineKiB: number;
  readonly runs: readonly BuildRun[];
}

/** Builds an archive of each size in `sizes` messages, without media, under `outDir`. */
export async function measureBuilds(
  outDir: string, sizes: readonly number[], seed: number, baselineKiB: number, progress: (line: string) => void,
): Promise<BuildResults> {
  const output = join(outDir, "build-output");
  const warmUp = writeFolder(join(outDir, `build-ios-${WARM_UP_MESSAGES}`), WARM_UP_MESSAGES, 0, [], seed);
  await timedBuild(warmUp.dir, output, 1);
  rmSync(output, { recursive: true, force: true });
  progress(`build: warm-up build of ${WARM_UP_MESSAGES} messages done`);

  const runs: BuildRun[] = [];
  for (const messages of sizes) {
    const folder = writeFolder(join(outDir, `build-ios-${messages}`), messages, 0, [], seed);
    progress(`build: wrote ${folder.dir} (${messages} messages, ${(folder.chatBytes / 2 ** 20).toFixed(1)} MiB of text, no media)`);
    // The fresh process first, so the in-process build's garbage cannot count towards it.
    const command = runBuildCommand(folder.dir, output);
    progress(`build ${messages}: chat-archive build in a fresh process, ${seconds(command.ms)}, peak RSS ${mib(command.maxRssKiB)}, ` +
      `Pagefind ${mib(command.pagefindPeakKiB)}, both ${mib(command.maxRssKiB + command.pagefindPeakKiB)}`);
    const build = await timedBuild(folder.dir, output, 1);
    const parts = messages <= PARTS_MESSAGES ? await measureParts(folder.dir, outDir) : null;
    rmSync(output, { recursive: true, force: true });
    const p = build.phases;
    progress(`build ${messages} in this process: ingest ${seconds(p.ingestMs)}, parse ${seconds(p.parseMs)}, search ${seconds(p.searchMs)}, ` +
      `data ${seconds(p.dataMs)}, render ${seconds(p.renderMs)}, total ${seconds(p.totalMs)}`);
    if (parts) {
      progress(`build ${messages} parts alone: parse ${seconds(parts.parseMs)}, Pagefind ${seconds(parts.pagefindMs)}, ` +
        `floor page ${seconds(parts.floorPageMs)} (floor = parse + page, ${seconds(parts.parseMs + parts.floorPageMs)})`);
    }
    runs.push({ messages, chatBytes: folder.chatBytes, command, phases: p, pages: build.pages, warnings: build.warnings, parts });
    rmSync(folder.dir, { recursive: true, force: true });
  }
  return { baselineKiB, runs };
}

/** The parts of the build of `input`, each alone; scratch files go under `outDir` and are removed. */
async function measureParts(input: string, outDir: string): Promise<BuildParts> {
  const parseMs = runNode([CLI, "parse", input], "ignore").ms;
  const pagefindMs = await pagefindOnDocuments(input, join(outDir, "pagefind-alone"));
  // The floor's input is parse's JSON, written to a file first (untimed): a pipe would time parse again.
  const json = join(outDir, "floor.json");
  const fd = openSync(json, "w");
  try {
    const child = spawnSync(process.execPath, [CLI, "parse", input], { stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
    if (child.status !== 0) throw new Error(`chat-archive parse ${input} exited with ${child.status ?? child.signal}:\n${child.stderr}`);
  } finally {
    closeSync(fd);
  }
  const floorPageMs = runNode([FLOOR, json, join(outDir, "floor.html")], "ignore").ms;
  for (const path of [json, join(outDir, "floor.html"), join(outDir, "pagefind-alone")]) rmSync(path, { recursive: true, force: true });
  return { parseMs, pagefindMs, floorPageMs };
}

/**
 * Pagefind alone on the documents of `input`: the records the build writes (one per author and year
 * of each chat page) in the parts it writes them in, timed from the parsed chats to the written index.
 */
async function pagefindOnDocuments(input: string, outDir: string): Promise<number> {
  const chats = (await readChats([input], undefined, new Warnings())).map((merged) => merged.chat);
  const start = performance.now();
  await writePagefind(chats, outDir, { lang: "en", pageSize: DEFAULT_PAGE_SIZE, partSize: PART_SIZE });
  return performance.now() - start;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function mib(kib: number): string {
  return `${(kib / 1024).toFixed(0)} MiB`;
}
