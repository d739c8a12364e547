/**
 * One build over a folder of hostile and broken exports beside good ones: every bad case is one
 * warning line naming its file, the rest of the archive builds, user content is shown as text in
 * every page, attribute, gallery, search index and report, links are encoded, and nothing is
 * written outside the output folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { runInNewContext } from "node:vm";
import { load } from "cheerio";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../src/build.js";
import { language } from "../src/i18n/index.js";
import { Warnings, type Warning } from "../src/model.js";
import { damageData, declareSize, makeZip, markEncrypted, renameEntry, snapshot, tempDir } from "./ingest/fixtures.js";
import { giantPng, noise } from "./media/images.js";

const MiB = 1024 * 1024;
const LRM = "\u200e";

/** What the hostile export's title, an author, a message and file names try to inject. */
const TITLE = `<img src=x onerror=alert(1)>`;
const AUTHOR = `<b onclick="alert(2)">Eve</b>`;
const SCRIPT = `<script>alert(3)</script> & "quotes" 'too'`;
const ODD_PHOTO = "00000001-PHOTO-my pic #1?%.jpg";
const QUOTE_PHOTO = `00000002-PHOTO-x" onerror="alert(5).jpg`;
const UNICODE_PHOTO = "00000003-PHOTO-Zoë 🌅 日の出.jpg";
const BROKEN = { cut: "00000004-PHOTO-cut.jpg", empty: "00000005-PHOTO-empty.jpg", giant: "00000006-PHOTO-giant.png", text: "00000007-PHOTO-text.jpg" };
const MISSING = "00000008-PHOTO-missing.jpg";
/** Entry names that try to leave the export; each is made under a stand-in name of the same length. */
const ESCAPES = ["../../../../evil.txt", "/tmp/abs-evil.txt", "C:\\evil.txt", "x\\..\\..\\..\\evil2.jpg"];
const LIMITS = { maxEntryBytes: 4 * MiB, maxTotalBytes: 12 * MiB, maxRatio: 100 };

let root: string;
let inputs: string;
let output: string;
let before: string[];
let warnings: Warning[];

const ios = (lines: readonly string[]): string => lines.map((l, i) => `[15/01/2023, 09:${String(10 + i).padStart(2, "0")}:00] ${l}\r\n`).join("");

async function hostileZip(): Promise<Buffer> {
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: "orange" } }).jpeg().toBuffer();
  const jpeg = await noise(120, 80).jpeg().toBuffer();
  const chat = ios([
    `${TITLE}: ${LRM}Messages and calls are end-to-end encrypted.`,
    `${AUTHOR}: ${SCRIPT}`,
    ...[ODD_PHOTO, QUOTE_PHOTO, UNICODE_PHOTO, ...Object.values(BROKEN), MISSING].map((f) => `${AUTHOR}: ${LRM}<attached: ${f}>`),
    `Sam: see https://example.org/a?b=1&c=<2> and javascript:alert(6)`,
  ]);
  const standIn = (name: string, i: number): string => String(i).repeat(Buffer.byteLength(name));
  let zip = await makeZip([
    { name: "_chat.txt", data: chat },
    { name: ODD_PHOTO, data: photo },
    { name: QUOTE_PHOTO, data: photo },
    { name: UNICODE_PHOTO, data: photo },
    { name: BROKEN.cut, data: jpeg.subarray(0, Math.floor(jpeg.length * 0.6)) },
    { name: BROKEN.empty, data: Buffer.alloc(0) },
    { name: BROKEN.giant, data: await giantPng(100_000) },
    { name: BROKEN.text, data: "not an image" },
    ...ESCAPES.map((name, i) => ({ name: standIn(name, i), data: "pwned" })),
    { name: "link.jpg", data: "/etc/passwd", mode: 0o120777 },
    { name: "a/dup.jpg", data: photo },
    { name: "b/dup.jpg", data: "other" },
    // Zeros pack about a thousand to one: over the ratio cap of 100.
    { name: "zeros.bin", data: Buffer.alloc(3 * MiB) },
    // Stored, so within the ratio, but over the cap on one file.
    { name: "huge.mp4", data: Buffer.alloc(5 * MiB, 7), compress: false },
  ]);
  ESCAPES.forEach((name, i) => {
    zip = renameEntry(zip, standIn(name, i), name);
  });
  return zip;
}

