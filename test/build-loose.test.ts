/**
 * Android exports downloaded side by side into one folder, built for real: each chat shows the
 * photos and voice notes its messages name, from files the build wrote where its pages link.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { load } from "cheerio";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../src/build.js";
import { language } from "../src/i18n/index.js";
import { readChats } from "../src/read.js";
import { Warnings } from "../src/model.js";
import { makeVoiceNote } from "./media/clips.js";

let scratch: string;
beforeAll(async () => void (scratch = await mkdtemp(join(tmpdir(), "chat-archive-loose-"))));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const photo = (background: string): Promise<Buffer> => sharp({ create: { width: 40, height: 30, channels: 3, background } }).jpeg().toBuffer();

async function writeFolder(name: string, files: Record<string, string | Buffer>): Promise<string> {
  const dir = join(scratch, name);
  await mkdir(dir, { recursive: true });
  for (const [file, data] of Object.entries(files)) await writeFile(join(dir, file), data);
  return dir;
}

async function build(input: string) {
  const output = `${input}-site`;
  const warnings = new Warnings();
  await buildArchive({ inputs: [input], output, pageSize: 500, cache: false }, warnings);
  const chats = (await readChats([input], undefined, new Warnings())).map((c) => c.chat);
  return { output, chats, warnings: warnings.list.map((w) => `${w.file}: ${language("en").warning(w)}`) };
}

/** Every media link on a chat's first page, each with whether the file it points to exists. */
function mediaLinks(output: string, chatId: string): [string, boolean][] {
  const page = join(output, "chats", chatId, "index.html");
  const $ = load(readFileSync(page, "utf8"));
  const links = $("a.photo, a.tile, audio").toArray().map((el) => $(el).attr("href") ?? $(el).attr("src")!);
  return links.map((link) => [link, existsSync(resolve(dirname(page), decodeURI(link)))]);
}

describe("a folder of Android exports downloaded side by side", () => {
  it("gives each chat the photos and voice notes it names, a file named by both to each, and warns about the one none names", async () => {
    const input = await writeFolder("downloads", {
      "WhatsApp Chat with Ann Lee.txt": [
        "15/01/2023, 09:04 - Ann Lee: Morning!",
        "15/01/2023, 09:05 - Ann Lee: IMG-20230115-WA0001.jpg (file attached)",
        "15/01/2023, 09:06 - Ann Lee: PTT-20230115-WA0002.opus (file attached)",
        "15/01/2023, 09:07 - Ann Lee: IMG-20230115-WA0005.jpg (file attached)",
        "",
      ].join("\n"),
      "WhatsApp Chat with Ben Ode.txt": [
        "16/01/2023, 10:00 - Ben Ode: IMG-20230116-WA0003.jpg (file attached)",
        "16/01/2023, 10:01 - Ben Ode: IMG-20230115-WA0005.jpg (file attached)",
        "",
      ].join("\n"),
      "IMG-20230115-WA0001.jpg": await photo("orange"),
      "PTT-20230115-WA0002.opus": await makeVoiceNote(1),
      "IMG-20230116-WA0003.jpg": await photo("teal"),
      "IMG-20230115-WA0005.jpg": await photo("navy"),
      "IMG-20230117-WA0009.jpg": await photo("olive"),
    });
    const { output, chats, warnings } = await build(input);

    expect(warnings).toEqual(["downloads: IMG-20230117-WA0009.jpg: skipped; named by none of the 2 chat texts beside them"]);
    const attachments = chats.map((c) => [c.id, c.messages.flatMap((m) => m.attachments.map((a) => [a.fileName, a.present]))]);
    expect(attachments).toEqual([
      ["ann-lee", [["IMG-20230115-WA0001.jpg", true], ["PTT-20230115-WA0002.opus", true], ["IMG-20230115-WA0005.jpg", true]]],
      ["ben-ode", [["IMG-20230116-WA0003.jpg", true], ["IMG-20230115-WA0005.jpg", true]]],
    ]);
    expect(mediaLinks(output, "ann-lee")).toEqual([
      ["../../media/ann-lee/IMG-20230115-WA0001.jpg", true],
      ["../../media/ann-lee/PTT-20230115-WA0002.opus", true],
      ["../../media/ann-lee/IMG-20230115-WA0005.jpg", true],
    ]);
    expect(mediaLinks(output, "ben-ode")).toEqual([
      ["../../media/ben-ode/IMG-20230116-WA0003.jpg", true],
      ["../../media/ben-ode/IMG-20230115-WA0005.jpg", true],
    ]);
    // Media folders are per chat, so the photo both name is in each, and nothing else is written.
    expect(readFileSync(join(output, "media/ben-ode/IMG-20230115-WA0005.jpg"))).toEqual(readFileSync(join(input, "IMG-20230115-WA0005.jpg")));
    expect(existsSync(join(output, "media/ann-lee/IMG-20230116-WA0003.jpg"))).toBe(false);
    expect(existsSync(join(output, "media/ann-lee/IMG-20230117-WA0009.jpg"))).toBe(false);
  }, 60_000);

  it("still gives a single chat text every file beside it", async () => {
    const input = await writeFolder("single", {
      "WhatsApp Chat with Ann Lee.txt": "15/01/2023, 09:05 - Ann Lee: IMG-20230115-WA0001.jpg (file attached)\n",
      "IMG-20230115-WA0001.jpg": await photo("orange"),
      "IMG-20230117-WA0009.jpg": await photo("olive"),
    });
    const { output, chats, warnings } = await build(input);
    expect(warnings).toEqual([]);
    expect(chats.map((c) => [c.title, c.messages.flatMap((m) => m.attachments.map((a) => a.present))])).toEqual([["Ann Lee", [true]]]);
    expect(mediaLinks(output, "ann-lee")).toEqual([["../../media/ann-lee/IMG-20230115-WA0001.jpg", true]]);
  }, 60_000);
});
