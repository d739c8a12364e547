/**
 * Nothing lost, end to end: generated conversations are written as exports (one chat as three
 * overlapping exports in three formats and two languages, another as one), built into a site, and
 * every message's text, author and minute must be on the chat's pages, in order, exactly once.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../src/build.js";
import { Warnings } from "../src/model.js";
import { ANDROID_DE, ANDROID_US, conversation, exportOf, IOS, minuteOf, type Said } from "./merge/conversation.js";
import { FORMATS } from "./parse/writers.js";

/** Words that tempt a renderer: markup, entities, formatting, links, colons, brackets, other scripts, emoji, line breaks. */
const WORDS = [
  "hello", "<b>bold?</b>", "&amp;", "'single'", '"double"', "*strong*", "_slanted_", "~struck~", "a: b", "[x]", "(ok)",
  "https://example.com/?q=1&r=2", "www.example.org", "שלום", "مرحبا", "Привет", "नमस्ते", "你好", "😂", "👩‍💻", "🇿🇦",
  "line\nbreak", "12/03/2021, 10:30 - not: a header", "[15/01/2023, 09:04:31] nor: this", "{}", "<3", "#tag", "@Alice",
];
const AUTHORS = ["Alice", "Bob <admin>", "Zoë O'Brien", "李小龍", "محمد"];
const PAGE_SIZE = 100;

let scratch: string;
let output: string;
const walkers = conversation(900, { seed: 11, words: WORDS, authors: AUTHORS }).map(withoutPhoto);
const family = conversation(250, { seed: 12, words: WORDS, authors: AUTHORS.slice(0, 3) }).map(withoutPhoto);

/** Photos are the merge tests' concern; here every message is text. */
function withoutPhoto({ photo: _photo, ...said }: Said): Said {
  return said;
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "chat-archive-lossless-"));
  output = join(scratch, "site");
  const exports = [
    exportOf("2021/WhatsApp Chat - Walkers.txt", "Walkers", IOS, walkers.slice(0, 400), { media: false }),
    exportOf("2022/WhatsApp Chat mit Walkers.txt", "Walkers", ANDROID_DE, walkers.slice(300, 700), { media: false }),
    exportOf("2023/WhatsApp Chat - Walkers.txt", "Walkers", ANDROID_US, walkers.slice(650), { media: false }),
    exportOf("WhatsApp Chat - Family.txt", "Family", FORMATS.find((f) => f.platform === "ios" && f !== IOS)!, family, { media: false }),
  ];
  for (const { source, text } of exports) {
    await mkdir(join(scratch, "in", source, ".."), { recursive: true });
    await writeFile(join(scratch, "in", source), text);
  }
  await buildArchive({ inputs: [join(scratch, "in")], output, pageSize: PAGE_SIZE, cache: false }, new Warnings());
}, 120_000);

afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Formatting marks become elements and white space is laid out, so both sides are compared without them. */
const plain = (text: string): string => text.replace(/[*_~]/g, "").replace(/\s+/g, " ").trim();

/** Every message row of a chat's pages, page after page, as [minute, author, text]. */
function shown(id: string): string[][] {
  const pages = readdirSync(join(output, "chats", id)).filter((f) => /^\d+\.html$/.test(f))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  return ["index.html", ...pages].flatMap((page) => {
    const $ = load(readFileSync(join(output, "chats", id, page), "utf8"));
    return $(".row.msg, .row.system").toArray().map((row) => {
      const text = $(row).find(".text").first();
      text.find("br").replaceWith("\n");
      text.find("p, li").after("\n");
      return [$(row).find("time").attr("datetime")!.slice(0, 16), $(row).find(".author").text(), plain(text.text())];
    });
  });
}

const expected = (said: readonly Said[]): string[][] => said.map((s) => [minuteOf(s), s.author, plain(s.text)]);

describe("every message of every export, end to end", () => {
  it("is on the pages of its chat, in order, exactly once, with its author and time", () => {
    expect(shown("walkers")).toEqual(expected(walkers));
    expect(shown("family")).toEqual(expected(family));
  });

  it("makes no other chat", () => {
    expect(readdirSync(join(output, "chats")).sort()).toEqual(["family", "walkers"]);
  });
});
