/**
 * Peak memory of the whole command on a big export, as a user's machine sees it: `/usr/bin/time`
 * around `chat-archive parse <file>` and around the peer's script doing the same, stdout to /dev/null.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median } from "./measure.js";

const CLI = fileURLToPath(new URL("../dist/src/cli.js", import.meta.url));
const PEER_SCRIPT = fileURLToPath(new URL("./peer-parse.mjs", import.meta.url));
const EMPTY_CHILD = fileURLToPath(new URL("./empty-child.mjs", import.meta.url));

export type MemoryMode = "ours" | "peer" | "baseline";

export interface MemoryUse {
  /** Median peak resident set of the runs, KiB. */
  readonly maxRssKiB: number;
  /** Each run's peak, KiB: when the garbage collector runs moves the peak from run to run. */
  readonly runsKiB: readonly number[];
}

const ARGS: Record<MemoryMode, (file: string) => string[]> = {
  ours: (file) => [CLI, "parse", file],
  peer: (file) => [PEER_SCRIPT, file],
  baseline: () => [EMPTY_CHILD],
};

export function measureMemory(mode: MemoryMode, file: string, runs: number): MemoryUse {
  const runsKiB = Array.from({ length: runs }, () => peakKiB(ARGS[mode](file)));
  return { maxRssKiB: median(runsKiB), runsKiB };
}

/**
 * `/usr/bin/time -f %M node …`: the process's maximum resident set, KiB. time is a small process of
 * its own, so the figure is not the benchmark's size carried over into a forked child.
 */
function peakKiB(args: readonly string[]): number {
  const run = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], {
    stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 1 << 26,
  });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${run.status ?? run.signal}:\n${run.stderr}`);
  // The command's own warnings come first; time writes its figure last.
  return Number(run.stderr.trim().split("\n").at(-1));
}