beforeAll(async () => {
  root = await tempDir();
  // Deep enough that an entry climbing out of media/<chat>/ would land inside `root`, where the snapshot sees it.
  inputs = join(root, "a", "b", "exports");
  output = join(root, "a", "b", "site");
  await mkdir(inputs, { recursive: true });
  const good = await makeZip([{ name: "_chat.txt", data: ios(["Sam: the good export", "Ann: still builds"]) }]);
  const files: Record<string, Buffer | string> = {
    [`WhatsApp Chat - ${TITLE}.zip`]: await hostileZip(),
    "WhatsApp Chat - Good.zip": good,
    "WhatsApp Chat - Locked.zip": markEncrypted(Buffer.from(good), "_chat.txt"),
    "WhatsApp Chat - Cut.zip": good.subarray(0, Math.floor(good.length / 2)),
    "WhatsApp Chat - Damaged.zip": damageData(Buffer.from(await makeZip([{ name: "_chat.txt", data: ios(["Sam: x ".repeat(200)]) }])), "_chat.txt"),
    "WhatsApp Chat - Bomb.zip": declareSize(await makeZip([{ name: "_chat.txt", data: ios(["Sam: hi"]) }, { name: "IMG-1.jpg", data: "x" }]), "IMG-1.jpg", 0xfffffff0),
    "WhatsApp Chat - Empty.zip": await makeZip([{ name: "_chat.txt", data: "" }]),
    "WhatsApp Chat - Nothing.zip": await makeZip([]),
    "WhatsApp Chat with Nobody.txt": "",
    "notes.txt": "Shopping list\nmilk\neggs\n",
    "WhatsApp Chat with Zoë.txt": Buffer.from("12/03/2021, 10:10 - Zo\xeb: caf\xe9 tomorrow?\n", "latin1"),
  };
  for (const [name, data] of Object.entries(files)) await writeFile(join(inputs, name), data);
  before = await snapshot(root);
  const collected = new Warnings();
  await buildArchive({ inputs: [inputs], output, pageSize: 500, cache: false, limits: LIMITS }, collected);
  warnings = collected.list;
}, 120_000);

afterAll(() => rm(root, { recursive: true, force: true }));

const site = (path: string): string => readFileSync(join(output, path), "utf8");
const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : [path];
});
/** The warnings as the terminal prints them. */
const lines = (): string[] => warnings.map((w) => `${w.file}${w.line ? `:${w.line}` : ""}: ${language("en").warning(w)}`);

const ID = "img-src-x-onerror-alert-1";
/** Escaped output never holds these: each would be live markup or a broken-out attribute. */
const LIVE = ["<img src=x", "<b onclick", "<script>alert", '" onerror="'];

