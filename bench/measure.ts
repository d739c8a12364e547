/**
 * Small timing helpers shared by the benchmark's parts.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const EMPTY_CHILD = fileURLToPath(new URL("./empty-child.mjs", import.meta.url));

/** The middle value: one slow run (a GC pause, a noisy neighbour) does not move it. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `node ...args` to the end and returns its stdout and wall time. A fresh process has no
 * loader flags of ours (tsx passes its own as arguments, not in the environment), so what is
 * measured is plain Node. `cwd` decides where the CLI keeps its cache.
 */
export function runNode(args: readonly string[], stdout: "ignore" | "pipe", cwd?: string): { ms: number; stdout: string } {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd,
    stdio: ["ignore", stdout, "pipe"],
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - start;
  if (child.error) throw child.error;
  if (child.status !== 0) {
    throw new Error(`node ${args.join(" ")} exited with ${child.status ?? child.signal}:\n${child.stderr}`);
  }
  return { ms, stdout: child.stdout ?? "" };
}

/** The peak resident set of a Node process that does nothing (bench/empty-child.mjs), KiB. */
export function emptyNodeKiB(): number {
  return Number(runNode([EMPTY_CHILD], "pipe").stdout);
}

/** A time for the report: "1,234 ms". */
export function ms(value: number): string {
  return `${Math.round(value).toLocaleString("en-US")} ms`;
}

/** A size in bytes for the report: "12.3 MiB". */
export function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}
