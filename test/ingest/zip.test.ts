/** Hostile and broken zips: each is refused or trimmed with a warning naming the zip and the entry. */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest, type IngestOptions } from "../../src/ingest/index.js";
import { language } from "../../src/i18n/index.js";
import { stageContext, UserError, Warnings, type ExportSource } from "../../src/model.js";
import {
  damageData,
  declareSize,
  makeZip,
  markEncrypted,
  renameEntry,
  setMethod,
  snapshot,
  tempDir,
  writeTree,
  type ZipItem,
} from "./fixtures.js";

const IOS = "[1/15/23, 09:04:31] Alice: hello\r\n";
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
const MiB = 1024 * 1024;

let root: string;

beforeAll(async () => {
  root = await tempDir();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Writes the zip as `name`, ingests it and checks that nothing was written. */
async function ingestZip(
  name: string,
  zip: Buffer | Promise<Buffer>,
  options: IngestOptions = {},
): Promise<{ sources: ExportSource[]; warnings: string[] }> {
  await writeTree(root, { [name]: await zip });
  const before = await snapshot(root);
  const warnings = new Warnings();
  const sources = await ingest([join(root, name)], options, stageContext(warnings));
  expect(await snapshot(root)).toEqual(before);
  return { sources, warnings: warnings.list.map((w) => `${w.file}: ${language("en").warning(w)}`) };
}

const chatZip = (...items: ZipItem[]): Promise<Buffer> => makeZip([{ name: "_chat.txt", data: IOS }, ...items]);
const fileNames = (sources: ExportSource[]): string[] => [...(sources[0]?.files.keys() ?? [])].sort();

async function readError(source: ExportSource | undefined, name: string): Promise<unknown> {
  const file = source?.files.get(name);
  expect(file).toBeDefined();
  return file?.read().then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("zip entries that could escape or mislead", () => {
  it("skips names with .. segments, absolute paths and drive letters, also written with backslashes", async () => {
    const hostile = ["../../../../evil.txt", "x\\..\\..\\..\\e2.jpg", "/abs.txt", "C:\\x.txt", "a\\b\\IMG-1.jpg"];
    // yazl refuses these names, so each entry is made under a stand-in of the same length, then renamed.
    const standIn = (name: string, i: number): string => String(i).repeat(name.length);
    let zip = await chatZip(...hostile.map((name, i) => ({ name: standIn(name, i), data: name.endsWith(".jpg") ? PHOTO : "x" })));
    hostile.forEach((name, i) => {
      zip = renameEntry(zip, standIn(name, i), name);
    });
    const { sources, warnings } = await ingestZip("Family.zip", zip);
    expect(fileNames(sources)).toEqual(["IMG-1.jpg"]);
    expect(await sources[0]?.files.get("IMG-1.jpg")?.read()).toEqual(PHOTO);
    expect(warnings).toEqual([
      "Family.zip: ../../../../evil.txt: skipped; its name points outside the export",
      "Family.zip: x\\..\\..\\..\\e2.jpg: skipped; its name points outside the export",
      "Family.zip: /abs.txt: skipped; its name points outside the export",
      "Family.zip: C:\\x.txt: skipped; its name points outside the export",
    ]);
  });

  it("skips names with control characters", async () => {
    const zip = renameEntry(await chatZip({ name: "IMG_1.jpg", data: PHOTO }), "IMG_1.jpg", "IMG\n1.jpg");
    const { sources, warnings } = await ingestZip("control.zip", zip);
    expect(fileNames(sources)).toEqual([]);
    expect(warnings).toEqual(['control.zip: "IMG\\n1.jpg": skipped; its name holds control characters']);
  });

  it("skips symbolic links", async () => {
    const { sources, warnings } = await ingestZip(
      "links.zip",
      chatZip({ name: "IMG-1.jpg", data: "/etc/passwd", mode: 0o120777 }, { name: "IMG-2.jpg", data: PHOTO }),
    );
    expect(fileNames(sources)).toEqual(["IMG-2.jpg"]);
    expect(warnings).toEqual(["links.zip: IMG-1.jpg: skipped; it is a symbolic link"]);
  });

  it("keeps the first of two entries with the same base name", async () => {
    const { sources, warnings } = await ingestZip(
      "dupes.zip",
      chatZip({ name: "a/IMG-1.jpg", data: PHOTO }, { name: "b/IMG-1.jpg", data: "other" }),
    );
    expect(await sources[0]?.files.get("IMG-1.jpg")?.read()).toEqual(PHOTO);
    expect(warnings).toEqual(["dupes.zip: b/IMG-1.jpg: skipped; an earlier file in the zip has the same name, IMG-1.jpg"]);
  });

  it("skips encrypted media", async () => {
    const zip = markEncrypted(await chatZip({ name: "IMG-1.jpg", data: PHOTO }), "IMG-1.jpg");
    const { sources, warnings } = await ingestZip("locked-media.zip", zip);
    expect(fileNames(sources)).toEqual([]);
    expect(warnings).toEqual(["locked-media.zip: IMG-1.jpg: skipped; it is encrypted (the zip has a password)"]);
  });

  it("fails the export when its chat text is encrypted", async () => {
    const zip = markEncrypted(await chatZip({ name: "IMG-1.jpg", data: PHOTO }), "_chat.txt");
    const { sources, warnings } = await ingestZip("locked.zip", zip);
    expect(sources).toEqual([]);
    expect(warnings).toEqual([
      "locked.zip: the chat text _chat.txt cannot be read: it is encrypted (the zip has a password)",
    ]);
  });

  it("skips entries compressed with a method it cannot unpack", async () => {
    const zip = setMethod(await chatZip({ name: "IMG-1.jpg", data: PHOTO }), "IMG-1.jpg", 12);
    const { warnings } = await ingestZip("bzip2.zip", zip);
    expect(warnings).toEqual(["bzip2.zip: IMG-1.jpg: skipped; it is compressed with method 12, which is not supported"]);
  });
});

describe("broken zips", () => {
  it("fails only the export whose zip is cut short", async () => {
    const whole = await chatZip({ name: "IMG-1.jpg", data: PHOTO });
    await writeTree(root, {
      "cut/WhatsApp Chat - Cut.zip": whole.subarray(0, Math.floor(whole.length / 2)),
      "cut/WhatsApp Chat - Whole.zip": whole,
      "cut/WhatsApp Chat - Text.zip": IOS,
    });
    const warnings = new Warnings();
    const sources = await ingest([join(root, "cut")], {}, stageContext(warnings));
    expect(sources.map((s) => s.title)).toEqual(["Whole"]);
    expect(warnings.list).toEqual([{ file: "WhatsApp Chat - Cut.zip", code: "zipCut" }, { file: "WhatsApp Chat - Text.zip", code: "zipCut" }]);
    expect(language("en").warning(warnings.list[0]!)).toBe("not a readable zip file (its table of contents is missing; the file may be cut short)");
  });

  it("refuses to read damaged media, naming the zip and the entry", async () => {
    const zip = damageData(await chatZip({ name: "IMG-1.jpg", data: Buffer.alloc(4096, 7) }), "IMG-1.jpg");
    const { sources, warnings } = await ingestZip("damaged.zip", zip);
    expect(warnings).toEqual([]);
    const error = await readError(sources[0], "IMG-1.jpg");
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^damaged\.zip: IMG-1\.jpg: cannot be read \(.+\), so the zip is damaged$/);
  });

  it("fails the export when its chat text is damaged", async () => {
    const zip = damageData(await makeZip([{ name: "_chat.txt", data: IOS.repeat(50) }]), "_chat.txt");
    const { sources, warnings } = await ingestZip("damaged-chat.zip", zip);
    expect(sources).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^damaged-chat\.zip: _chat\.txt: cannot be read \(.+\), so the zip is damaged$/)]);
  });
});

