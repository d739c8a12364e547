/**
 * Writes made-up but realistic WhatsApp exports (docs/export-format.md: headers, system messages, markers) for the benchmark: a group
 * of ten people over four years, mostly short texts with some long ones, multi-line messages, emoji,
 * media, deleted and edited messages, links, locations, polls and a few system lines. The same seed
 * gives the same bytes, so both parsers and both commands read identical files. A "world" export
 * also has a few messages in Cyrillic, Arabic and Chinese, for search in every script. For the site build,
 * `writeIosExportFolder` writes the chat text of an extracted iPhone export whose photos are given.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Platform } from "../src/model.js";
import { Random } from "./random.js";

export interface GeneratedExport {
  readonly platform: Platform;
  readonly path: string;
  readonly messages: number;
  readonly bytes: number;
}

/** The chat spans four years whatever its size, so big exports are denser rather than longer. */
const SPAN_SECONDS = 4 * 365 * 86_400;
const START_SECONDS = Date.UTC(2019, 0, 14, 8, 0, 0) / 1000;
/** Messages per write: few syscalls, and the generator never holds a whole export in memory. */
const BATCH = 10_000;
const LRM = "\u200e";
/** iOS writes system lines with the group's name as author. */
const GROUP = "Family";
const AUTHORS = [
  "Alice", "Bob", "Carla Mendes", "Dmitry S", "Émile", "Fatima 🌸", "Grace", "Hiro", "+44 7700 900123", "Jo",
];
/** iOS shows people who are not in the phone's contacts with a tilde. */
const IOS_AUTHORS = [...AUTHORS.slice(0, -1), "~\u202fSam"];
const WORDS = (
  "the a to and of I you it is in that we for on be are have this with not so but just was what at can " +
  "do me my your all if get will up out like no know about there yes ok okay go good time see now they " +
  "one how think tomorrow today tonight dinner lunch home work later sure thanks love great really back " +
  "when then come take need want make call sorry morning night week weekend mum dad kids school train " +
  "bus car late early coffee tea pizza birthday party photo video plan trip beach weather rain sun cold " +
  "hot hungry tired happy please maybe never always still already again soon here where who why which " +
  "remember forgot bring buy shop milk bread eggs cheese present card flight hotel booking ticket game " +
  "film book news doctor appointment meeting garden dog cat walk run gym football match score"
).split(" ");
const EMOJI = ["😂", "❤️", "👍", "😊", "🙏", "😍", "🎉", "😭", "🤔", "👀", "🔥", "😅", "🥳", "☕", "🌧️", "🍕"];
const PLACES = ["51.5021456,-0.1273979", "48.8583701,2.2944813", "40.6892494,-74.0445004", "35.6585805,139.7454329"];
const DOCUMENTS = ["Report.pdf", "Tickets.pdf", "Budget 2021.xlsx", "Recipe.docx", "Itinerary.pdf"];
/** A world export's messages in other scripts: each language's share of messages, and its words. */
const WORLD_SHARE = 0.02;
const WORLD_WORDS = [
  "привет как дела сегодня завтра ужин дома работа спасибо хорошо встреча поезд погода мама папа дети школа фото".split(" "),
  "مرحبا كيف الحال اليوم غدا عشاء في البيت العمل شكرا جميل موعد القطار الطقس أمي أبي الأطفال المدرسة صورة".split(" "),
  // Chinese is written without spaces: its words run together into one line.
  "今天 晚上 一起 吃饭 明天 下雨 我们 去 海边 生日 快乐 火车票 买好了 周末 见 妈妈 孩子 学校 照片".split(" "),
];

/** What the chosen messages attach, as iOS names the file: `00000012-PHOTO-….jpg`, `00000012-VIDEO-….mp4`. */
export type Attached = "PHOTO" | "VIDEO";
const EXTENSION: Record<Attached, string> = { PHOTO: "jpg", VIDEO: "mp4" };

