// One parse of one export in a fresh process, for its peak memory: `node memory-child.mjs
// <ours|peer|baseline> <file>` prints {maxRssKiB, parseMs, messages} as JSON. Plain JavaScript
// on plain Node (our parser from its compiled dist/), so no TypeScript loader adds to the figure.
// "baseline" loads and reads nothing: what an empty Node process costs.
import { ownPeakKiB } from "./peaks.mjs";
import { readFileSync } from "node:fs";

const [mode, file] = process.argv.slice(2);
const parse = mode === "ours" ? await oursParser() : mode === "peer" ? await peerParser() : null;
let parseMs = 0;
let messages = 0;
if (parse) {
  const text = readFileSync(file, "utf8");
  const start = performance.now();
  messages = parse(text);
  parseMs = performance.now() - start;
}
// The process's peak resident set, whatever has been collected since.
process.stdout.write(JSON.stringify({ maxRssKiB: ownPeakKiB(), parseMs, messages }));

async function oursParser() {
  const { parseChat } = await import("../dist/src/parse/index.js");
  const { Warnings } = await import("../dist/src/model.js");
  return (text) => parseChat(text, { source: file }, new Warnings()).messages.length;
}

async function peerParser() {
  const { parseString } = await import("whatsapp-chat-parser");
  return (text) => parseString(text, { parseAttachments: true }).length;
}
