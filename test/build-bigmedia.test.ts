/**
 * Big media, streamed: a build over a zip with tens of MiB of files (random bytes, so sent as documents:
 * ffmpeg would rightly call them unreadable videos), stored and deflated, one of them in zip64 form,
 * copies each original byte for byte without reading it whole; an entry that turns out cut or damaged while it streams is one warning and leaves no file.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../src/build.js";
import { language } from "../src/i18n/index.js";
import { ingest } from "../src/ingest/index.js";
import { stageContext, Warnings, type Warning } from "../src/model.js";
import { damageData, declareSize, makeZip, tempDir, type ZipItem } from "./ingest/fixtures.js";

const MiB = 1024 * 1024;
const LRM = "\u200e";
const ZIP = "WhatsApp Chat - Big.zip";
const FILES = {
  stored: "00000001-DOCUMENT-stored.bin",
  deflated: "00000002-DOCUMENT-log.txt",
  zip64: "00000003-DOCUMENT-zip64.bin",
  photo: "00000004-PHOTO-photo.jpg",
  damaged: "00000005-DOCUMENT-damaged.txt",
  cut: "00000006-DOCUMENT-cut.bin",
  lying: "00000007-DOCUMENT-lying.txt",
};

/** Text that packs some ten to one, so that it is deflated in real blocks a damaged byte breaks. */
function logText(bytes: number): Buffer {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const line = `${i} ${(i * 7919) % 104729} frame ok\n`;
    lines.push(line);
    length += line.length;
  }
  return Buffer.from(lines.join(""));
}

const sha = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

let root: string;
let output: string;
let data: Record<keyof typeof FILES, Buffer>;
let warnings: Warning[];

beforeAll(async () => {
  root = await tempDir();
  data = {
    stored: randomBytes(48 * MiB),
    deflated: logText(40 * MiB),
    zip64: randomBytes(5 * MiB),
    photo: await sharp({ create: { width: 800, height: 600, channels: 3, background: "navy" } }).jpeg().toBuffer(),
    damaged: logText(30 * MiB),
    cut: randomBytes(3 * MiB),
    lying: logText(20 * MiB),
  };
  const chat = Object.values(FILES)
    .map((name, i) => `[15/01/2023, 09:${String(10 + i).padStart(2, "0")}:00] Ann: ${LRM}<attached: ${name}>\r\n`)
    .join("");
  const items: ZipItem[] = [
    { name: "_chat.txt", data: chat },
    { name: FILES.stored, data: data.stored, compress: false },
    { name: FILES.deflated, data: data.deflated, compress: true },
    { name: FILES.photo, data: data.photo },
    { name: FILES.damaged, data: data.damaged, compress: true },
    { name: FILES.cut, data: data.cut, compress: false },
    { name: FILES.zip64, data: data.zip64, compress: false, zip64: true },
    { name: FILES.lying, data: data.lying, compress: true },
  ];
  let zip = await makeZip(items);
  // Junk a third of the way into the packed data: the copy has written part of the file by then.
  zip = damageData(zip, FILES.damaged, 4 * MiB);
  // The zip says the entry holds a byte more than it does, as a download cut short inside it would.
  zip = declareSize(zip, FILES.cut, data.cut.length + 1);
  // And that this one holds half what it does: the copy stops halfway through, when it unpacks more.
  zip = declareSize(zip, FILES.lying, 10 * MiB);
  const inputs = join(root, "exports");
  output = join(root, "site");
  await mkdir(inputs);
  await writeFile(join(inputs, ZIP), zip);
  const collected = new Warnings();
  await buildArchive({ inputs: [inputs], output, pageSize: 500, cache: false }, collected);
  warnings = collected.list;
}, 180_000);

afterAll(() => rm(root, { recursive: true, force: true }));

/** Where the build put the export's file of that name, if anywhere. */
function original(name: string): string | undefined {
  const media = join(output, "media");
  for (const chat of readdirSync(media)) if (existsSync(join(media, chat, name))) return join(media, chat, name);
  return undefined;
}

describe("a build over an export of big media", () => {
  it("copies stored, deflated and zip64 originals byte for byte", async () => {
    for (const key of ["stored", "deflated", "zip64", "photo"] as const) {
      const path = original(FILES[key]);
      expect(path, key).toBeDefined();
      expect(sha(await readFile(path!)), key).toBe(sha(data[key]));
    }
    expect(readdirSync(join(output, "thumbs", readdirSync(join(output, "thumbs"))[0]!))).toEqual([`${FILES.photo}.webp`]);
  });

  it("says an entry found damaged, cut or lying while streaming is shown as missing, and leaves no part of it", () => {
    const lines = warnings.map((w) => `${w.file}: ${language("en").warning(w)}`);
    expect(lines).toEqual([
      `${ZIP}: ${FILES.damaged}: cannot be read; it ends after 31,457,298 of its 31,457,299 bytes, so the zip is damaged; shown as missing`,
      `${ZIP}: ${FILES.cut}: cannot be read; it ends after 3,145,728 of its 3,145,729 bytes, so the zip is damaged; shown as missing`,
      `${ZIP}: ${FILES.lying}: cannot be read; it unpacks to more than the 10 MiB the zip declares, so it may be a zip bomb; shown as missing`,
    ]);
    const written = readdirSync(output, { recursive: true }).map(String);
    expect(written.filter((p) => /damaged|cut\.bin|lying/.test(p))).toEqual([]);
  });

  it("gives a big entry's bytes in pieces of at most 1 MiB, never whole", async () => {
    const [source] = await ingest([join(root, "exports", ZIP)], {}, stageContext(new Warnings()));
    const chunks: Buffer[] = [];
    for await (const chunk of await source!.files.get(FILES.stored)!.open()) chunks.push(chunk as Buffer);
    expect(sha(Buffer.concat(chunks))).toBe(sha(data.stored));
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(MiB);
  });
});
