/**
 * The whole build without media, at sizes up to a million messages: an extracted iPhone export with
 * no photos (every media message an "… omitted" line) built by a fresh `chat-archive build` for its
 * time and peak memory (Node's and Pagefind's), then stage by stage in this process for the time of
 * each phase. Memory is the bar here: what a build costs as the export grows.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { runBuildCommand, timedBuild, writeFolder, type CommandRun, type SitePhases } from "./site.js";

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
    rmSync(output, { recursive: true, force: true });
    const p = build.phases;
    progress(`build ${messages} in this process: ingest ${seconds(p.ingestMs)}, parse ${seconds(p.parseMs)}, search ${seconds(p.searchMs)}, ` +
      `data ${seconds(p.dataMs)}, render ${seconds(p.renderMs)}, total ${seconds(p.totalMs)}`);
    runs.push({ messages, chatBytes: folder.chatBytes, command, phases: p, pages: build.pages, warnings: build.warnings });
    rmSync(folder.dir, { recursive: true, force: true });
  }
  return { baselineKiB, runs };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function mib(kib: number): string {
  return `${(kib / 1024).toFixed(0)} MiB`;
}
