import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import sharp from "sharp";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { language } from "../../src/i18n/index.js";
import { processMedia, type MediaOptions, type MediaResult } from "../../src/media/index.js";
import { stageContext, WarningError, Warnings, type Attachment, type Chat, type ExportFile, type ExportSource } from "../../src/model.js";
import { ffmpegPath, makeVideo, makeVoiceNote } from "./clips.js";
import { giantPng, noise } from "./images.js";

const SOURCE = "WhatsApp Chat - Family.zip";

function exportFile(name: string, bytes: Buffer): ExportFile {
  return { name, size: bytes.length, read: async () => Buffer.from(bytes), open: async () => Readable.from([Buffer.from(bytes)]) };
}

/** A file whose reading fails with `error`, whichever way it is read. */
function failingFile(name: string, error: Error): ExportFile {
  return { name, size: 10, read: () => Promise.reject(error), open: () => Promise.reject(error) };
}

function exportSource(files: Record<string, Buffer | ExportFile>, source = SOURCE): ExportSource {
  return {
    source,
    path: `/exports/${source}`,
    title: "Family",
    chatFile: "_chat.txt",
    text: "",
    files: new Map(Object.entries(files).map(([name, f]) => [name, Buffer.isBuffer(f) ? exportFile(name, f) : f])),
  };
}

/** A chat with one message per attachment. */
function chatWith(id: string, attachments: readonly Attachment[]): Chat {
  return {
    id,
    title: "Family",
    platform: "ios",
    sources: [SOURCE],
    participants: ["Alice"],
    messages: attachments.map((a, i) => ({
      id: i + 1, timestamp: "2023-01-15T09:04:31", author: "Alice", text: "", attachments: [a],
      system: false, deleted: false, edited: false, mediaOmitted: false, line: i + 1,
    })),
  };
}

const image = (fileName: string): Attachment => ({ fileName, kind: "image", present: true });

