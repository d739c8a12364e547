/**
 * A generated conversation and exports of it: the same messages written in several platforms'
 * and languages' formats, with or without media, so that tests can cut overlapping exports of one
 * chat and check what a merge or a build gives back.
 */
import { Readable } from "node:stream";
import type { ExportFile, ExportSource } from "../../src/model.js";
import { FORMATS, writeChat, type ChatFormat, type Stamp, type WrittenMessage } from "../parse/writers.js";

export const IOS = FORMATS.find((f) => f.name === "ios en-GB")!;
export const ANDROID_DE = FORMATS.find((f) => f.name === "android de")!;
export const ANDROID_US = FORMATS.find((f) => f.name === "android en-US 12h")!;
const LRM = "\u200e";

/** One message of the conversation; `photo` messages attach a photo, named as each platform names it. */
export interface Said {
  readonly stamp: Stamp;
  readonly author: string;
  readonly text: string;
  readonly photo?: number;
}

export const AUTHORS = ["Alice", "Bob", "Chloé", "Dawit"];
const WORDS = ["see", "you", "at", "the", "station", "tomorrow", "café", "ok", "😂", "Привет", "summit", "photo", "later"];

export interface ConversationOptions {
  readonly seed?: number;
  readonly authors?: readonly string[];
  /** What messages are made of: a message is one to six of these, joined by spaces. */
  readonly words?: readonly string[];
}

/**
 * A conversation of `count` messages from 2021-03-14 on, a few seconds to hours apart, some in one
 * minute. Days over 12 come early, so every export's day/month order is plain.
 */
export function conversation(count: number, options: ConversationOptions = {}): Said[] {
  const { authors = AUTHORS, words = WORDS } = options;
  let state = options.seed ?? 1;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return (state >>> 16) % n;
  };
  let time = Date.UTC(2021, 2, 14, 8, 0, 0) / 1000;
  const out: Said[] = [];
  for (let i = 0; i < count; i++) {
    time += random(4) === 0 ? random(50) : 60 + random(7200);
    const d = new Date(time * 1000);
    const stamp = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
    const text = Array.from({ length: 1 + random(6) }, () => words[random(words.length)]!).join(" ");
    out.push({ stamp, author: authors[random(authors.length)]!, text, ...(random(15) === 0 ? { photo: i } : {}) });
  }
  return out;
}

const pad = (n: number): string => String(n).padStart(2, "0");
export const iosPhoto = (s: Said): string => `${String(s.photo).padStart(8, "0")}-PHOTO-${s.stamp.year}-${pad(s.stamp.month)}-${pad(s.stamp.day)}-${pad(s.stamp.hour)}-${pad(s.stamp.minute)}-${pad(s.stamp.second)}.jpg`;
/** The message's minute as the data model writes it: `2021-03-14T08:05`. */
export const minuteOf = (s: Said): string => `${s.stamp.year}-${pad(s.stamp.month)}-${pad(s.stamp.day)}T${pad(s.stamp.hour)}:${pad(s.stamp.minute)}`;

/**
 * An export of `said` in `format`: with media, a photo message attaches its file (which the export
 * holds); without, it is the platform's "omitted" line in the export's language. A text's line
 * breaks become lines of the export.
 */
export function exportOf(name: string, title: string, format: ChatFormat, said: readonly Said[], options: { media: boolean; omitted?: string }): ExportSource {
  const files = new Map<string, ExportFile>();
  const messages: WrittenMessage[] = said.map((s) => {
    let lines = s.text.split("\n");
    if (s.photo !== undefined) {
      if (options.media) {
        const file = iosPhoto(s);
        files.set(file, { name: file, size: 3, read: async () => Buffer.from("jpg"), open: async () => Readable.from([Buffer.from("jpg")]) });
        lines = [format.platform === "ios" ? `${LRM}<attached: ${file}>` : `${file} (file attached)`];
      } else {
        lines = [options.omitted ?? (format.platform === "ios" ? `${LRM}image omitted` : "<Media omitted>")];
      }
    }
    return { stamp: s.stamp, lead: "", author: s.author, lines };
  });
  const { text } = writeChat(format, messages, { bom: false, trailingEol: true, lfInside: false });
  return { source: name, path: name, title, chatFile: "_chat.txt", text, files };
}
