// An empty Node process for the benchmark's baseline: prints its own peak resident set (VmHWM, KiB),
// measured as the other children measure theirs (peaks.mjs).
import { ownPeakKiB } from "./peaks.mjs";

process.stdout.write(String(ownPeakKiB()));