/** Every file under `dir`, as "/"-separated relative paths, sorted. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split("\\").join("/")).sort();
}

let images: Record<string, Buffer>;

beforeAll(async () => {
  const jpeg = await noise(300, 200).jpeg().toBuffer();
  images = {
    // Stored 1200×800 and marked "rotate 90°", as phones write portrait photos.
    rotated: await sharp({ create: { width: 1200, height: 800, channels: 3, background: "red" } }).jpeg().withMetadata({ orientation: 6 }).toBuffer(),
    gps: await sharp({ create: { width: 640, height: 480, channels: 3, background: "blue" } }).jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: "S", GPSLatitude: "33/1 55/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "18/1 25/1 0/1" } }).toBuffer(),
    png: await sharp({ create: { width: 640, height: 480, channels: 4, background: "#0f08" } }).png().toBuffer(),
    small: await sharp({ create: { width: 100, height: 50, channels: 3, background: "green" } }).png().toBuffer(),
    sticker: await sharp({ create: { width: 512, height: 512, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).webp().toBuffer(),
    truncated: jpeg.subarray(0, Math.floor(jpeg.length * 0.6)),
    giant: await giantPng(100_000),
    heic: Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic\0\0\0\0mif1heic"), Buffer.alloc(64)]),
  };
});

let dir: string;
let out: string;
let options: MediaOptions;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "chat-archive-media-"));
  out = join(dir, "out");
  options = { cacheDir: join(dir, "cache"), concurrency: 4 };
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(
  chats: { chat: Chat; source: ExportSource }[], to = out, opts = options,
): Promise<MediaResult & { warnings: string[] }> {
  const warnings = new Warnings();
  // Entries of one chat id are one merged chat with several exports.
  const merged = new Map<string, { chat: Chat; exports: ExportSource[] }>();
  for (const { chat, source } of chats) {
    const known = merged.get(chat.id);
    if (known) known.exports.push(source);
    else merged.set(chat.id, { chat, exports: [source] });
  }
  const result = await processMedia([...merged.values()], to, opts, stageContext(warnings));
  return { ...result, warnings: warnings.list.map((w) => `${w.file}: ${language("en").warning(w)}`) };
}

describe("processMedia", () => {
  it("copies each present file once, byte for byte, under a safe name inside media/<chat>/", async () => {
    const video = Buffer.from("not really an mp4");
    const files = { "..evil.jpg": images.small!, "a?b #1 100%.png": images.png!, "Ünïcødé 写真.png": images.small!, "VID-1.mp4": video, "CON.pdf": video };
    const chat = chatWith("family", [
      image("..evil.jpg"), image("a?b #1 100%.png"), image("Ünïcødé 写真.png"), image("..evil.jpg"),
      { fileName: "VID-1.mp4", kind: "video", present: true },
      { fileName: "VID-1.mp4", kind: "video", present: true },
      { fileName: "CON.pdf", kind: "document", present: true },
      { fileName: "gone.jpg", kind: "image", present: false },
      { fileName: "listed-but-absent.jpg", kind: "image", present: true },
    ]);
    const { index, warnings } = await run([{ chat, source: exportSource(files) }]);
    expect(warnings).toEqual([`${SOURCE}: VID-1.mp4: not a readable video (Invalid data found when processing input); shown as a placeholder`]);
    expect(await readdir(dir)).toEqual(["cache", "out"]);
    expect(await tree(out)).toEqual([
      "media/family/_CON.pdf", "media/family/__evil.jpg", "media/family/a_b #1 100%.png", "media/family/VID-1.mp4", "media/family/Ünïcødé 写真.png",
      "thumbs/family/__evil.jpg.webp", "thumbs/family/a_b #1 100%.png.webp", "thumbs/family/Ünïcødé 写真.png.webp",
    ].sort());
    const family = index.get("family")!;
    expect([...family.keys()]).toEqual(["..evil.jpg", "a?b #1 100%.png", "Ünïcødé 写真.png", "VID-1.mp4", "CON.pdf"]);
    for (const [name, bytes] of Object.entries(files)) {
      const file = family.get(name)!;
      expect(file.bytes).toBe(bytes.length);
      expect(await readFile(join(out, file.original))).toEqual(bytes);
    }
    expect(family.get("VID-1.mp4")).toEqual({
      original: "media/family/VID-1.mp4", bytes: video.length, broken: { code: "videoUnreadable", values: { error: "Invalid data found when processing input" } },
    });
  });

  it("makes upright WebP thumbnails at most thumbnailWidth wide, never enlarged, with no metadata", async () => {
    const chat = chatWith("c", [image("rotated.jpg"), image("gps.jpg"), image("small.png"), { fileName: "sticker.webp", kind: "sticker", present: true }]);
    const source = exportSource({ "rotated.jpg": images.rotated!, "gps.jpg": images.gps!, "small.png": images.small!, "sticker.webp": images.sticker! });
    const { index, warnings, thumbnailsMade } = await run([{ chat, source }]);
    expect(warnings).toEqual([]);
    expect(thumbnailsMade).toBe(4);
    const files = index.get("c")!;
    expect(files.get("rotated.jpg")?.image).toEqual({ width: 800, height: 1200, thumb: "thumbs/c/rotated.jpg.webp", thumbWidth: 480, thumbHeight: 720 });
    expect(files.get("small.png")?.image).toEqual({ width: 100, height: 50, thumb: "thumbs/c/small.png.webp", thumbWidth: 100, thumbHeight: 50 });
    expect(files.get("sticker.webp")?.image).toMatchObject({ width: 512, height: 512, thumbWidth: 480, thumbHeight: 480 });
    for (const file of files.values()) {
      const meta = await sharp(join(out, file.image!.thumb)).metadata();
      expect(meta).toMatchObject({ format: "webp", width: file.image!.thumbWidth, height: file.image!.thumbHeight });
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
    // The original keeps its EXIF (it is copied exactly); only the thumbnail drops the location.
    expect((await sharp(images.gps).metadata()).exif).toBeDefined();
    expect(await readFile(join(out, files.get("gps.jpg")!.original))).toEqual(images.gps);
  });

  it("shows corrupt, empty, giant and HEIC images as placeholders with one warning each, and still copies them", async () => {
    const bad = { "cut.jpg": images.truncated!, "empty.jpg": Buffer.alloc(0), "giant.png": images.giant!, "IMG_0001.HEIC": images.heic!, "text.jpg": Buffer.from("hello") };
    const chat = chatWith("c", Object.keys(bad).map(image));
    const { index, warnings } = await run([{ chat, source: exportSource(bad) }]);
    expect(warnings).toEqual([
      // libvips words a cut-off JPEG differently from run to run (its decoder threads race).
      expect.stringMatching(/^WhatsApp Chat - Family\.zip: cut\.jpg: not a readable image \(.+\); shown as a placeholder$/),
      `${SOURCE}: empty.jpg: not a readable image (the file is empty); shown as a placeholder`,
      `${SOURCE}: giant.png: not a readable image (100,000 × 100,000 pixels is over the limit of 100 megapixels); shown as a placeholder`,
      `${SOURCE}: IMG_0001.HEIC: not a readable image (HEIC photos are not supported); shown as a placeholder`,
      `${SOURCE}: text.jpg: not a readable image (unknown format); shown as a placeholder`,
    ]);
    for (const [name, bytes] of Object.entries(bad)) {
      const file = index.get("c")!.get(name)!;
      expect(file.image).toBeUndefined();
      expect(language("en").warning(file.broken!)).toMatch(/^not a readable image \(.+\)$/);
      expect(await readFile(join(out, file.original))).toEqual(bytes);
    }
    expect((await tree(out)).filter((path) => path.startsWith("thumbs/"))).toEqual([]);
  });

  it("makes the thumbnail of an image too big to hold from its copy, and caches it by content like the others", async () => {
    // Uncompressed, 3000 × 3000 RGBA is some 34 MiB: over what the media stage keeps in memory.
    const big = await sharp({ create: { width: 3000, height: 3000, channels: 4, background: "purple" } }).png({ compressionLevel: 0 }).toBuffer();
    expect(big.length).toBeGreaterThan(32 * 1024 * 1024);
    const chats = [{ chat: chatWith("c", [image("big.png")]), source: exportSource({ "big.png": big }) }];
    const first = await run(chats);
    expect(first.warnings).toEqual([]);
    expect(first.index.get("c")!.get("big.png")?.image).toMatchObject({ width: 3000, height: 3000, thumbWidth: 480, thumbHeight: 480 });
    // Compared by Buffer.equals: a failing toEqual would print 34 MiB.
    expect(big.equals(await readFile(join(out, "media", "c", "big.png")))).toBe(true);
    const again = await run(chats, join(dir, "again"));
    expect([again.thumbnailsMade, again.thumbnailsReused]).toEqual([0, 1]);
  });

  it("reads a contact card's name and number; other kinds are copied only", async () => {
    const vcf = Buffer.from("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smith;Alice;;;\r\nFN:Alice Smith\r\nTEL;type=CELL;waid=27821234567:+27 82 123 4567\r\nEND:VCARD\r\n");
    const doc = Buffer.from("%PDF-1.4");
    const chat = chatWith("c", [
      { fileName: "Alice Smith.vcf", kind: "contact", present: true },
      { fileName: "report.pdf", kind: "document", present: true },
      { fileName: "PTT-1.opus", kind: "voice", present: true },
    ]);
    const { index } = await run([{ chat, source: exportSource({ "Alice Smith.vcf": vcf, "report.pdf": doc, "PTT-1.opus": doc }) }]);
    expect(Object.fromEntries(index.get("c")!)).toEqual({
      "Alice Smith.vcf": { original: "media/c/Alice Smith.vcf", bytes: vcf.length, contact: { name: "Alice Smith", phone: "+27 82 123 4567" } },
      "report.pdf": { original: "media/c/report.pdf", bytes: doc.length },
      "PTT-1.opus": { original: "media/c/PTT-1.opus", bytes: doc.length },
    });
  });

  it("leaves out a file the export cannot read, with a warning that names it once", async () => {
    const unreadable = failingFile("big.mp4", new WarningError({ code: "grewPast", values: { file: "big.mp4", limit: { bytes: 2 * 1024 ** 3 } } }, SOURCE));
    const failing = failingFile("io.mp4", new Error("EIO: i/o error, read\nat …"));
    const chat = chatWith("c", [{ fileName: "big.mp4", kind: "video", present: true }, { fileName: "io.mp4", kind: "video", present: true }, image("ok.png")]);
    const { index, warnings } = await run([{ chat, source: exportSource({ "big.mp4": unreadable, "io.mp4": failing, "ok.png": images.small! }) }]);
    expect(warnings).toEqual([
      `${SOURCE}: big.mp4: cannot be read; it grew past the 2 GiB a file may hold; shown as missing`,
      `${SOURCE}: io.mp4: cannot be read (EIO: i/o error, read); shown as missing`,
    ]);
    expect([...index.get("c")!.keys()]).toEqual(["ok.png"]);
  });

  it("takes a merged chat's files from whichever of its exports has them", async () => {
    const chat = chatWith("c", [image("one.png"), image("two.png")]);
    const { index, warnings } = await run([
      { chat, source: exportSource({ "one.png": images.small! }, "first.zip") },
      { chat, source: exportSource({ "one.png": images.png!, "two.png": images.png! }, "second.zip") },
    ]);
    expect(warnings).toEqual([]);
    expect(await readFile(join(out, index.get("c")!.get("one.png")!.original))).toEqual(images.small);
    expect(index.get("c")!.get("two.png")?.original).toBe("media/c/two.png");
  });

  it("reuses cached thumbnails on a second run, making none, unless told not to", async () => {
    const files = { "rotated.jpg": images.rotated!, "png.png": images.png!, "cut.jpg": images.truncated! };
    const chats = [{ chat: chatWith("c", Object.keys(files).map(image)), source: exportSource(files) }];
    const first = await run(chats);
    expect([first.thumbnailsMade, first.thumbnailsReused]).toEqual([3, 0]);

    const again = join(dir, "again");
    const second = await run(chats, again);
    expect([second.thumbnailsMade, second.thumbnailsReused]).toEqual([0, 3]);
    expect(second.index).toEqual(first.index);
    expect(second.warnings).toEqual(first.warnings);
    expect(await tree(again)).toEqual(await tree(out));
    for (const path of await tree(out)) expect(await readFile(join(again, path))).toEqual(await readFile(join(out, path)));

    const cache = await tree(join(dir, "cache"));
    const uncached = await run(chats, join(dir, "uncached"), { ...options, cacheDir: undefined });
    expect([uncached.thumbnailsMade, uncached.thumbnailsReused]).toEqual([3, 0]);
    expect(await tree(join(dir, "cache"))).toEqual(cache);

    // A damaged entry is made again, and a changed width is a different thumbnail.
    await writeFile(join(dir, "cache", cache.find((p) => p.endsWith(".json"))!), "{not json");
    const repaired = await run(chats, join(dir, "repaired"));
    expect([repaired.thumbnailsMade, repaired.thumbnailsReused]).toEqual([1, 2]);
    const narrower = await run(chats, join(dir, "narrower"), { ...options, thumbnailWidth: 200 });
    expect([narrower.thumbnailsMade, narrower.thumbnailsReused]).toEqual([3, 0]);
    expect(narrower.index.get("c")!.get("png.png")?.image).toMatchObject({ thumbWidth: 200, thumbHeight: 150 });
  });

  it("goes on without the cache when it cannot be written, saying so once", async () => {
    const blocker = join(dir, "not-a-folder");
    await writeFile(blocker, "");
    const files = { "a.png": images.small!, "b.png": images.png! };
    const { index, warnings, thumbnailsMade } = await run(
      [{ chat: chatWith("c", Object.keys(files).map(image)), source: exportSource(files) }], out, { ...options, cacheDir: blocker },
    );
    expect(thumbnailsMade).toBe(2);
    expect(warnings).toEqual([`${blocker}: the thumbnail cache cannot be written (EEXIST); the next build will make thumbnails again`]);
    expect(index.get("c")!.get("b.png")?.image?.thumbWidth).toBe(480);
  });

  it("copies no more files at once than the concurrency allows, big ones too, streaming them rather than reading them whole", async () => {
    let running = 0;
    let most = 0;
    const streamed = (name: string, size: number): ExportFile => ({
      name,
      size,
      read: () => Promise.reject(new Error("read whole")),
      open: async () => {
        most = Math.max(most, ++running);
        return Readable.from((async function* () {
          try {
            await new Promise((resolve) => setImmediate(resolve));
            yield Buffer.from(name);
          } finally {
            running--;
          }
        })());
      },
    });
    const names = Array.from({ length: 15 }, (_, i) => `doc-${i}.bin`);
    const chat = chatWith("c", names.map((fileName) => ({ fileName, kind: "document", present: true })));
    const source = exportSource(Object.fromEntries(names.map((n, i) => [n, streamed(n, i % 5 ? 1 : 1024 ** 3)])));
    const { warnings } = await run([{ chat, source }], out, { ...options, concurrency: 3 });
    expect(warnings).toEqual([]);
    expect(most).toBe(3);
    expect(await readFile(join(out, "media", "c", "doc-5.bin"), "utf8")).toBe("doc-5.bin");
    expect((await tree(out)).length).toBe(15);
  });

  it("stops starting files when the output cannot be written, and fails once the running ones are done", async () => {
    const read: string[] = [];
    const names = Array.from({ length: 5 }, (_, i) => `doc-${i}.txt`);
    const files = Object.fromEntries(names.map((name) => [name, { ...exportFile(name, Buffer.from(name)), open: async () => (read.push(name), Readable.from([Buffer.from(name)])) }]));
    const chat = chatWith("c", names.map((fileName) => ({ fileName, kind: "document", present: true })));
    await mkdir(join(out, "media", "c"), { recursive: true });
    await writeFile(join(out, "media", "c", "doc-1.txt"), "in the way");
    await expect(run([{ chat, source: exportSource(files) }], out, { ...options, concurrency: 1 })).rejects.toMatchObject({ code: "EEXIST" });
    expect(read).toEqual(["doc-0.txt", "doc-1.txt"]);
    // The file in the way was not the build's: it is neither overwritten nor removed.
    expect(await readFile(join(out, "media", "c", "doc-1.txt"), "utf8")).toBe("in the way");
  });

  it("refuses a chat id that would write outside its folder, and a concurrency below 1", async () => {
    const source = exportSource({ "a.png": images.small! });
    await expect(run([{ chat: chatWith("..", [image("a.png")]), source }])).rejects.toThrow(/refusing to write outside/);
    await expect(run([{ chat: chatWith("c", [image("a.png")]), source }], out, { ...options, concurrency: 0 })).rejects.toThrow(RangeError);
    expect((await stat(dir)).isDirectory()).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("processMedia with videos and voice notes", () => {
  let clips: Record<string, Buffer>;
  beforeAll(async () => {
    clips = {
      "VID-1.mp4": await makeVideo(3, 640, 360),
      "GIF-1.mp4": await makeVideo(1, 200, 200),
      "PTT-1.opus": await makeVoiceNote(2),
      "AUD-1.m4a": await makeVoiceNote(1),
      "VID-broken.mp4": Buffer.from("random bytes named .mp4"),
      "PTT-broken.opus": Buffer.from("random bytes named .opus"),
    };
  }, 60_000);

  const chat = (): Chat => chatWith("c", [
    { fileName: "VID-1.mp4", kind: "video", present: true },
    { fileName: "GIF-1.mp4", kind: "gif", present: true },
    { fileName: "PTT-1.opus", kind: "voice", present: true },
    { fileName: "AUD-1.m4a", kind: "audio", present: true },
    { fileName: "VID-broken.mp4", kind: "video", present: true },
    { fileName: "PTT-broken.opus", kind: "voice", present: true },
  ]);

  /** An ffmpeg that counts its runs in `runs` before doing the real one's work: what the test watches. */
  async function countingFfmpeg(): Promise<{ path: string; runs: () => Promise<number> }> {
    const path = join(dir, "ffmpeg");
    const log = join(dir, "runs");
    await writeFile(log, "");
    await writeFile(path, `#!/bin/sh\necho run >> '${log}'\nexec '${ffmpegPath()}' "$@"\n`);
    await chmod(path, 0o755);
    return { path, runs: async () => (await readFile(log, "utf8")).split("\n").filter(Boolean).length };
  }

  it("gives videos and GIFs a poster and length, voice notes and audio a length, and unreadable ones a warning each", async () => {
    const { index, warnings, clipsMade, clipsReused } = await run([{ chat: chat(), source: exportSource(clips) }]);
    const c = index.get("c")!;
    expect(c.get("VID-1.mp4")).toEqual({
      original: "media/c/VID-1.mp4", bytes: clips["VID-1.mp4"]!.length, duration: expect.closeTo(3, 1),
      poster: { width: 640, height: 360, thumbWidth: 480, thumbHeight: 270, thumb: "thumbs/c/VID-1.mp4.webp" },
    });
    expect(c.get("GIF-1.mp4")?.poster).toMatchObject({ width: 200, thumbWidth: 200 });
    expect(c.get("PTT-1.opus")).toEqual({ original: "media/c/PTT-1.opus", bytes: clips["PTT-1.opus"]!.length, duration: expect.closeTo(2, 1) });
    expect(c.get("AUD-1.m4a")?.duration).toBeCloseTo(1, 1);
    expect(c.get("VID-broken.mp4")?.broken).toEqual({ code: "videoUnreadable", values: { error: "Invalid data found when processing input" } });
    // A voice note ffmpeg cannot read keeps its player, for a browser that may play it.
    expect(c.get("PTT-broken.opus")).toEqual({ original: "media/c/PTT-broken.opus", bytes: clips["PTT-broken.opus"]!.length });
    expect(warnings).toEqual([
      `${SOURCE}: VID-broken.mp4: not a readable video (Invalid data found when processing input); shown as a placeholder`,
      `${SOURCE}: PTT-broken.opus: not a readable sound file (Invalid data found when processing input); shown with its player but without its length`,
    ]);
    expect(await sharp(await readFile(join(out, "thumbs/c/VID-1.mp4.webp"))).metadata()).toMatchObject({ format: "webp", width: 480, height: 270 });
    expect([clipsMade, clipsReused]).toEqual([6, 0]);
  });

  it("runs no ffmpeg at all on a second build with nothing changed, and gives the same index and files", async () => {
    const ffmpeg = await countingFfmpeg();
    const opts = { ...options, ffmpeg: ffmpeg.path };
    const first = await run([{ chat: chat(), source: exportSource(clips) }], out, opts);
    // Two runs for each video (its length, then its frame), one for each voice note and each unreadable file.
    expect(await ffmpeg.runs()).toBe(2 + 2 + 1 + 1 + 1 + 1);
    const again = join(dir, "again");
    const second = await run([{ chat: chat(), source: exportSource(clips) }], again, opts);
    expect(await ffmpeg.runs()).toBe(8);
    expect([second.clipsMade, second.clipsReused]).toEqual([0, 6]);
    expect(second.index).toEqual(first.index);
    expect(second.warnings).toEqual(first.warnings);
    expect(await readFile(join(again, "thumbs/c/VID-1.mp4.webp"))).toEqual(await readFile(join(out, "thumbs/c/VID-1.mp4.webp")));

    // Another poster width is another entry for each video, the unreadable one too; voice notes keep theirs.
    const narrower = await run([{ chat: chat(), source: exportSource(clips) }], join(dir, "narrower"), { ...opts, thumbnailWidth: 200 });
    expect([narrower.clipsMade, narrower.clipsReused]).toEqual([3, 3]);
    // Other content under the same name is read again, and only it.
    const changed = await run([{ chat: chat(), source: exportSource({ ...clips, "PTT-1.opus": clips["GIF-1.mp4"]! }) }], join(dir, "changed"), opts);
    expect([changed.clipsMade, changed.clipsReused]).toEqual([1, 5]);
    expect(changed.index.get("c")!.get("PTT-1.opus")?.duration).toBeCloseTo(1, 1);
  });

  it("runs no more ffmpegs at once than the media stage's concurrency", async () => {
    // Each run notes its start and end in one log, so the log tells how many ran at the same time.
    const log = join(dir, "log");
    const path = join(dir, "ffmpeg");
    await writeFile(path, `#!/bin/sh\necho start >> '${log}'\n'${ffmpegPath()}' "$@"\nstatus=$?\necho end >> '${log}'\nexit $status\n`);
    await chmod(path, 0o755);
    const many = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`VID-${i}.mp4`, clips["VID-1.mp4"]!]));
    const videos = chatWith("c", Object.keys(many).map((fileName) => ({ fileName, kind: "video", present: true })));
    const { clipsMade } = await run([{ chat: videos, source: exportSource(many) }], out, { concurrency: 2, ffmpeg: path });
    expect(clipsMade).toBe(6);
    let running = 0;
    let most = 0;
    for (const line of (await readFile(log, "utf8")).split("\n").filter(Boolean)) {
      running += line === "start" ? 1 : -1;
      most = Math.max(most, running);
    }
    expect(most).toBeLessThanOrEqual(2);
  });

  it("says once for the build that ffmpeg cannot be run, and shows videos without poster or length", async () => {
    const missing = join(dir, "no-such-ffmpeg");
    const { index, warnings, clipsMade } = await run([{ chat: chat(), source: exportSource(clips) }], out, { ...options, ffmpeg: missing });
    expect(warnings).toEqual([`${missing}: ffmpeg cannot be run (ENOENT); videos are shown without a poster frame and videos and voice messages without their length`]);
    expect(index.get("c")!.get("VID-1.mp4")).toEqual({ original: "media/c/VID-1.mp4", bytes: clips["VID-1.mp4"]!.length });
    expect(index.get("c")!.get("VID-broken.mp4")).toEqual({ original: "media/c/VID-broken.mp4", bytes: clips["VID-broken.mp4"]!.length });
    expect(clipsMade).toBe(0);
    expect(await readdir(join(out, "thumbs/c"))).toEqual([]);
  });
});
