// One whole `chat-archive build` in a fresh process, for its peak memory: `node site-child.mjs
// build --input <dir> --output <dir> --no-cache --quiet` runs the compiled CLI (dist/src/cli.js) with
// those arguments, and on exit prints {maxRssKiB, ms, exitCode} as JSON on stdout (the CLI prints
// nothing there with --quiet). Plain JavaScript on plain Node, so no TypeScript loader adds to the figure.
import { peakRssKiB } from "./peak.mjs";
import { writeSync } from "node:fs";
import { fileURLToPath } from "node:url";

const start = performance.now();
const cli = fileURLToPath(new URL("../dist/src/cli.js", import.meta.url));
// Commander reads process.argv, so the CLI sees itself run as `node dist/src/cli.js <arguments>`.
process.argv = [process.argv[0], cli, ...process.argv.slice(2)];
process.on("exit", (exitCode) => {
  // The process's peak resident set, whatever has been freed since.
  writeSync(1, JSON.stringify({ maxRssKiB: peakRssKiB(), ms: performance.now() - start, exitCode }));
});
await import(cli);
