/**
 * `npm run bench [-- --messages 100000 --big 1000000 --runs 5 --site-messages 10000,100000 --photos 1000
 * --build-messages 10000,100000,1000000 --search-messages 100000,1000000 --rebuild-messages 100000
 * --rebuild-photos 1000]`: generates exports, times our
 * parser against whatsapp-chat-parser (alone, as whole commands, and the whole commands' peak memory on a big export),
 * builds a site of each `--site-messages` size with `--photos` photos (time per phase, peak memory),
 * builds an archive of each `--build-messages` size without media (whole command: time and peak
 * memory with Pagefind's; time per phase), writes both search indexes of each `--search-messages`
 * size (time, size, peak memory), and in an archive of the smallest of those sizes built once times the
 * first results from file:// in four scripts and how soon a chat's pages open, prints the figures and
 * writes them to bench/RESULTS.md. `--big 0` skips the memory part, `--site-messages 0` the site
 * build, `--build-messages 0` the builds without media, `--search-messages 0` search. It also builds
 * `--rebuild-messages` messages with `--rebuild-photos` 12-megapixel photos cold, then again
 * unchanged, beside thumbnails alone and Pagefind alone (`--rebuild-messages 0` skips it). Last, it
 * builds a zip64 iPhone export of three `--big-media-mib` videos (1.6 GiB each by default) against
 * `cp` of the same zip (`--big-media 0` skips it).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Platform } from "../src/model.js";
import { cliAt } from "./before.js";
import { buildBrowserSite, hasChromium } from "./browser-site.js";
import { measureCommands } from "./command.js";
import { writeExport } from "./generate.js";
import { measureBigMedia } from "./bigmedia.js";
import { measureBuilds } from "./builds.js";
import { emptyNodeKiB } from "./measure.js";
import { measureMemory } from "./memory.js";
import { measurePageOpen } from "./page-open.js";
import { renderResults, type Baseline, type MemoryResults, type PlatformResults } from "./report.js";
import { measureRebuild } from "./rebuild.js";
import { measureSearch } from "./search.js";
import { measureSite } from "./site.js";
import { measureThroughput } from "./throughput.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = fileURLToPath(new URL("./out/", import.meta.url));
const RESULTS = fileURLToPath(new URL("./RESULTS.md", import.meta.url));
const PLATFORMS: readonly Platform[] = ["ios", "android"];
const SEED = 1;
/** Runs of each command under /usr/bin/time on the big exports; the median is the figure. */
const MEMORY_RUNS = 3;
const BASELINE = fileURLToPath(new URL("./baseline.json", import.meta.url));
/** Issue 18's export: "a chat of 2,000 messages and three 1.6 GB videos". */
const BIG_MEDIA = { messages: 2000, videos: 3, videoMiB: 1638 };

const { values } = parseArgs({
  options: {
    messages: { type: "string", default: "100000" },
    big: { type: "string", default: "1000000" },
    runs: { type: "string", default: "5" },
    "site-messages": { type: "string", default: "10000,100000" },
    photos: { type: "string", default: "1000" },
    "build-messages": { type: "string", default: "10000,100000,1000000" },
    "search-messages": { type: "string", default: "100000,1000000" },
    "rebuild-messages": { type: "string", default: "100000" },
    "rebuild-photos": { type: "string", default: "1000" },
    "big-media": { type: "string", default: "1" },
    "big-media-mib": { type: "string", default: String(BIG_MEDIA.videoMiB) },
  },
});
const messages = count("messages", values.messages, 1);
const big = count("big", values.big, 0);
const runs = count("runs", values.runs, 1);
const photos = count("photos", values.photos, 0);
const siteSizes = sizes("site-messages", values["site-messages"], photos + 1);
const buildSizes = sizes("build-messages", values["build-messages"], 1);
const searchSizes = sizes("search-messages", values["search-messages"], 1);
const rebuildMessages = count("rebuild-messages", values["rebuild-messages"], 0);
const rebuildPhotos = count("rebuild-photos", values["rebuild-photos"], 0);
if (rebuildMessages > 0 && rebuildPhotos >= rebuildMessages) throw new Error("--rebuild-photos must be fewer than --rebuild-messages");
const bigMediaOn = count("big-media", values["big-media"], 0) > 0;
const bigMediaMiB = count("big-media-mib", values["big-media-mib"], 1);
const loadAtStart = os.loadavg()[0] ?? 0;

// The command part runs the compiled CLI, so it must be the current source.
progress("compiling src/ (tsc -p src)");
execFileSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, "-p", "src"], { cwd: ROOT, stdio: "inherit" });