describe("a build over hostile and broken exports", () => {
  it("writes nothing outside the output folder, and leaves no folder of its own behind", async () => {
    // The output's parent changes only by the output appearing in it.
    const outside = (lines: string[]): string[] => lines.filter((l) => !l.startsWith(`a${sep}b${sep}site`) && !l.startsWith(`a${sep}b `));
    expect(outside(await snapshot(root))).toEqual(outside(before));
    expect(readdirSync(dirname(output)).sort()).toEqual(["exports", "site"]);
    expect(files(output).filter((f) => /evil|passwd|zeros|huge|dup/.test(f))).toEqual([]);
  });

  it("says what happened to each bad export and file in one line naming it, and builds the rest", () => {
    const zip = `WhatsApp Chat - ${TITLE}.zip`;
    const expected = [
      ...ESCAPES.map((name) => `${zip}: ${name}: skipped; its name points outside the export`),
      `${zip}: link.jpg: skipped; it is a symbolic link`,
      `${zip}: b/dup.jpg: skipped; an earlier file in the zip has the same name, dup.jpg`,
      `${zip}: zeros.bin: skipped; it would unpack from 3 KiB to 3 MiB, 1,026 times larger, more than the 100 times allowed; refusing it as a possible zip bomb`,
      `${zip}: huge.mp4: skipped; it is 5 MiB, more than the 4 MiB a file may hold`,
      `${zip}:10: ${MISSING} is named in the chat but missing from the export`,
      expect.stringMatching(new RegExp(`^${zip.replace(/[()]/g, "\\$&")}: ${BROKEN.cut}: not a readable image \\(.+\\); shown as a placeholder$`)),
      `${zip}: ${BROKEN.empty}: not a readable image (the file is empty); shown as a placeholder`,
      `${zip}: ${BROKEN.giant}: not a readable image (100,000 × 100,000 pixels is over the limit of 100 megapixels); shown as a placeholder`,
      `${zip}: ${BROKEN.text}: not a readable image (unknown format); shown as a placeholder`,
      "WhatsApp Chat - Bomb.zip: IMG-1.jpg: skipped; it is 4 GiB, more than the 4 MiB a file may hold",
      "WhatsApp Chat - Cut.zip: not a readable zip file (its table of contents is missing; the file may be cut short)",
      "WhatsApp Chat - Damaged.zip: _chat.txt: cannot be read (invalid block type), so the zip is damaged",
      "WhatsApp Chat - Locked.zip: the chat text _chat.txt cannot be read: it is encrypted (the zip has a password)",
      "WhatsApp Chat - Nothing.zip: no chat text found in the export",
      "WhatsApp Chat - Empty.zip: the chat text is empty; there is nothing to archive",
      "WhatsApp Chat with Nobody.txt: the chat text is empty; there is nothing to archive",
      "WhatsApp Chat with Zoë.txt: the chat text is not UTF-8; it was read as Windows-1252, the older encoding it is in",
      "WhatsApp Chat with Zoë.txt: no date shows which number is the day; read as day/month/year (set --date-order to change it)",
      "notes.txt: skipped; it does not read like a WhatsApp chat export",
    ];
    expect(lines()).toEqual(expect.arrayContaining(expected));
    expect(lines()).toHaveLength(expected.length);
    const $ = load(site("index.html"));
    expect($(".chat-card-title").toArray().map((el) => $(el).text()).sort()).toEqual(["Bomb", "Good", "Zoë", TITLE].sort());
  });

  it("shows the title, authors, messages and file names as text on every page, the gallery and the report", () => {
    for (const file of files(output).filter((f) => f.endsWith(".html"))) {
      const source = readFileSync(file, "utf8");
      for (const live of LIVE) expect(source, `${relative(output, file)} holds ${live}`).not.toContain(live);
      const $ = load(source);
      expect($("*").toArray().flatMap((el) => Object.keys((el as { attribs?: object }).attribs ?? {})).filter((a) => a.startsWith("on"))).toEqual([]);
      expect($("script:not([src]), iframe, object, embed, foreignObject").length).toBe(0);
      expect($("a[href^='javascript'], a[href^='data']").length).toBe(0);
    }
    const chat = load(site(`chats/${ID}/index.html`));
    expect(chat("h1").text()).toBe(TITLE);
    expect(chat("title").text()).toContain(TITLE);
    expect(chat(".author").first().text()).toBe(AUTHOR);
    expect(chat(".text").toArray().map((el) => chat(el).text())).toContain(SCRIPT);
    const gallery = load(site(`chats/${ID}/media.html`));
    expect(gallery("title").text()).toContain(TITLE);
    expect(gallery("img").toArray().map((el) => gallery(el).attr("alt"))).toContain(`Photo from ${AUTHOR}, Jan 15, 2023`);
    const report = load(site("report.html"));
    expect(report("body").text()).toContain(`WhatsApp Chat - ${TITLE}.zip`);
    expect(report("body").text()).toContain("x\\..\\..\\..\\evil2.jpg");
  });

  it("encodes file names with spaces, #, ?, % and any script in links that name files that exist", () => {
    const pages = files(output).filter((f) => f.endsWith(".html"));
    const links = pages.flatMap((file) => {
      const $ = load(readFileSync(file, "utf8"));
      return $("a[href], img[src], video[src], audio[src], link[href], script[src]").toArray()
        .map((el) => ({ file, link: $(el).attr("href") ?? $(el).attr("src")! }));
    });
    for (const { file, link } of links) {
      if (/^https:\/\//.test(link)) continue;
      expect(link).not.toMatch(/^(\/|[a-z]+:)|[\s"<>?]/i);
      const target = resolve(dirname(file), decodeURIComponent(link.split("#")[0]!) || file);
      expect(target.startsWith(output + sep) && existsSync(target), `${relative(output, file)}: ${link}`).toBe(true);
    }
    const originals = links.filter((l) => l.link.includes(`media/${ID}/`)).map((l) => decodeURIComponent(l.link.replace(/^(\.\.\/)+media\/[^/]+\//, "")));
    expect(new Set(originals)).toEqual(new Set([
      "00000001-PHOTO-my pic #1_%.jpg", '00000002-PHOTO-x_ onerror=_alert(5).jpg', "00000003-PHOTO-Zoë 🌅 日の出.jpg",
      ...Object.values(BROKEN),
    ]));
    expect(links.map((l) => l.link)).toContain("https://example.org/a?b=1&c=");
  });

  it("keeps the title, authors and texts as data in the search index", async () => {
    const seen: { catalog?: { chats: { id: string; title: string; authors: string[] }[] }; rows: unknown[][] } = { rows: [] };
    const ChatArchiveSearch = {
      catalog: (data: typeof seen.catalog) => (seen.catalog = data),
      shard: (_chat: string, _n: number, rows: unknown[][]) => seen.rows.push(...rows),
    };
    runInNewContext(await readFile(join(output, "search", "index.js"), "utf8"), { ChatArchiveSearch });
    runInNewContext(await readFile(join(output, "search", ID, "0.js"), "utf8"), { ChatArchiveSearch });
    const chat = seen.catalog!.chats.find((c) => c.id === ID)!;
    expect(chat.title).toBe(TITLE);
    expect(chat.authors).toContain(AUTHOR);
    expect(seen.rows.map((row) => row[4])).toContain(SCRIPT);
    expect(seen.rows.map((row) => row[4])).toContain(QUOTE_PHOTO);
  });
});
