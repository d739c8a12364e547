// One whole `chat-archive build` in a fresh process, for its time and peak memory: `node
// site-child.mjs build --input <dir> --output <dir> --no-cache --quiet` runs the compiled CLI
// (dist/src/cli.js) with those arguments, and on exit prints {maxRssKiB, pagefindPeakKiB, ms,
// exitCode} as JSON on stdout (the CLI prints nothing there with --quiet): this process's peak and
// that of Pagefind's binary, which runs beside it (peaks.mjs). Plain JavaScript on plain Node,
// so no TypeScript loader adds to the figure.
import { writeSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ownPeakKiB, sampleChildren } from "./peaks.mjs";

const start = performance.now();
const children = sampleChildren();
const cli = fileURLToPath(new URL("../dist/src/cli.js", import.meta.url));
// Commander reads process.argv, so the CLI sees itself run as `node dist/src/cli.js <arguments>`.
process.argv = [process.argv[0], cli, ...process.argv.slice(2)];
process.on("exit", (exitCode) => {
  // The peak resident set in KiB (VmHWM), whatever has been freed since.
  writeSync(1, JSON.stringify({
    maxRssKiB: ownPeakKiB(), pagefindPeakKiB: children.peakKiB(), ms: performance.now() - start, exitCode,
  }));
});
await import(cli);
