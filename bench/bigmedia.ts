/**
 * A video-heavy iPhone export as one big zip64 zip: a chat of `messages` messages, `videos` of them
 * attaching a video of `videoBytes` (a real short H.264 MP4 made with the npm ffmpeg, its moov box
 * first, padded with a trailing MP4 `free` box of zeros, which keeps it a valid MP4), all STORED, as
 * WhatsApp writes media. Made once and kept in bench/out. A cold `chat-archive build` of it (time,
 * peak memory) is timed against `cp` of the zip itself in the same run: the same bytes, read from
 * the same file and written out once, is what a copy near the disk's speed costs; the originals are
 * checked byte for byte afterwards.
 */
import { execFileSync } from "node:child_process";
import { createHash, type Hash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import yazl from "yazl";
import { seconds } from "../src/progress.js";
import { writeIosExportFolder } from "./generate.js";
import { mib } from "./measure.js";
import { wholeBuild, type WholeBuild } from "./rebuild.js";

/** Changes whenever the export below changes, so that one made the old way is not reused. */
const RECIPE = 2;
/** Each short clip's picture: different test patterns, so that the three videos differ. */
const PATTERNS = ["testsrc", "testsrc2", "smptebars"];
const MP4_BOX_HEADER = 8;
/** A fixed time keeps the zip's bytes the same on every run. */
const MTIME = new Date(Date.UTC(2023, 0, 1));

export interface BigMediaResults {
  readonly messages: number;
  readonly videos: number;
  readonly videoBytes: number;
  readonly zipBytes: number;
  readonly build: WholeBuild;
  /** `cp` of the zip, before and after the build. */
  readonly cpMs: readonly [number, number];
  /** Every video in the output has the bytes it had in the export. */
  readonly identical: boolean;
}

interface Made {
  readonly zip: string;
  /** SHA-256 of each video, by its name in the export. */
  readonly videos: Readonly<Record<string, string>>;
}

export async function measureBigMedia(
  outDir: string, messages: number, videos: number, videoBytes: number, seed: number, progress: (line: string) => void,
): Promise<BigMediaResults> {
  const made = await bigExport(join(outDir, `bigmedia-v${RECIPE}-${messages}-${videos}x${videoBytes}`), messages, videos, videoBytes, seed, progress);
  const zipBytes = statSync(made.zip).size;
  const dir = join(outDir, "bigmedia-run");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The CLI keeps its cache under its working directory: an empty one makes the build cold.
  const cwd = join(dir, "work");
  mkdirSync(cwd);
  const output = join(dir, "site");

  // cp before and after the build, so that a busy moment or the disk's write-back weighs on both alike.
  const cpBefore = timedCp(made.zip, join(dir, "copy.zip"));
  progress(`big media: cp of the ${mib(zipBytes)} zip ${seconds(cpBefore)}`);
  sync();
  const build = wholeBuild(made.zip, output, cwd);
  progress(`big media: cold build ${seconds(build.ms)}, peak RSS ${mib(build.maxRssKiB * 1024)} — ${build.summary}`);
  sync();
  const cpAfter = timedCp(made.zip, join(dir, "copy.zip"));
  progress(`big media: cp again ${seconds(cpAfter)}`);

  const identical = await sameVideos(output, made.videos);
  progress(`big media: originals ${identical ? "byte for byte the same" : "DIFFER FROM THE EXPORT'S"}`);
  rmSync(dir, { recursive: true, force: true });
  return { messages, videos, videoBytes, zipBytes, build, cpMs: [cpBefore, cpAfter], identical };
}

/** `cp` of `from` to a new file `to`, after a `sync` as the build has, so that neither pays for the other's write-back. */
function timedCp(from: string, to: string): number {
  rmSync(to, { force: true });
  sync();
  const start = performance.now();
  execFileSync("cp", [from, to]);
  const ms = performance.now() - start;
  rmSync(to, { force: true });
  return ms;
}

/** Writes the dirty pages out, so that one command's write-back does not land on the next one's time. */
function sync(): void {
  execFileSync("sync");
}

/** The export's zip, made unless an earlier run left it (with its manifest, written last). */
async function bigExport(
  dir: string, messages: number, videos: number, videoBytes: number, seed: number, progress: (line: string) => void,
): Promise<Made> {
  const manifest = join(dir, "made.json");
  if (existsSync(manifest)) {
    progress(`big media: reusing ${dir}`);
    return JSON.parse(readFileSync(manifest, "utf8")) as Made;
  }
  const start = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const chat = writeIosExportFolder(dir, messages, videos, seed, "VIDEO");
  const zip = new yazl.ZipFile();
  zip.addFile(chat.path, "_chat.txt", { mtime: MTIME });
  // Each video goes from ffmpeg's clip straight into the zip, padded on the way: the padding is never written twice.
  const hashes = chat.photoFiles.map((name, i) => {
    const hash = createHash("sha256");
    const content = padded(shortClip(PATTERNS[i % PATTERNS.length]!, dir), videoBytes);
    zip.addReadStream(Readable.from(hashed(content, hash), { objectMode: false }), name, { compress: false, mtime: MTIME, size: videoBytes });
    return [name, hash] as const;
  });
  zip.end();
  const path = join(dir, "WhatsApp Chat - Family.zip");
  await pipeline(zip.outputStream, createWriteStream(`${path}.part`));
  renameSync(`${path}.part`, path);
  rmSync(chat.path);
  const made: Made = { zip: path, videos: Object.fromEntries(hashes.map(([name, hash]) => [name, hash.digest("hex")])) };
  writeFileSync(manifest, JSON.stringify(made));
  progress(`big media: made ${path} in ${seconds(performance.now() - start)}`);
  return made;
}

/** A two-second H.264 clip of ffmpeg's test `pattern`, its moov box first. */
function shortClip(pattern: string, scratch: string): Buffer {
  const ffmpeg = (createRequire(import.meta.url)("@ffmpeg-installer/ffmpeg") as { path: string }).path;
  const clip = join(scratch, `${pattern}.mp4`);
  execFileSync(ffmpeg, [
    "-v", "error", "-y", "-f", "lavfi", "-i", `${pattern}=duration=2:size=640x360:rate=25`,
    "-c:v", "libx264", "-pix_fmt", "yuv420p", "-movflags", "+faststart", clip,
  ]);
  const video = readFileSync(clip);
  rmSync(clip);
  return video;
}

/** The clip followed by a `free` box of zeros that makes it `bytes` long, still a valid MP4. */
function* padded(video: Buffer, bytes: number): Generator<Buffer> {
  const free = bytes - video.length;
  // A box's size is 32 bits here, which the 2 GB WhatsApp allows for a file never passes.
  if (free < MP4_BOX_HEADER || free > 0xffffffff) throw new RangeError(`a video of ${bytes} bytes cannot be padded with one free box`);
  const header = Buffer.alloc(MP4_BOX_HEADER);
  header.writeUInt32BE(free, 0);
  header.write("free", 4, "latin1");
  yield video;
  yield header;
  const zeros = Buffer.alloc(16 * 1024 * 1024);
  for (let left = free - MP4_BOX_HEADER; left > 0; left -= zeros.length) yield left < zeros.length ? zeros.subarray(0, left) : zeros;
}

/** The chunks, each fed to `hash` on the way. */
function* hashed(chunks: Iterable<Buffer>, hash: Hash): Generator<Buffer> {
  for (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
}

/** Whether each video in the output's media folders has the hash it had in the export. */
async function sameVideos(output: string, videos: Readonly<Record<string, string>>): Promise<boolean> {
  const media = join(output, "media");
  const found = readdirSync(media).flatMap((chat) => readdirSync(join(media, chat)).map((name) => ({ name, path: join(media, chat, name) })));
  if (found.length !== Object.keys(videos).length) return false;
  for (const { name, path } of found) {
    const hash = createHash("sha256");
    await pipeline(createReadStream(path), hash);
    if (hash.digest("hex") !== videos[name]) return false;
  }
  return true;
}