const baseline = JSON.parse(readFileSync(BASELINE, "utf8")) as Baseline;
const beforeCli = cliAt(baseline.commit, ROOT, OUT);
progress(beforeCli ? `the command before issue 15: ${beforeCli}` : `commit ${baseline.commit} is not in this checkout, so the command before issue 15 is not timed`);

const platforms: PlatformResults[] = [];
for (const platform of PLATFORMS) {
  const file = writeExport(OUT, platform, messages, SEED);
  progress(`${platform}: wrote ${file.path} (${(file.bytes / 2 ** 20).toFixed(1)} MiB)`);
  const throughput = measureThroughput(readFileSync(file.path, "utf8"), file.path, runs);
  progress(`${platform}: parser alone, ours ${throughput.ours.ms.toFixed(0)} ms (${throughput.ours.messages} messages), ` +
    `peer ${throughput.peer.ms.toFixed(0)} ms (${throughput.peer.messages} messages)` +
    (throughput.ours.messages === throughput.peer.messages ? "" : " — MESSAGE COUNTS DIFFER"));
  const command = measureCommands(file.path, runs, beforeCli);
  progress(`${platform}: whole command, ours ${command.oursMs.toFixed(0)} ms, peer ${command.peerMs.toFixed(0)} ms` +
    (command.beforeMs === undefined ? "" : `, before issue 15 ${command.beforeMs.toFixed(0)} ms`));
  platforms.push({ platform, file, throughput, command });
}

const memory: MemoryResults[] = [];
const baselineKiB = big > 0 ? measureMemory("baseline", "", 1).maxRssKiB : null;
if (big > 0) {
  progress(`empty node process: peak RSS ${(baselineKiB! / 1024).toFixed(1)} MiB`);
  for (const platform of PLATFORMS) {
    const file = writeExport(OUT, platform, big, SEED);
    progress(`${platform}: wrote ${file.path} (${(file.bytes / 2 ** 20).toFixed(1)} MiB)`);
    const ours = measureMemory("ours", file.path, MEMORY_RUNS);
    const peer = measureMemory("peer", file.path, MEMORY_RUNS);
    progress(`${platform}: whole command's peak RSS, ours ${(ours.maxRssKiB / 1024).toFixed(0)} MiB, peer ${(peer.maxRssKiB / 1024).toFixed(0)} MiB`);
    memory.push({ platform, file, ours, peer });
  }
}

// The builds' children report VmHWM (bench/peaks.mjs), so their baseline is an empty process's VmHWM.
const buildBaselineKiB = siteSizes.length + buildSizes.length > 0 ? emptyNodeKiB() : 0;
const site = siteSizes.length > 0 ? await measureSite(OUT, siteSizes, photos, SEED, buildBaselineKiB, progress) : null;
const builds = buildSizes.length > 0 ? await measureBuilds(OUT, buildSizes, SEED, buildBaselineKiB, progress) : null;

// First results and page open share one archive, built once.
const browserSite = searchSizes.length > 0 && hasChromium() ? await buildBrowserSite(OUT, searchSizes[0]!, SEED) : null;
const search = searchSizes.length > 0 ? await measureSearch(OUT, searchSizes, SEED, browserSite, progress) : null;
const pageOpen = browserSite ? await measurePageOpen(browserSite, OUT, progress) : null;
if (browserSite) rmSync(browserSite.dir, { recursive: true, force: true });
const rebuild = rebuildMessages > 0 ? await measureRebuild(OUT, rebuildMessages, rebuildPhotos, SEED, progress) : null;
const bigMedia = bigMediaOn
  ? await measureBigMedia(OUT, BIG_MEDIA.messages, BIG_MEDIA.videos, bigMediaMiB * 2 ** 20, SEED, progress)
  : null;

const cpus = os.cpus();
const report = renderResults({
  date: new Date(),
  machine: {
    cpu: cpus[0]?.model ?? "unknown CPU",
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    node: process.version,
    os: `${os.platform()} ${os.arch()}`,
    load: [loadAtStart, os.loadavg()[0] ?? 0],
  },
  baseline,
  runs,
  seed: SEED,
  platforms,
  baselineKiB,
  memory,
  site,
  search,
  pageOpen,
  builds,
  rebuild,
  bigMedia,
});
writeFileSync(RESULTS, report);
console.log(`\n${report}`);
progress(`wrote ${RESULTS}`);

/** A comma-separated list of sizes, smallest first; "0" alone is none. */
function sizes(name: string, value: string, min: number): number[] {
  return value === "0" ? [] : [...new Set(value.split(",").map((n) => count(name, n.trim(), min)))].sort((a, b) => a - b);
}

function count(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, not ${value}`);
  return n;
}

function progress(line: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
}
