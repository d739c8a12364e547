// The peak memory of the processes this one starts (Pagefind's binary, which its Node API runs),
// for a bench child to report beside its own: each child's VmHWM, read from /proc every 25 ms,
// since a child's peak is gone once it has exited. Plain JavaScript, for the plain-Node children.
import { readFileSync } from "node:fs";

/** Starts sampling; `peakKiB()` is the highest VmHWM of any child seen so far, in KiB. */
export function sampleChildren() {
  let peak = 0;
  const sample = () => {
    let children = [];
    try {
      children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    } catch {
      return;
    }
    for (const pid of children) {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
        if (hwm) peak = Math.max(peak, Number(hwm[1]));
      } catch {
        // It exited between the two reads.
      }
    }
  };
  // Unref'd, so that sampling never keeps the process alive.
  const timer = setInterval(sample, 25).unref();
  return {
    peakKiB: () => peak,
    stop: () => clearInterval(timer),
  };
}
