/**
 * Merging exports of one chat: a generated conversation is written as several overlapping exports
 * (other platforms, date formats and languages, with and without media, with gaps), parsed, merged,
 * and must come back as the conversation: every message once, in order.
 */
import { describe, expect, it } from "vitest";
import { mergeExports } from "../../src/merge/index.js";
import { Warnings, type ExportFile, type ExportSource, type Message } from "../../src/model.js";
import { parseExports } from "../../src/parse/index.js";
import { FORMATS, writeChat, type ChatFormat, type Stamp, type WrittenMessage } from "../parse/writers.js";

const IOS = FORMATS.find((f) => f.name === "ios en-GB")!;
const ANDROID_DE = FORMATS.find((f) => f.name === "android de")!;
const ANDROID_US = FORMATS.find((f) => f.name === "android en-US 12h")!;
const LRM = "\u200e";

/** One message of the conversation; `photo` messages attach a photo, named as each platform names it. */
interface Said {
  readonly stamp: Stamp;
  readonly author: string;
  readonly text: string;
  readonly photo?: number;
}

const AUTHORS = ["Alice", "Bob", "Chloé", "Dawit"];
const WORDS = ["see", "you", "at", "the", "station", "tomorrow", "café", "ok", "😂", "Привет", "summit", "photo", "later"];

/**
 * A conversation of `count` messages from 2021-03-14 on, a few seconds to hours apart, some in one
 * minute. Days over 12 come early, so every export's day/month order is plain.
 */
function conversation(count: number, seed = 1): Said[] {
  let state = seed;
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
    const words = Array.from({ length: 1 + random(6) }, () => WORDS[random(WORDS.length)]!);
    out.push({ stamp, author: AUTHORS[random(AUTHORS.length)]!, text: words.join(" "), ...(random(15) === 0 ? { photo: i } : {}) });
  }
  return out;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const iosPhoto = (s: Said): string => `${String(s.photo).padStart(8, "0")}-PHOTO-${s.stamp.year}-${pad(s.stamp.month)}-${pad(s.stamp.day)}-${pad(s.stamp.hour)}-${pad(s.stamp.minute)}-${pad(s.stamp.second)}.jpg`;

/**
 * An export of `said` in `format`: with media, a photo message attaches its file (which the export
 * holds); without, it is the platform's "omitted" line in the export's language.
 */
function exportOf(name: string, title: string, format: ChatFormat, said: readonly Said[], options: { media: boolean; omitted?: string }): ExportSource {
  const files = new Map<string, ExportFile>();
  const messages: WrittenMessage[] = said.map((s) => {
    let line = s.text;
    if (s.photo !== undefined) {
      if (options.media) {
        const file = iosPhoto(s);
        files.set(file, { name: file, size: 3, read: async () => Buffer.from("jpg") } as unknown as ExportFile);
        line = format.platform === "ios" ? `${LRM}<attached: ${file}>` : `${file} (file attached)`;
      } else {
        line = options.omitted ?? (format.platform === "ios" ? `${LRM}image omitted` : "<Media omitted>");
      }
    }
    return { stamp: s.stamp, lead: "", author: s.author, lines: [line] };
  });
  const { text } = writeChat(format, messages, { bom: false, trailingEol: true, lfInside: false });
  return { source: name, path: name, title, chatFile: "_chat.txt", text, files };
}

function merge(...exports: ExportSource[]) {
  const warnings = new Warnings();
  const merged = mergeExports(parseExports(exports, {}, warnings), warnings);
  return { merged, warnings: warnings.list.map((w) => `${w.file}${w.line ? `:${w.line}` : ""}: ${w.message}`) };
}

/** What must survive a merge: minute, author, text, and whether a photo is attached (or left out). */
const seen = (m: Message) => [m.timestamp.slice(0, 16), m.author, m.text, m.attachments.length > 0 || m.mediaOmitted];
const expected = (said: readonly Said[]) => said.map((s) => [
  `${s.stamp.year}-${pad(s.stamp.month)}-${pad(s.stamp.day)}T${pad(s.stamp.hour)}:${pad(s.stamp.minute)}`, s.author, s.photo === undefined ? s.text : "", s.photo !== undefined,
]);