describe("zip bombs", () => {
  const zeros = (bytes: number): ZipItem => ({ name: "zeros.bin", data: Buffer.alloc(bytes) });

  it("skips an entry larger than a file may be, or packed too tightly, without unpacking it", async () => {
    const { sources, warnings } = await ingestZip("bomb.zip", chatZip(zeros(50 * MiB)), { maxEntryBytes: 10 * MiB });
    expect(fileNames(sources)).toEqual([]);
    expect(warnings).toEqual(["bomb.zip: zeros.bin: skipped; it is 50 MiB, more than the 10 MiB a file may hold"]);

    // Deflate packs zeros about 1030 to 1, past the default limit of 1000.
    const byDefault = new Warnings();
    expect(fileNames(await ingest([join(root, "bomb.zip")], {}, stageContext(byDefault)))).toEqual([]);
    expect(byDefault.list.map((w) => language("en").warning(w))).toEqual([
      expect.stringMatching(/^zeros\.bin: skipped; it would unpack from [\d.]+ KiB to 50 MiB, [\d,]+ times larger, more than the 1,000 times allowed/),
    ]);
  });

  it("skips an entry that unpacks far larger than it is packed", async () => {
    const { sources, warnings } = await ingestZip("ratio.zip", chatZip(zeros(2 * MiB)), { maxRatio: 100 });
    expect(fileNames(sources)).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^ratio\.zip: zeros\.bin: skipped; it would unpack from [\d.]+ KiB to 2 MiB, [\d,]+ times larger, more than the 100 times allowed; refusing it as a possible zip bomb$/,
      ),
    ]);
  });

  it("lets small files compress as well as they like", async () => {
    const { sources, warnings } = await ingestZip("small.zip", chatZip(zeros(MiB)), { maxRatio: 2 });
    expect(warnings).toEqual([]);
    expect((await sources[0]?.files.get("zeros.bin")?.read())?.length).toBe(MiB);
  });

  it("refuses an export whose files add up to more than an export may hold", async () => {
    const zip = chatZip({ name: "a.bin", data: Buffer.alloc(600_000) }, { name: "b.bin", data: Buffer.alloc(600_000) });
    const { sources, warnings } = await ingestZip("total.zip", zip, { maxTotalBytes: MiB });
    expect(sources).toEqual([]);
    expect(warnings).toEqual([
      "total.zip: its files would take 1.1 MiB unpacked, more than the 1 MiB an export may hold; refusing it as a possible zip bomb",
    ]);
  });

  it("stops reading an entry that unpacks to more than the zip declares", async () => {
    const zip = declareSize(await chatZip(zeros(100_000)), "zeros.bin", 1000);
    const { sources, warnings } = await ingestZip("liar.zip", zip);
    expect(warnings).toEqual([]);
    expect(sources[0]?.files.get("zeros.bin")?.size).toBe(1000);
    const error = await readError(sources[0], "zeros.bin");
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      "liar.zip: zeros.bin: cannot be read; it unpacks to more than the 1,000 bytes the zip declares, so it may be a zip bomb",
    );
  });

  it("fails the export when its chat text unpacks to more than declared", async () => {
    const zip = declareSize(await makeZip([{ name: "_chat.txt", data: IOS.repeat(1000) }]), "_chat.txt", 10);
    const { warnings } = await ingestZip("liar-chat.zip", zip);
    expect(warnings).toEqual([
      "liar-chat.zip: _chat.txt: cannot be read; it unpacks to more than the 10 bytes the zip declares, so it may be a zip bomb",
    ]);
  });

  it("refuses an entry that unpacks to less than declared", async () => {
    const zip = declareSize(await chatZip({ name: "IMG-1.jpg", data: PHOTO }), "IMG-1.jpg", 100);
    const { sources } = await ingestZip("short.zip", zip);
    const error = await readError(sources[0], "IMG-1.jpg");
    expect((error as Error).message).toBe(
      "short.zip: IMG-1.jpg: cannot be read; it ends after 8 of its 100 bytes, so the zip is damaged",
    );
  });
});
