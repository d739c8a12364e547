/**
 * The inference cases of item 4 ("whose side is me") are tested on built pages: real exports are
 * built, and each author's bubbles must all sit on the right (`.row.mine`) or all on the left.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../src/build.js";
import { Warnings } from "../src/model.js";
import { ANDROID_US, conversation, exportOf, IOS } from "./merge/conversation.js";

const root = join(import.meta.dirname, "..");
let scratch: string;
beforeAll(async () => void (scratch = await mkdtemp(join(tmpdir(), "chat-archive-me-"))));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** A folder of exports: file name → the authors of its conversation. iOS for names with "- ", Android for "with ". */
async function exportsIn(name: string, chats: Record<string, readonly string[]>): Promise<string> {
  const dir = join(scratch, name);
  await mkdir(dir, { recursive: true });
  for (const [[file, authors], i] of Object.entries(chats).map((entry, n) => [entry, n] as const)) {
    const format = file.includes(" - ") ? IOS : ANDROID_US;
    const said = conversation(40, { seed: 20 + i, authors }).map(({ photo: _photo, ...s }) => s);
    await writeFile(join(dir, file), exportOf(file, file, format, said, { media: false }).text);
  }
  return dir;
}

async function build(input: string, me?: string[]) {
  const output = `${input}-site`;
  const result = await buildArchive({ inputs: [input], output, pageSize: 500, cache: false, ...(me ? { me } : {}) }, new Warnings());
  return { output, result };
}

/** Each author of a chat's page, with which side their bubbles sit on: "right", "left", or "both" if they differ. */
function sides(output: string, chatId: string): Record<string, string> {
  const $ = load(readFileSync(join(output, "chats", chatId, "index.html"), "utf8"));
  const out: Record<string, string> = {};
  $(".row.msg").each((_, row) => {
    const author = $(row).find(".author").text();
    const side = $(row).hasClass("mine") ? "right" : "left";
    out[author] = out[author] === undefined || out[author] === side ? side : "both";
  });
  return out;
}

describe("whose bubbles sit on the right in a built archive", () => {
  it("a one-to-one chat alone: the one who is not the contact the export is named after", async () => {
    const input = await exportsIn("one-to-one", { "WhatsApp Chat with Jonas.txt": ["Jonas", "Mia"] });
    const { output, result } = await build(input);
    expect(sides(output, "jonas")).toEqual({ Jonas: "left", Mia: "right" });
    expect(result.me).toEqual({ names: ["Mia"], how: "one-to-one", contacts: ["Jonas"], unknownIn: [] });
  });

  it("two group chats sharing one name: that name, written with iOS's ~ for a non-contact in one of them", async () => {
    const input = await exportsIn("groups", {
      "WhatsApp Chat - Climbers.txt": ["Ann", "~\u202fErin", "Bob"],
      "WhatsApp Chat with Book Club.txt": ["Cem", "Erin", "Dee"],
    });
    const { output, result } = await build(input);
    expect(sides(output, "climbers")).toEqual({ Ann: "left", Erin: "right", Bob: "left" });
    expect(sides(output, "book-club")).toEqual({ Cem: "left", Erin: "right", Dee: "left" });
    expect(result.me).toEqual({ names: ["Erin"], how: "every-chat", contacts: [], unknownIn: [] });
  });

  it("undecided: every bubble on the left, and the build says so in one line", async () => {
    const input = await exportsIn("undecided", {
      "WhatsApp Chat - Climbers.txt": ["Ann", "Bob"],
      "WhatsApp Chat with Book Club.txt": ["Cem", "Dee"],
    });
    const output = join(scratch, "undecided-site");
    const run = spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli.ts"), "build", "--input", input, "--output", output, "--no-cache"], {
      cwd: root, encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("Me: not known, so every message sits on the left; give --me NAME to put yours on the right");
    expect(sides(output, "climbers")).toEqual({ Ann: "left", Bob: "left" });
    expect(sides(output, "book-club")).toEqual({ Cem: "left", Dee: "left" });
    expect(readdirSync(join(output, "chats"))).toEqual(["book-club", "climbers"]);
  });

  it("--me given twice: one person under a different name in each export", async () => {
    const input = await exportsIn("given", {
      "WhatsApp Chat - Climbers.txt": ["Ann", "Erin", "Bob"],
      "WhatsApp Chat with Book Club.txt": ["Cem", "Erin S.", "Dee"],
    });
    const { output, result } = await build(input, ["Erin", "Erin S."]);
    expect(sides(output, "climbers")).toEqual({ Ann: "left", Erin: "right", Bob: "left" });
    expect(sides(output, "book-club")).toEqual({ Cem: "left", "Erin S.": "right", Dee: "left" });
    expect(result.me).toEqual({ names: ["Erin", "Erin S."], how: "given", contacts: [], unknownIn: [] });
  });
});