describe("mergeExports", () => {
  const said = conversation(1000);

  it("merges overlapping exports from two platforms in two languages into one timeline, every message once", () => {
    const { merged, warnings } = merge(
      exportOf("WhatsApp Chat - Walkers.zip", "Walkers", IOS, said.slice(0, 600), { media: true }),
      exportOf("WhatsApp Chat mit Walkers.txt", "Walkers", ANDROID_DE, said.slice(400), { media: false, omitted: "<Medien ausgeschlossen>" }),
    );
    expect(warnings).toEqual([]);
    expect(merged).toHaveLength(1);
    const { chat, exports } = merged[0]!;
    expect(chat.messages.map(seen)).toEqual(expected(said));
    expect(chat.messages.map((m) => m.id)).toEqual(said.map((_, i) => i + 1));
    expect(chat.sources).toEqual(["WhatsApp Chat - Walkers.zip", "WhatsApp Chat mit Walkers.txt"]);
    expect(exports.map((e) => e.source)).toEqual(chat.sources);
    expect([...chat.participants].sort()).toEqual([...AUTHORS].sort());
  });

  it("gives the merged chat the media of whichever export holds it", () => {
    // The older export left the media out; the newer one, which overlaps it, has the photos.
    const { merged } = merge(
      exportOf("old.txt", "Walkers", ANDROID_US, said.slice(0, 700), { media: false }),
      exportOf("new.zip", "Walkers", IOS, said.slice(300), { media: true }),
    );
    const photos = merged[0]!.chat.messages.filter((m) => m.attachments.length > 0 || m.mediaOmitted);
    const inOverlapOrLater = said.flatMap((s, i) => (s.photo !== undefined && i >= 300 ? [s] : []));
    const withFile = photos.filter((m) => m.attachments.some((a) => a.present));
    expect(withFile.map((m) => m.attachments[0]!.fileName)).toEqual(inOverlapOrLater.map(iosPhoto));
    expect(photos.length).toBe(said.filter((s) => s.photo !== undefined).length);
  });

  it("keeps both sides of a gap between exports, in order, and invents nothing", () => {
    const { merged } = merge(
      exportOf("b.txt", "Walkers", ANDROID_US, said.slice(500, 800), { media: false }),
      exportOf("a.txt", "Walkers", ANDROID_US, said.slice(0, 300), { media: false }),
    );
    expect(merged[0]!.chat.messages.map(seen)).toEqual(expected([...said.slice(0, 300), ...said.slice(500, 800)]));
    expect(merged[0]!.chat.sources).toEqual(["a.txt", "b.txt"]);
  });

  it("reads the same export twice as one", () => {
    const once = exportOf("a.txt", "Walkers", ANDROID_US, said.slice(0, 300), { media: false });
    const { merged } = merge(once, { ...once, source: "copy of a.txt" });
    expect(merged[0]!.chat.messages.map(seen)).toEqual(expected(said.slice(0, 300)));
  });

  it("keeps a message said twice in one minute twice", () => {
    const twice: Said[] = [...said.slice(0, 10), { ...said[10]!, text: "ok" }, { ...said[10]!, text: "ok" }, ...said.slice(11, 20)];
    const { merged } = merge(
      exportOf("a.txt", "Walkers", ANDROID_US, twice.slice(0, 15), { media: false }),
      exportOf("b.txt", "Walkers", IOS, twice.slice(5), { media: false }),
    );
    expect(merged[0]!.chat.messages.map(seen)).toEqual(expected(twice));
  });

  it("keeps an export's own order where its times run backwards", () => {
    // WhatsApp writes some notices with an earlier time than the line before them.
    const shifted: Said[] = [...said.slice(0, 50), { ...said[20]!, text: "a notice from the past" }, ...said.slice(50, 100)];
    const { merged } = merge(
      exportOf("a.txt", "Walkers", ANDROID_US, shifted.slice(0, 80), { media: false }),
      exportOf("b.txt", "Walkers", ANDROID_US, shifted.slice(40), { media: false }),
    );
    expect(merged[0]!.chat.messages.map(seen)).toEqual(expected(shifted));
  });

  it("keeps both versions of a message the exports disagree on, and says where", () => {
    const changed = said.slice(0, 200).map((s, i) => (i === 150 ? { ...s, text: `${s.text} (changed)` } : s));
    const { merged, warnings } = merge(
      exportOf("a.txt", "Walkers", ANDROID_US, said.slice(0, 160), { media: false }),
      exportOf("b.txt", "Walkers", ANDROID_US, changed.slice(100), { media: false }),
    );
    const texts = merged[0]!.chat.messages.map((m) => m.text);
    expect(texts).toContain(said[150]!.text);
    expect(texts).toContain(changed[150]!.text);
    expect(merged[0]!.chat.messages).toHaveLength(201);
    expect(warnings).toEqual([
      "b.txt:51: 1 message differs from a.txt in the same minute from the same author; both versions are kept",
    ]);
  });

  it("keeps exports with one title but other messages at the same times as two chats, and says so", () => {
    const other = conversation(300, 7);
    const { merged, warnings } = merge(
      exportOf("Family 1.txt", "Family", ANDROID_US, said.slice(0, 300), { media: false }),
      exportOf("Family 2.txt", "Family", ANDROID_US, other, { media: false }),
    );
    expect(merged.map((m) => m.chat.id)).toEqual(["family", "family-2"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Family [12]\.txt: has the title of another export \("Family"\) but other messages at the same times; kept as a chat of its own$/);
  });

  it("merges a renamed group's exports by their shared messages, under the newer title", () => {
    const { merged } = merge(
      exportOf("WhatsApp Chat - Walkers.txt", "Walkers", ANDROID_US, said.slice(0, 600), { media: false }),
      exportOf("WhatsApp Chat - Weekend Walkers.txt", "Weekend Walkers", ANDROID_US, said.slice(300), { media: false }),
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]!.chat.title).toBe("Weekend Walkers");
    expect(merged[0]!.chat.messages.map(seen)).toEqual(expected(said));
  });

  it("says when an export holds about as many messages as WhatsApp's cap, so older ones are probably missing", () => {
    const capped = conversation(10_000, 3);
    const { merged, warnings } = merge(exportOf("capped.txt", "Big", ANDROID_US, capped, { media: false }));
    expect(merged[0]!.truncatedAt).toBe(10_000);
    expect(warnings).toEqual([
      "capped.txt: holds 10000 messages, about WhatsApp's cap of 10000 for one export: older messages are probably missing; " +
        "export the chat again from an older backup or with fewer media, and the build will merge them",
    ]);
    const { merged: whole } = merge(exportOf("small.txt", "Big", ANDROID_US, capped.slice(0, 9_000), { media: false }));
    expect(whole[0]!.truncatedAt).toBeUndefined();
  });
});
