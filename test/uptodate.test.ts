/**
 * Up-to-date builds (src/uptodate.ts) and the thumbnail cache across builds: a second build with the
 * same exports and options writes nothing, a new export makes thumbnails only for its own photos,
 * and a changed option or a touched output builds again.
 */
import { createHash } from "node:crypto";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive, type BuildOptions } from "../src/build.js";
import { Warnings } from "../src/model.js";
import { makeZip, snapshot } from "./ingest/fixtures.js";

const root = join(import.meta.dirname, "..");
let scratch: string;
let options: BuildOptions;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "chat-archive-incremental-"));
  cpSync(join(root, "content"), join(scratch, "in"), { recursive: true });
  options = { inputs: [join(scratch, "in")], output: join(scratch, "site"), pageSize: 25, cache: true, cacheDir: join(scratch, "cache") };
});

afterAll(() => rm(scratch, { recursive: true, force: true }));

async function build(overrides: Partial<BuildOptions> = {}) {
  const warnings = new Warnings();
  const result = await buildArchive({ ...options, ...overrides }, warnings);
  return { ...result, warnings: warnings.list };
}

describe("building again", () => {
  let first: Awaited<ReturnType<typeof build>>;

  it("makes every thumbnail the first time", async () => {
    first = await build();
    expect(first.upToDate).toBe(false);
    // The demo's thumbnails: the 12 photos and the sticker in the Hiking Club zip (one more photo is missing from it).
    expect(first.thumbnails.made).toBe(13);
    expect(first.thumbnails.reused).toBe(0);
    // And its video and voice note, read by ffmpeg.
    expect(first.clips).toEqual({ made: 2, reused: 0 });
  });

  it("writes nothing when nothing changed, and says what the archive holds and every warning again", async () => {
    const before = await snapshot(options.output);
    const again = await build();
    expect(again.upToDate).toBe(true);
    expect(again.thumbnails).toEqual({ made: 0, reused: 0 });
    expect(await snapshot(options.output)).toEqual(before);
    expect(again.clips).toEqual({ made: 0, reused: 0 });
    expect({ ...again, thumbnails: first.thumbnails, clips: first.clips, upToDate: false }).toEqual(first);
  });

  it("builds again over a record whose warnings an older version stored in words, not codes", async () => {
    const record = join(options.cacheDir!, "builds", `${createHash("sha256").update(options.output).digest("hex").slice(0, 32)}.json`);
    const stored = JSON.parse(readFileSync(record, "utf8")) as { warnings: { file: string; line?: number }[] };
    expect(stored.warnings.length).toBeGreaterThan(0);
    stored.warnings = stored.warnings.map(({ file, line }) => ({ file, line, message: "is named in the chat but missing from the export" }));
    writeFileSync(record, JSON.stringify(stored));
    const again = await build();
    expect(again.upToDate).toBe(false);
    expect(again.warnings).toEqual(first.warnings);
  });

  it("makes thumbnails only for the photos of an export added since", async () => {
    const photo = await sharp({ create: { width: 90, height: 60, channels: 3, background: "teal" } }).jpeg().toBuffer();
    const chat = "[20/03/2023, 10:00:00] Ann: \u200e<attached: 00000001-PHOTO-2023-03-20-10-00-00.jpg>\r\n";
    writeFileSync(join(scratch, "in", "WhatsApp Chat - Ann.zip"), await makeZip([{ name: "_chat.txt", data: chat }, { name: "00000001-PHOTO-2023-03-20-10-00-00.jpg", data: photo }]));
    const added = await build();
    expect(added.upToDate).toBe(false);
    expect(added.chats).toBe(first.chats + 1);
    expect(added.thumbnails).toEqual({ made: 1, reused: first.thumbnails.made });
  });

  it("builds again when an option changed, or the output was touched", async () => {
    expect((await build({ pageSize: 10 })).upToDate).toBe(false);
    expect((await build({ pageSize: 10 })).upToDate).toBe(true);
    rmSync(join(options.output, "chats", "ann", "index.html"));
    const repaired = await build({ pageSize: 10 });
    expect(repaired.upToDate).toBe(false);
    expect(repaired.thumbnails.made).toBe(0);
  });

  it("always builds, and makes every thumbnail, without the cache", async () => {
    const uncached = await build({ pageSize: 10, cache: false });
    expect(uncached.upToDate).toBe(false);
    expect(uncached.thumbnails.reused).toBe(0);
    expect(uncached.thumbnails.made).toBe(first.thumbnails.made + 1);
  });
});