/** An extracted iPhone export's chat text: `_chat.txt`, to which the photos named must be added. */
export interface GeneratedFolder extends GeneratedExport {
  /** The names `<attached: …>` lines give, in the chat's order: `00000012-PHOTO-2019-01-14-08-00-00.jpg` (or `-VIDEO-….mp4`). */
  readonly photoFiles: readonly string[];
}

/** Writes `messages` messages for `platform` into `dir` and says where. */
export function writeExport(dir: string, platform: Platform, messages: number, seed: number, options: { readonly world?: boolean } = {}): GeneratedExport {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${platform}-${messages}${options.world ? "-world" : ""}.txt`);
  const bytes = writeChat(path, new ChatWriter(platform, messages, seed, undefined, "PHOTO", options.world), messages);
  return { platform, path, messages, bytes };
}

/**
 * Writes `dir/_chat.txt`, an iPhone chat of `messages` messages of which `photos`, spread evenly,
 * attach a photo (`<attached: 00000012-PHOTO-….jpg>`), or a video when `attached` says so; every
 * other media message is an "… omitted" line, so that those are the only files the export needs.
 */
export function writeIosExportFolder(dir: string, messages: number, photos: number, seed: number, attached: Attached = "PHOTO"): GeneratedFolder {
  if (!Number.isInteger(photos) || photos < 0 || photos >= messages) {
    throw new RangeError(`photos must be a whole number from 0 to ${messages - 1}, not ${photos}`);
  }
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "_chat.txt");
  const chat = new ChatWriter("ios", messages, seed, photos, attached);
  const bytes = writeChat(path, chat, messages);
  return { platform: "ios", path, messages, bytes, photoFiles: chat.photoFiles };
}

function writeChat(path: string, chat: ChatWriter, messages: number): number {
  const fd = openSync(path, "w");
  let bytes = 0;
  try {
    for (let done = 0; done < messages; done += BATCH) {
      const lines: string[] = [];
      for (let i = done; i < Math.min(done + BATCH, messages); i++) lines.push(chat.message(i));
      bytes += writeSync(fd, lines.join(""));
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** The state one export needs from message to message: its clock and Android's per-day media counter. */
class ChatWriter {
  private readonly random: Random;
  private readonly ios: boolean;
  private readonly eol: string;
  private readonly authors: readonly string[];
  private readonly meanGap: number;
  /** Which messages attach a photo, when the caller chose them; otherwise media are drawn at random. */
  private readonly photoAt: ReadonlySet<number> | undefined;
  private seconds = START_SECONDS;
  private mediaDay = "";
  private mediaOfDay = 0;
  /** The photos' file names so far, when `photos` was given. */
  readonly photoFiles: string[] = [];

  constructor(
    platform: Platform,
    messages: number,
    seed: number,
    photos?: number,
    private readonly attached: Attached = "PHOTO",
    private readonly world = false,
  ) {
    this.random = new Random(seed);
    this.ios = platform === "ios";
    this.eol = this.ios ? "\r\n" : "\n";
    this.authors = this.ios ? IOS_AUTHORS : AUTHORS;
    this.meanGap = SPAN_SECONDS / messages;
    // Evenly spaced, never message 0 (the encryption notice), all distinct since photos < messages.
    this.photoAt = photos === undefined
      ? undefined
      : new Set(Array.from({ length: photos }, (_, k) => Math.floor(((k + 1) * messages) / (photos + 1))));
  }

  /** Message `index` (0-based), with its header and a line ending after every line. */
  message(index: number): string {
    this.seconds += this.random.gap(this.meanGap);
    const date = new Date(this.seconds * 1000);
    const { author, body, mark } = index === 0 ? this.encryptionNotice()
      : this.photoAt?.has(index) ? this.photo(index, date) : this.body(index, date);
    const lines = body.replace(/\n/g, this.eol) + this.eol;
    if (!this.ios) return `${androidHeader(date)}${author === null ? "" : `${author}: `}${lines}`;
    // iOS puts U+200E before text WhatsApp wrote itself, and before the header of media lines.
    return `${mark === "line" ? LRM : ""}${iosHeader(date)}${author ?? GROUP}: ${mark === "body" ? LRM : ""}${lines}`;
  }

  private encryptionNotice(): Content {
    const text = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, " +
      "can read or listen to them.";
    return this.ios ? { author: GROUP, body: text, mark: "body" } : { author: null, body: `${text} Tap to learn more.`, mark: "none" };
  }

  /** What one message says; the shares of each kind are roughly those of a real family group. */
  private body(index: number, date: Date): Content {
    const r = this.random;
    const author = r.pickSkewed(this.authors);
    const roll = r.next();
    if (roll < 0.003) return this.systemEvent();
    if (roll < 0.043) return this.media(author, index, date);
    if (roll < 0.048) {
      return this.ios ? { author, body: "This message was deleted.", mark: "body" } : { author, body: "This message was deleted", mark: "none" };
    }
    if (roll < 0.058) return { author, body: `${sentence(r)} ${this.ios ? LRM : ""}<This message was edited>`, mark: "none" };
    if (roll < 0.068) return { author, body: `${sentence(r)} https://example.com/${r.pick(WORDS)}/${r.int(1000, 99999)}`, mark: "none" };
    if (roll < 0.069) {
      const url = `https://maps.google.com/?q=${r.pick(PLACES)}`;
      return this.ios ? { author, body: `Location: ${url}`, mark: "body" } : { author, body: `location: ${url}`, mark: "none" };
    }
    if (roll < 0.0692) return { author, body: poll(r), mark: "none" };
    if (roll < 0.0702 && this.ios) return { author, body: r.pick(["Missed voice call", "Missed video call"]), mark: "body" };
    // Drawn only in a world export, so that every other export keeps its bytes.
    if (this.world && r.chance(WORLD_SHARE * WORLD_WORDS.length)) return { author, body: worldSentence(r), mark: "none" };
    return { author, body: r.chance(0.05) ? multiLine(r) : sentence(r), mark: "none" };
  }

  private systemEvent(): Content {
    const r = this.random;
    const [who, whom] = [r.pick(AUTHORS), r.pick(AUTHORS)];
    const text = r.pick([
      `${who} added ${whom}`, `${who} left`, `${who} changed this group's icon`,
      `${who} changed the group description`, `${who} joined using this group's invite link`,
    ]);
    return this.ios ? { author: GROUP, body: text, mark: "body" } : { author: null, body: text, mark: "none" };
  }

  /** An iPhone photo (or video) message, only when those were chosen: `<attached: 00000012-PHOTO-….jpg>`. */
  private photo(index: number, date: Date): Content {
    const file = `${pad(index + 1, 8)}-${this.attached}-${iosFileStamp(date)}.${EXTENSION[this.attached]}`;
    this.photoFiles.push(file);
    return { author: this.random.pickSkewed(this.authors), body: `${LRM}<attached: ${file}>`, mark: "line" };
  }

  private media(author: string, index: number, date: Date): Content {
    const r = this.random;
    const kind = r.pick(MEDIA);
    if (this.ios) {
      const doc = kind.ios === "DOCUMENT" ? r.pick(DOCUMENTS) : null;
      const info = doc ? `${doc} • ${LRM}${r.int(1, 40)} pages ` : "";
      // When the photos were chosen, no other message attaches a file: the export holds only those.
      if (this.photoAt || r.chance(0.5)) return { author, body: `${info}${LRM}${doc ? "document" : kind.omitted} omitted`, mark: "line" };
      const file = doc ? `${pad(index + 1, 8)}-${doc}` : `${pad(index + 1, 8)}-${kind.ios}-${iosFileStamp(date)}.${kind.ext}`;
      return { author, body: `${info}${LRM}<attached: ${file}>`, mark: "line" };
    }
    // Android puts a media caption on the line after the marker.
    const caption = r.chance(0.2) ? `\n${sentence(r)}` : "";
    if (r.chance(0.6)) return { author, body: `<Media omitted>${caption}`, mark: "none" };
    const day = androidFileDay(date);
    this.mediaOfDay = day === this.mediaDay ? this.mediaOfDay + 1 : 0;
    this.mediaDay = day;
    const file = kind.android === "DOC" ? r.pick(DOCUMENTS) : `${kind.android}-${day}-WA${pad(this.mediaOfDay, 4)}.${kind.ext}`;
    return { author, body: `${file} (file attached)${caption}`, mark: "none" };
  }
}

