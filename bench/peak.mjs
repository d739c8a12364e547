// The peak resident set of this process, in KiB. On Linux it is VmHWM from /proc/self/status, since
// getrusage's maxRSS survives exec: a child started by a big parent reports at least the parent's size.
import { readFileSync } from "node:fs";

export function peakRssKiB() {
  try {
    const peak = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (peak) return Number(peak[1]);
  } catch {
    // Not Linux: maxRSS is the best there is.
  }
  return process.resourceUsage().maxRSS;
}
