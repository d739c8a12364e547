// Peak memory for the bench's plain-Node children, from /proc. A process's own peak is its VmHWM,
// not process.resourceUsage().maxRSS: Linux carries maxRSS over from the forked copy of the parent
// that a spawned process starts as, so a child of a big benchmark process would report the
// benchmark's size. The processes a child starts in turn (Pagefind's binary, which its Node API
// runs) are sampled every 25 ms, since a process's peak is gone once it has exited.
import { readFileSync } from "node:fs";

/** This process's peak resident set since it started (exec'd), KiB. */
export function ownPeakKiB() {
  return peakOf("self") ?? 0;
}

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
    for (const pid of children) peak = Math.max(peak, peakOf(pid) ?? 0);
  };
  // Unref'd, so that sampling never keeps the process alive.
  const timer = setInterval(sample, 25).unref();
  return {
    peakKiB: () => peak,
    stop: () => clearInterval(timer),
  };
}

/** VmHWM of /proc/<pid>, KiB; undefined when the process has exited. */
function peakOf(pid) {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return hwm ? Number(hwm[1]) : undefined;
  } catch {
    return undefined;
  }
}