interface Content {
  /** null for Android system lines, which have no author. */
  readonly author: string | null;
  /** Lines joined by "\n"; turned into the platform's line ending when written. */
  readonly body: string;
  /** Where iOS puts U+200E: before the body (WhatsApp's own words) or before the header (media, whose markers carry their own). */
  readonly mark: "none" | "body" | "line";
}

const MEDIA = [
  { ios: "PHOTO", android: "IMG", ext: "jpg", omitted: "image" },
  { ios: "PHOTO", android: "IMG", ext: "jpg", omitted: "image" },
  { ios: "PHOTO", android: "IMG", ext: "jpg", omitted: "image" },
  { ios: "VIDEO", android: "VID", ext: "mp4", omitted: "video" },
  { ios: "AUDIO", android: "PTT", ext: "opus", omitted: "audio" },
  { ios: "STICKER", android: "STK", ext: "webp", omitted: "sticker" },
  { ios: "GIF", android: "VID", ext: "mp4", omitted: "GIF" },
  { ios: "DOCUMENT", android: "DOC", ext: "pdf", omitted: "document" },
] as const;

/** One line of chat: mostly a few words, sometimes a paragraph. */
function sentence(r: Random): string {
  const roll = r.next();
  const count = roll < 0.6 ? r.int(1, 6) : roll < 0.9 ? r.int(7, 20) : roll < 0.99 ? r.int(21, 60) : r.int(61, 200);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(r.chance(0.04) ? r.pick(EMOJI) : r.pick(WORDS));
  const first = words[0]!;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return words.join(" ") + r.pick(["", "", ".", "!", "?", " 😂", " ❤️", "..."]);
}

