/**
 * A full garbage collection on demand, for a stage that has just let go of a batch. V8 lets a heap
 * grow towards half its limit (2 GB by default) before it collects the old generation, so without
 * this a build that frees every batch would still peak as if it had kept them.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    // The flag makes `gc` a global only of contexts created after it, hence the fresh context.
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}
