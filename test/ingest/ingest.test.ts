import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.js";
import { language } from "../../src/i18n/index.js";
import { stageContext, Warnings, type ExportSource } from "../../src/model.js";
import { makeZip, snapshot, tempDir, writeTree } from "./fixtures.js";

const IOS = "[1/15/23, 09:04:31] Alice: hello\r\n[1/15/23, 09:05:00] Bob: \u200e<attached: 00000012-PHOTO-2023-01-15-09-05-00.jpg>\r\n";
const ANDROID = "15/01/2023, 09:04 - Messages and calls are end-to-end encrypted.\n15/01/2023, 09:05 - Alice: IMG-20230115-WA0001.jpg (file attached)\n";
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

let root: string;

beforeAll(async () => {
  root = await tempDir();
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs ingest on paths under `root` and checks that it wrote nothing there. */
async function run(paths: string[], options = {}): Promise<{ sources: ExportSource[]; warnings: string[] }> {
  const before = await snapshot(root);
  const warnings = new Warnings();
  const sources = await ingest(
    paths.map((p) => join(root, p)),
    options,
    stageContext(warnings),
  );
  expect(await snapshot(root)).toEqual(before);
  return { sources, warnings: warnings.list.map((w) => `${w.file}: ${language("en").warning(w)}`) };
}

const names = (source: ExportSource): string[] => [...source.files.keys()].sort();

function caseSensitiveTemp(): boolean {
  const dir = mkdtempSync(join(tmpdir(), "chat-archive-case-"));
  try {
    writeFileSync(join(dir, "A"), "");
    return !existsSync(join(dir, "a"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("ingest", () => {
  it("reads an iOS zip: _chat.txt, its media, no macOS leftovers or folders", async () => {
    await writeTree(root, {
      "ios/WhatsApp Chat - Family.zip": await makeZip([
        { name: "_chat.txt", data: IOS },
        { name: "00000012-PHOTO-2023-01-15-09-05-00.jpg", data: PHOTO },
        { name: "__MACOSX/._chat.txt", data: "resource fork" },
        { name: "__MACOSX/._00000012-PHOTO-2023-01-15-09-05-00.jpg", data: "resource fork" },
        { name: ".DS_Store", data: "finder" },
      ]),
    });
    const { sources, warnings } = await run(["ios/WhatsApp Chat - Family.zip"]);
    expect(warnings).toEqual([]);
    expect(sources).toHaveLength(1);
    const [family] = sources as [ExportSource];
    expect(family).toMatchObject({
      source: "WhatsApp Chat - Family.zip",
      path: join(root, "ios/WhatsApp Chat - Family.zip"),
      title: "Family",
      chatFile: "_chat.txt",
      text: IOS,
    });
    expect(names(family)).toEqual(["00000012-PHOTO-2023-01-15-09-05-00.jpg"]);
    const photo = family.files.get("00000012-PHOTO-2023-01-15-09-05-00.jpg");
    expect(photo?.size).toBe(PHOTO.length);
    expect(await photo?.read()).toEqual(PHOTO);
  });

  it("reads an Android chat text on its own, with a UTF-8 BOM", async () => {
    await writeTree(root, {
      "android/WhatsApp Chat with Alice.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ANDROID)]),
    });
    const { sources, warnings } = await run(["android/WhatsApp Chat with Alice.txt"]);
    expect(warnings).toEqual([]);
    expect(sources).toEqual([
      {
        source: "WhatsApp Chat with Alice.txt",
        path: join(root, "android/WhatsApp Chat with Alice.txt"),
        title: "Alice",
        chatFile: "WhatsApp Chat with Alice.txt",
        text: ANDROID,
        files: new Map(),
      },
    ]);
  });

  it("reads an Android zip whose chat text is named after the chat", async () => {
    await writeTree(root, {
      "android-zip/WhatsApp Chat with Bob (1).zip": await makeZip([
        { name: "WhatsApp Chat with Bob.txt", data: ANDROID },
        { name: "IMG-20230115-WA0001.jpg", data: PHOTO },
      ]),
    });
    const { sources } = await run(["android-zip"]);
    expect(sources.map((s) => [s.source, s.title, s.chatFile, names(s)])).toEqual([
      ["WhatsApp Chat with Bob (1).zip", "Bob", "WhatsApp Chat with Bob.txt", ["IMG-20230115-WA0001.jpg"]],
    ]);
  });

  it("reads extracted export folders, iOS and Android", async () => {
    await writeTree(root, {
      "extracted/WhatsApp Chat - Trip/_chat.txt": IOS,
      "extracted/WhatsApp Chat - Trip/00000012-PHOTO-2023-01-15-09-05-00.jpg": PHOTO,
      "extracted/WhatsApp Chat - Trip/.DS_Store": "finder",
      "extracted/WhatsApp Chat - Trip/__MACOSX/._chat.txt": "resource fork",
      "extracted/Bob export/WhatsApp Chat with Bob.txt": ANDROID,
      "extracted/Bob export/IMG-20230115-WA0001.jpg": PHOTO,
      "extracted/Bob export/notes.txt": "a document someone sent",
    });
    const { sources, warnings } = await run(["extracted"]);
    expect(warnings).toEqual([]);
    expect(sources.map((s) => [s.source, s.path, s.title, s.chatFile, names(s)])).toEqual([
      [
        "Bob export",
        join(root, "extracted/Bob export"),
        "Bob",
        "WhatsApp Chat with Bob.txt",
        ["IMG-20230115-WA0001.jpg", "notes.txt"],
      ],
      [
        "WhatsApp Chat - Trip",
        join(root, "extracted/WhatsApp Chat - Trip"),
        "Trip",
        "_chat.txt",
        ["00000012-PHOTO-2023-01-15-09-05-00.jpg"],
      ],
    ]);
    expect(await sources[0]?.files.get("IMG-20230115-WA0001.jpg")?.read()).toEqual(PHOTO);
  });

  it("names a _chat.txt given on its own after its folder", async () => {
    await writeTree(root, { "WhatsApp Chat - Picnic/_chat.txt": IOS });
    const { sources } = await run(["WhatsApp Chat - Picnic/_chat.txt"]);
    expect(sources.map((s) => [s.source, s.title, s.chatFile])).toEqual([["_chat.txt", "Picnic", "_chat.txt"]]);
  });

  it("finds every export in a folder of exports, at any depth, sorted by path", async () => {
    await writeTree(root, {
      "many/2023/WhatsApp Chat - Family.zip": await makeZip([{ name: "_chat.txt", data: IOS }]),
      "many/2023/old/WhatsApp Chat with Carol.txt": ANDROID,
      "many/2023/old/WhatsApp Chat with Dan.txt": ANDROID,
      "many/android/WhatsApp_Chat_with_Eve_Smith.txt": ANDROID,
      "many/renamed/frank.txt": ANDROID,
      "many/notes/shopping.txt": "milk\neggs\n",
      "many/Trip/_chat.txt": IOS,
      "many/readme.md": "my exports",
      "many/.hidden/WhatsApp Chat with Ghost.txt": ANDROID,
      "many/__MACOSX/WhatsApp Chat with Ghost.txt": ANDROID,
    });
    const { sources, warnings } = await run(["many"]);
    expect(warnings).toEqual(["shopping.txt: skipped; it does not read like a WhatsApp chat export"]);
    expect(sources.map((s) => [s.path.slice(root.length + 1), s.source, s.title])).toEqual([
      ["many/2023/WhatsApp Chat - Family.zip", "WhatsApp Chat - Family.zip", "Family"],
      ["many/2023/old/WhatsApp Chat with Carol.txt", "WhatsApp Chat with Carol.txt", "Carol"],
      ["many/2023/old/WhatsApp Chat with Dan.txt", "WhatsApp Chat with Dan.txt", "Dan"],
      ["many/Trip", "Trip", "Trip"],
      ["many/android/WhatsApp_Chat_with_Eve_Smith.txt", "WhatsApp_Chat_with_Eve_Smith.txt", "Eve Smith"],
      ["many/renamed/frank.txt", "frank.txt", "frank"],
    ]);
    expect(sources.every((s) => s.text === IOS || s.text === ANDROID)).toBe(true);
  });

  it("refuses a path that does not exist, in one line that names it", async () => {
    await expect(run(["missing.zip"])).rejects.toMatchObject({ name: "UserError", message: `${join(root, "missing.zip")}: no such file or folder`, exitCode: 2 });
  });

  it("reads each export once when given twice, and keeps going past paths that are not exports", async () => {
    await writeTree(root, {
      "twice/WhatsApp Chat with Alice.txt": ANDROID,
      "twice/photo.jpg": PHOTO,
      "empty/readme.md": "nothing here",
    });
    const { sources, warnings } = await run([
      "twice/WhatsApp Chat with Alice.txt",
      "twice/WhatsApp Chat with Alice.txt",
      "twice/photo.jpg",
      "empty",
    ]);
    expect(sources.map((s) => s.source)).toEqual(["WhatsApp Chat with Alice.txt"]);
    expect(warnings).toEqual([
      `${join(root, "twice/photo.jpg")}: skipped; it is not a .zip file, a .txt file or a folder`,
      `${join(root, "empty")}: no WhatsApp export found in this folder`,
    ]);
  });

  it("gives each file loose beside several chat texts to the chats that name it, and warns once about those none names", async () => {
    const ann = [
      "15/01/2023, 09:04 - Ann: IMG-20230115-WA0001.jpg (file attached)",
      "15/01/2023, 09:05 - Ann: PTT-20230115-WA0002.opus (Datei angehängt)",
      "15/01/2023, 09:06 - Ann: IMG-20230115-WA0009.jpg (file attached)",
      "",
    ].join("\n");
    const ben = [
      "16/01/2023, 10:00 - Ben: \u200eIMG-20230116-WA0003.jpg (archivo adjunto)",
      "16/01/2023, 10:01 - Ben: IMG-20230115-WA0009.jpg (file attached)",
      "16/01/2023, 10:02 - Ben: shopping list.txt (file attached)",
      "",
    ].join("\n");
    await writeTree(root, {
      "downloads/WhatsApp Chat with Ann.txt": ann,
      "downloads/WhatsApp Chat with Ben.txt": ben,
      "downloads/IMG-20230115-WA0001.jpg": PHOTO,
      "downloads/PTT-20230115-WA0002.opus": "voice",
      "downloads/IMG-20230116-WA0003.jpg": PHOTO,
      "downloads/IMG-20230115-WA0009.jpg": PHOTO,
      "downloads/shopping list.txt": "milk\n",
      // Named by no chat: "WA0001.jpg" is only the end of a name Ann gives.
      "downloads/WA0001.jpg": PHOTO,
      "downloads/VID-20230117-WA0004.mp4": "video",
      "downloads/notes.txt": "not a chat\n",
    });
    const { sources, warnings } = await run(["downloads"]);
    expect(sources.map((s) => [s.title, names(s)])).toEqual([
      ["Ann", ["IMG-20230115-WA0001.jpg", "IMG-20230115-WA0009.jpg", "PTT-20230115-WA0002.opus"]],
      ["Ben", ["IMG-20230115-WA0009.jpg", "IMG-20230116-WA0003.jpg", "shopping list.txt"]],
    ]);
    expect(warnings).toEqual([
      "notes.txt: skipped; it does not read like a WhatsApp chat export",
      "downloads: VID-20230117-WA0004.mp4, WA0001.jpg: skipped; named by none of the 2 chat texts beside them",
    ]);
    const [first] = sources as [ExportSource];
    expect((await first.files.get("PTT-20230115-WA0002.opus")!.read()).toString()).toBe("voice");
  });

  it("counts the files none of several chat texts names in one warning, however many", async () => {
    await writeTree(root, {
      "many-loose/WhatsApp Chat with Ann.txt": ANDROID,
      "many-loose/WhatsApp Chat with Ben.txt": ANDROID.replace("Alice", "Ben"),
      ...Object.fromEntries(["a", "b", "c", "d", "e"].map((n) => [`many-loose/${n}.jpg`, PHOTO])),
    });
    const { warnings } = await run(["many-loose"]);
    expect(warnings).toEqual(["many-loose: a.jpg, b.jpg, c.jpg and 2 more: skipped; named by none of the 2 chat texts beside them"]);
  });

  it("keeps a file of one name in each chat naming it, and says so when a second download of that name lies beside it", async () => {
    const naming = (who: string): string => `15/01/2023, 09:05 - ${who}: IMG-20230115-WA0001.jpg (file attached)\n`;
    await writeTree(root, {
      "copies/WhatsApp Chat with Ann.txt": naming("Ann"),
      "copies/WhatsApp Chat with Ben.txt": naming("Ben"),
      "copies/WhatsApp Chat with Cem.txt": "15/01/2023, 09:05 - Cem: hello\n",
      "copies/IMG-20230115-WA0001.jpg": PHOTO,
      // The browser's name for the second download, on a disk that ignores case.
      "copies/img-20230115-wa0001 (1).jpg": Buffer.from("another photo"),
    });
    const { sources, warnings } = await run(["copies"]);
    expect(sources.map((s) => [s.title, names(s)])).toEqual([
      ["Ann", ["IMG-20230115-WA0001.jpg"]],
      ["Ben", ["IMG-20230115-WA0001.jpg"]],
      ["Cem", []],
    ]);
    expect(warnings).toEqual([
      "copies: IMG-20230115-WA0001.jpg: shown in each of the 2 chats that name it; img-20230115-wa0001 (1).jpg beside it is another download of that name, perhaps one chat's own, and is skipped: which is whose cannot be told",
    ]);
  });

  // Only a disk that tells case apart can hold both files (macOS and Windows ones usually do not).
  it.skipIf(!caseSensitiveTemp())("gives files whose names differ only in case each to the chat that names it in that case", async () => {
    await writeTree(root, {
      "cases/WhatsApp Chat with Ann.txt": "15/01/2023, 09:05 - Ann: Plan.pdf (file attached)\n",
      "cases/WhatsApp Chat with Ben.txt": "15/01/2023, 09:05 - Ben: plan.pdf (file attached)\n",
      "cases/Plan.pdf": "Ann's plan",
      "cases/plan.pdf": "Ben's plan",
    });
    const { sources, warnings } = await run(["cases"]);
    expect(warnings).toEqual([]);
    const plans = await Promise.all(sources.map(async (s) => [s.title, names(s), (await [...s.files.values()][0]!.read()).toString()]));
    expect(plans).toEqual([
      ["Ann", ["Plan.pdf"], "Ann's plan"],
      ["Ben", ["plan.pdf"], "Ben's plan"],
    ]);
  });

  it("takes a second download of a name one chat gives for no chat's, since only one chat could have owned it", async () => {
    await writeTree(root, {
      "one-copy/WhatsApp Chat with Ann.txt": ANDROID,
      "one-copy/WhatsApp Chat with Ben.txt": "15/01/2023, 09:05 - Ben: hello\n",
      "one-copy/IMG-20230115-WA0001.jpg": PHOTO,
      "one-copy/IMG-20230115-WA0001 (1).jpg": PHOTO,
    });
    const { sources, warnings } = await run(["one-copy"]);
    expect(sources.map((s) => [s.title, names(s)])).toEqual([
      ["Ann", ["IMG-20230115-WA0001.jpg"]],
      ["Ben", []],
    ]);
    expect(warnings).toEqual(["one-copy: IMG-20230115-WA0001 (1).jpg: skipped; named by none of the 2 chat texts beside them"]);
  });

  it("gives a loose chat text the loose file of a name, and a zip beside it its own", async () => {
    await writeTree(root, {
      "zip-beside/WhatsApp Chat with Ann.txt": ANDROID,
      "zip-beside/WhatsApp Chat with Ben.txt": ANDROID.replace("Alice", "Ben"),
      "zip-beside/IMG-20230115-WA0001.jpg": PHOTO,
      "zip-beside/WhatsApp Chat with Cem.zip": await makeZip([
        { name: "WhatsApp Chat with Cem.txt", data: ANDROID },
        { name: "IMG-20230115-WA0001.jpg", data: "Cem's own photo" },
      ]),
    });
    const { sources, warnings } = await run(["zip-beside"]);
    expect(warnings).toEqual([]);
    const photos = await Promise.all(sources.map(async (s) => [s.title, (await s.files.get("IMG-20230115-WA0001.jpg")!.read()).length]));
    expect(photos).toEqual([
      ["Ann", PHOTO.length],
      ["Ben", PHOTO.length],
      ["Cem", "Cem's own photo".length],
    ]);
  });

  it("gives every file beside a single chat text to it, named or not, as before", async () => {
    await writeTree(root, {
      "single/WhatsApp Chat with Ann.txt": ANDROID,
      "single/IMG-20230115-WA0001.jpg": PHOTO,
      "single/unnamed.jpg": PHOTO,
    });
    const { sources, warnings } = await run(["single"]);
    expect(warnings).toEqual([]);
    expect(sources.map((s) => [s.source, names(s)])).toEqual([["single", ["IMG-20230115-WA0001.jpg", "unnamed.jpg"]]]);
  });

  it("skips an export with no chat text, with a warning, and reads the others", async () => {
    await writeTree(root, {
      "nochat/photos.zip": await makeZip([{ name: "IMG-1.jpg", data: PHOTO }]),
      "nochat/WhatsApp Chat - Family.zip": await makeZip([{ name: "_chat.txt", data: IOS }]),
    });
    const { sources, warnings } = await run(["nochat"]);
    expect(sources.map((s) => s.source)).toEqual(["WhatsApp Chat - Family.zip"]);
    expect(warnings).toEqual(["photos.zip: no chat text found in the export"]);
  });

  it("finds a renamed chat text in a zip by its content", async () => {
    await writeTree(root, {
      "sniff/export.zip": await makeZip([
        { name: "notes.txt", data: "milk\n" },
        { name: "bob.txt", data: ANDROID },
        { name: "IMG-20230115-WA0001.jpg", data: PHOTO },
      ]),
    });
    const { sources } = await run(["sniff/export.zip"]);
    expect(sources.map((s) => [s.title, s.chatFile, names(s)])).toEqual([
      ["export", "bob.txt", ["IMG-20230115-WA0001.jpg", "notes.txt"]],
    ]);
  });

  it("reads UTF-16 LE with a BOM", async () => {
    await writeTree(root, {
      "utf16/WhatsApp Chat with Zoë.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ANDROID, "utf16le")]),
    });
    const { sources, warnings } = await run(["utf16"]);
    expect(warnings).toEqual([]);
    expect(sources.map((s) => [s.title, s.text])).toEqual([["Zoë", ANDROID]]);
  });

  it("repairs a chat text that was read as Windows-1252 and saved again, and says so once", async () => {
    const text = "[1/15/23, 9:04:31\u202fAM] Zoë: héllo 👋\r\n[1/15/23, 9:05:00\u202fAM] Zoë: \u200e<attached: 00000012-PHOTO-2023-01-15-09-05-00.jpg>\r\n";
    // Misread as Latin-1, as some readers do, which keeps the bytes 0x80–0x9F as C1 controls.
    const misread = Buffer.from(Buffer.from(text).toString("latin1"));
    await writeTree(root, {
      "mojibake/WhatsApp Chat - Zoë.zip": await makeZip([{ name: "_chat.txt", data: misread }, { name: "00000012-PHOTO-2023-01-15-09-05-00.jpg", data: PHOTO }]),
    });
    const { sources, warnings } = await run(["mojibake"]);
    expect(sources.map((s) => [s.title, s.text, names(s)])).toEqual([["Zoë", text, ["00000012-PHOTO-2023-01-15-09-05-00.jpg"]]]);
    expect(warnings).toEqual([
      "WhatsApp Chat - Zoë.zip: the chat text had been read once in the wrong encoding (UTF-8 as Windows-1252) and saved again, which shows as â€¯ and Ã©; it was repaired",
    ]);
  });

  it("reads a chat text in Windows-1252 as such, and says so", async () => {
    const latin1 = Buffer.from("15/01/2023, 09:05 - Ren\xe9e: caf\xe9\n", "latin1");
    await writeTree(root, { "latin1/WhatsApp Chat - Renée.zip": await makeZip([{ name: "_chat.txt", data: latin1 }]) });
    const { sources, warnings } = await run(["latin1"]);
    expect(sources[0]?.text).toBe("15/01/2023, 09:05 - Renée: café\n");
    expect(warnings).toEqual([
      "WhatsApp Chat - Renée.zip: the chat text is not UTF-8; it was read as Windows-1252, the older encoding it is in",
    ]);
  });

  it("reads a damaged UTF-8 chat text with replacement characters and says how many bytes", async () => {
    const damaged = Buffer.concat([Buffer.from("15/01/2023, 09:05 - Renée: café 👋 "), Buffer.from([0xff, 0xfe]), Buffer.from("\n")]);
    await writeTree(root, { "damaged/WhatsApp Chat - Renée.zip": await makeZip([{ name: "_chat.txt", data: damaged }]) });
    const { sources, warnings } = await run(["damaged"]);
    expect(sources[0]?.text).toBe("15/01/2023, 09:05 - Renée: café 👋 \uFFFD\uFFFD\n");
    expect(warnings).toEqual([
      "WhatsApp Chat - Renée.zip: the chat text is not valid UTF-8; 2 bytes could not be read and are shown as \uFFFD",
    ]);
  });

  it("refuses a chat text larger than a file may be", async () => {
    await writeTree(root, {
      "big/WhatsApp Chat with Alice.txt": ANDROID.repeat(100),
      "big/WhatsApp Chat - Family.zip": await makeZip([{ name: "_chat.txt", data: IOS.repeat(100) }]),
    });
    const { sources, warnings } = await run(["big"], { maxEntryBytes: 1000 });
    expect(sources).toEqual([]);
    expect(warnings).toEqual([
      "WhatsApp Chat - Family.zip: the chat text _chat.txt cannot be read: it is 11.1 KiB, more than the 1,000 bytes a file may hold",
      "WhatsApp Chat with Alice.txt: the chat text WhatsApp Chat with Alice.txt cannot be read: it is 12.9 KiB, more than the 1,000 bytes a file may hold",
    ]);
  });

  it("skips media larger than a file may be, and refuses a read that grew past the cap", async () => {
    await writeTree(root, {
      "bigmedia/Trip/_chat.txt": IOS,
      "bigmedia/Trip/video.mp4": Buffer.alloc(5000),
      "bigmedia/Trip/IMG.jpg": PHOTO,
    });
    const { sources, warnings } = await run(["bigmedia"], { maxEntryBytes: 1000 });
    const trip = sources[0] as ExportSource;
    expect(names(trip)).toEqual(["IMG.jpg"]);
    expect(warnings).toEqual(["Trip: video.mp4: skipped; it is 4.9 KiB, more than the 1,000 bytes a file may hold"]);
    await writeTree(root, { "bigmedia/Trip/IMG.jpg": Buffer.alloc(2000) });
    await expect(trip.files.get("IMG.jpg")?.read()).rejects.toMatchObject({
      name: "WarningError",
      message: "Trip: IMG.jpg: cannot be read; it grew past the 1,000 bytes a file may hold",
      notice: { code: "grewPast", values: { file: "IMG.jpg", limit: { bytes: 1000 } } },
    });
  });

  it("skips symbolic links in export folders", async () => {
    await writeTree(root, { "links/Trip/_chat.txt": IOS, "secret.txt": "password" });
    await symlink(join(root, "secret.txt"), join(root, "links/Trip/IMG.jpg"));
    const { sources, warnings } = await run(["links"]);
    expect(names(sources[0] as ExportSource)).toEqual([]);
    expect(warnings).toEqual(["Trip: IMG.jpg: skipped; it is a symbolic link"]);
  });
});