/** A line in Russian, Arabic or Chinese, of words of that language only. */
function worldSentence(r: Random): string {
  const language = r.int(0, WORLD_WORDS.length - 1);
  const words = Array.from({ length: r.int(2, 8) }, () => r.pick(WORLD_WORDS[language]!));
  return language === 2 ? `${words.join("")}。` : words.join(" ");
}

/** Two to four lines, now and then with an empty line between, as people write longer notes. */
function multiLine(r: Random): string {
  const lines: string[] = [];
  const count = r.int(2, 4);
  for (let i = 0; i < count; i++) {
    if (i > 0 && r.chance(0.15)) lines.push("");
    lines.push(sentence(r));
  }
  return lines.join("\n");
}

function poll(r: Random): string {
  const options = [`OPTION: Saturday (${r.int(0, 9)} votes)`, `OPTION: Sunday (${r.int(0, 9)} votes)`, "OPTION: Next week (1 vote)"];
  return `POLL:\nWhen shall we meet for ${r.pick(["dinner", "lunch", "the party", "the walk"])}?\n${options.join("\n")}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** `15/01/2023, 09:04:31` as an iPhone in the UK writes it. */
function iosHeader(d: Date): string {
  return `[${dayMonthYear(d)}, ${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}] `;
}

/** `15/01/2023, 09:04 - ` as an Android phone in the UK writes it (no seconds). */
function androidHeader(d: Date): string {
  return `${dayMonthYear(d)}, ${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)} - `;
}

function dayMonthYear(d: Date): string {
  return `${pad(d.getUTCDate(), 2)}/${pad(d.getUTCMonth() + 1, 2)}/${d.getUTCFullYear()}`;
}

/** iOS names media after the message's time: `2023-01-15-09-04-31`. */
function iosFileStamp(d: Date): string {
  return d.toISOString().slice(0, 19).replace(/[T:]/g, "-");
}

/** Android names media after the day: `20230115`. */
function androidFileDay(d: Date): string {
  return d.toISOString().slice(0, 10).replace(/-/g, "");
}
