// One search index of a big export in a fresh process, for its time, size and peak memory:
// `node search-child.mjs <pagefind|fallback> <export.txt> <outDir>` parses the export with the
// compiled parser (dist/), writes that index into outDir and prints {ms, maxRssKiB, pagefindPeakKiB,
// bytes, files, ...} as JSON. Pagefind runs as a process of its own (the Node API starts its binary),
// so its peak (VmHWM) is read from /proc while it runs (peaks.mjs), beside this process's own.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ownPeakKiB, sampleChildren } from "./peaks.mjs";

const [kind, file, out] = process.argv.slice(2);
const { parseChat } = await import("../dist/src/parse/index.js");
const { Warnings } = await import("../dist/src/model.js");
const { writePagefind } = await import("../dist/src/search/pagefind.js");
const { writeFallback } = await import("../dist/src/search/fallback.js");
const { PART_SIZE } = await import("../dist/src/search/index.js");
const { DEFAULT_PAGE_SIZE: PAGE_SIZE } = await import("../dist/src/layout.js");

const parsed = parseChat(readFileSync(file, "utf8"), { source: file }, new Warnings());
const chat = { id: "bench", title: "Bench", platform: parsed.platform, sources: [file], participants: parsed.participants, messages: parsed.messages };

const children = sampleChildren();
const start = performance.now();
const result = kind === "pagefind"
  ? await writePagefind([chat], out, { lang: "en", pageSize: PAGE_SIZE, partSize: PART_SIZE })
  : await writeFallback([chat], out, { pageSize: PAGE_SIZE, parts: 0 });
const ms = performance.now() - start;
children.stop();

const dir = join(out, kind === "pagefind" ? "pagefind" : "search");
const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
const bytes = files.reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
process.stdout.write(JSON.stringify({
  ...result, ms, messages: chat.messages.length, maxRssKiB: ownPeakKiB(),
  pagefindPeakKiB: kind === "pagefind" ? children.peakKiB() : null, bytes, files: files.length,
}));
