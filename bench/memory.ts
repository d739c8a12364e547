/**
 * Peak memory of one parse of a big export, each parser alone in a fresh Node process.
 */
import { fileURLToPath } from "node:url";
import { runNode } from "./measure.js";

const CHILD = fileURLToPath(new URL("./memory-child.mjs", import.meta.url));

export type MemoryMode = "ours" | "peer" | "baseline";

export interface MemoryUse {
  /** Peak resident set size of the whole process, KiB. */
  readonly maxRssKiB: number;
  /** Wall time of the parse call alone (0 for the baseline). */
  readonly parseMs: number;
  readonly messages: number;
}

export function measureMemory(mode: MemoryMode, file: string): MemoryUse {
  return JSON.parse(runNode([CHILD, mode, file], "pipe").stdout) as MemoryUse;
}
