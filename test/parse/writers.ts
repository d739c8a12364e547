/**
 * Writers for WhatsApp export formats (docs/export-format.md#headers), used by the round-trip property test: each
 * format turns a local time into the header one platform/locale writes, and `writeChat` lays
 * messages out as an export file does (header, `Name: `, first line, continuation lines).
 * The shapes are those real exports are written in, one per platform and locale.
 */
import type { DateOrder, Platform } from "../../src/model.js";

/** A local time as a header shows it; no zone. */
export interface Stamp {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export interface ChatFormat {
  readonly name: string;
  readonly platform: Platform;
  readonly dateOrder: DateOrder;
  /** Whether headers carry seconds; a format without them can only round-trip second 0. */
  readonly seconds: boolean;
  readonly eol: "\r\n" | "\n";
  /** The direction mark this locale puts before `[` and before WhatsApp's own words (iOS). */
  readonly mark: "\u200e" | "\u200f";
  /** The header, with its closer and the space after it. */
  header(s: Stamp): string;
}

/** One message as it is laid out in the file. */
export interface WrittenMessage {
  readonly stamp: Stamp;
  /** What comes before the header on its line (a direction mark, or nothing). */
  readonly lead: string;
  /** Written as `author: ` after the header; null writes the body right after the header. */
  readonly author: string | null;
  /** The body's lines; the first follows the header (and author), the rest are lines of their own. */
  readonly lines: readonly string[];
  /** Written as `author:` with no space after it: iOS's empty body (FORMAT.md §11), the first line then being empty. */
  readonly colonOnly?: boolean;
}

export interface Layout {
  /** Whether the file starts with a UTF-8 byte order mark (seen in real exports). */
  readonly bom: boolean;
  /** Whether the file ends with a line break. */
  readonly trailingEol: boolean;
  /** Continuation lines joined with LF even in a CRLF file (seen in iOS 2016 exports). */
  readonly lfInside: boolean;
}

export interface WrittenChat {
  readonly text: string;
  /** 1-based line of each message's header. */
  readonly lines: readonly number[];
}

export function writeChat(format: ChatFormat, messages: readonly WrittenMessage[], layout: Layout): WrittenChat {
  const out: string[] = [];
  const lines: number[] = [];
  let line = 1;
  messages.forEach((m, i) => {
    lines.push(line);
    const [first = "", ...rest] = m.lines;
    const inside = layout.lfInside ? "\n" : format.eol;
    const head = `${m.lead}${format.header(m.stamp)}${m.author === null ? "" : `${m.author}:${m.colonOnly ? "" : " "}`}${first}`;
    out.push([head, ...rest].join(inside));
    if (i < messages.length - 1 || layout.trailingEol) out.push(format.eol);
    line += m.lines.length;
  });
  return { text: (layout.bom ? "\ufeff" : "") + out.join(""), lines };
}

const pad = (n: number): string => String(n).padStart(2, "0");
const yy = (year: number): string => pad(year % 100);
const h12 = (hour: number): number => hour % 12 || 12;
const arabicDigits = (s: string | number): string =>
  String(s).replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
/** Japanese era year: Heisei until 30 April 2019, then Reiwa. */
const japaneseYear = (s: Stamp): string => {
  const reiwa = s.year > 2019 || (s.year === 2019 && s.month >= 5);
  return reiwa ? `R${s.year - 2018}` : `H${s.year - 1988}`;
};

const NNBSP = "\u202f";
const NBSP = "\u00a0";
const RLM = "\u200f";

function ios(name: string, dateOrder: DateOrder, header: (s: Stamp) => string, mark: "\u200e" | "\u200f" = "\u200e"): ChatFormat {
  return { name, platform: "ios", dateOrder, seconds: true, eol: "\r\n", mark, header };
}
function android(name: string, dateOrder: DateOrder, header: (s: Stamp) => string, seconds = false): ChatFormat {
  return { name, platform: "android", dateOrder, seconds, eol: "\n", mark: "\u200e", header };
}

/** The date with its month as a word, as ICU writes it for the locale (`20 Aug 2022`, `20. August 2022`, `Aug 20, 2022`). */
const worded = (locale: string, month: "long" | "short") => (s: Stamp): string =>
  new Intl.DateTimeFormat(locale, { day: "numeric", month, year: "numeric", timeZone: "UTC" }).format(Date.UTC(s.year, s.month - 1, s.day));

export const FORMATS: readonly ChatFormat[] = [
  // iOS, CRLF, always with seconds.
  ios("ios en-US 12h", "mdy", (s) =>
    `[${s.month}/${s.day}/${yy(s.year)}, ${h12(s.hour)}:${pad(s.minute)}:${pad(s.second)}${NNBSP}${s.hour < 12 ? "AM" : "PM"}] `),
  ios("ios en-GB", "dmy", (s) => `[${pad(s.day)}/${pad(s.month)}/${s.year}, ${pad(s.hour)}:${pad(s.minute)}:${pad(s.second)}] `),
  ios("ios de", "dmy", (s) => `[${pad(s.day)}.${pad(s.month)}.${yy(s.year)}, ${pad(s.hour)}:${pad(s.minute)}:${pad(s.second)}] `),
  ios("ios fr", "dmy", (s) => `[${pad(s.day)}/${pad(s.month)}/${s.year} ${pad(s.hour)}:${pad(s.minute)}:${pad(s.second)}] `),
  ios("ios id dot-time", "mdy", (s) => `[${s.month}/${s.day}/${yy(s.year)} ${pad(s.hour)}.${pad(s.minute)}.${pad(s.second)}] `),
  ios("ios vi time-first", "dmy", (s) => `[${pad(s.hour)}:${pad(s.minute)}:${pad(s.second)}, ${s.day}/${s.month}/${yy(s.year)}] `),
  ios("ios ar Arabic-Indic 12h", "dmy", (s) =>
    `[${arabicDigits(s.day)}${RLM}/${arabicDigits(s.month)}${RLM}/${arabicDigits(s.year)}، ` +
    `${arabicDigits(h12(s.hour))}:${arabicDigits(pad(s.minute))}:${arabicDigits(pad(s.second))}${NBSP}${s.hour < 12 ? "ص" : "م"}] `, RLM),
  ios("ios ar Latin digits", "dmy", (s) =>
    `[${RLM}${s.day}${RLM}/${s.month}${RLM}/${s.year}، ${pad(s.hour)}:${pad(s.minute)}:${pad(s.second)}] `, RLM),
  ios("ios Buddhist era", "mdy", (s) =>
    `[${s.month}/${s.day}/${s.year + 543} BE, ${pad(s.hour)}:${pad(s.minute)}:${pad(s.second)}] `),
  ios("ios th Buddhist era, day first", "dmy", (s) =>
    `[${s.day}/${s.month}/${s.year + 543} BE ${pad(s.hour)}:${pad(s.minute)}:${pad(s.second)}] `),
  ios("ios Japanese era", "mdy", (s) =>
    `[${s.month}/${s.day}/${japaneseYear(s)}, ${pad(s.hour)}:${pad(s.minute)}:${pad(s.second)}] `),
  ios("ios old colon", "dmy", (s) => `${pad(s.day)}/${pad(s.month)}/${yy(s.year)} ${pad(s.hour)}:${pad(s.minute)}:${pad(s.second)}: `),
  // Android, LF, no seconds.
  android("android en-GB", "dmy", (s) => `${pad(s.day)}/${pad(s.month)}/${s.year}, ${pad(s.hour)}:${pad(s.minute)} - `),
  android("android en-US 12h", "mdy", (s) =>
    `${s.month}/${s.day}/${yy(s.year)}, ${h12(s.hour)}:${pad(s.minute)}${NNBSP}${s.hour < 12 ? "AM" : "PM"} - `),
  android("android es 12h", "dmy", (s) =>
    `${s.day}/${s.month}/${yy(s.year)}, ${h12(s.hour)}:${pad(s.minute)} ${s.hour < 12 ? "a." : "p."}${NBSP}m. - `),
  android("android de", "dmy", (s) => `${pad(s.day)}.${pad(s.month)}.${yy(s.year)}, ${pad(s.hour)}:${pad(s.minute)} - `),
  android("android nl", "dmy", (s) => `${pad(s.day)}-${pad(s.month)}-${s.year} ${pad(s.hour)}:${pad(s.minute)} - `),
  android("android fi klo", "dmy", (s) => `${s.day}.${s.month}.${s.year} klo ${pad(s.hour)}.${pad(s.minute)} - `),
  android("android fr à", "dmy", (s) => `${pad(s.day)}/${pad(s.month)}/${s.year} à ${pad(s.hour)}:${pad(s.minute)} - `),
  android("android year-first", "ymd", (s) => `${s.year}/${pad(s.month)}/${pad(s.day)}, ${pad(s.hour)}:${pad(s.minute)} - `),
  android("android en-CA", "ymd", (s) =>
    `${s.year}-${pad(s.month)}-${pad(s.day)}, ${h12(s.hour)}:${pad(s.minute)}${NNBSP}${s.hour < 12 ? "a.m." : "p.m."} - `),
  android("android ko", "ymd", (s) =>
    `${s.year}. ${s.month}. ${s.day}. ${s.hour < 12 ? "오전" : "오후"} ${h12(s.hour)}:${pad(s.minute)} - `),
  // Month words: the order is the word's, so the parser reads these year first.
  android("android en-GB month words", "ymd", (s) => `${worded("en-GB", "short")(s)}, ${pad(s.hour)}:${pad(s.minute)} - `),
  android("android en-US month words 12h", "ymd", (s) =>
    `${worded("en-US", "short")(s)}, ${h12(s.hour)}:${pad(s.minute)}${NNBSP}${s.hour < 12 ? "AM" : "PM"} - `),
  ios("ios de month words", "ymd", (s) => `[${worded("de", "long")(s)}, ${pad(s.hour)}:${pad(s.minute)}:${pad(s.second)}] `),
  // The legacy semicolon form, with seconds (docs/export-format.md#headers).
  android("android semicolon", "dmy", (s) => `${pad(s.day)}.${pad(s.month)}.${s.year} - ${pad(s.hour)}:${pad(s.minute)}:${pad(s.second)}; `, true),
];

/**
 * The header of a message copied with WhatsApp's "Copy" and pasted into another: brackets and no
 * seconds, in the phone's own date and time (docs/export-format.md#headers). In the export it is text.
 */
export function copiedHeader(format: ChatFormat, s: Stamp): string {
  const header = format.header(s);
  return format.seconds ? withoutSeconds(header) : `[${header.replace(/(?: - |; )$/, "")}] `;
}

/** The format's header with seconds where it has none, or without them where it has them: a shape of its own. */
export function otherSecondsHeader(format: ChatFormat, s: Stamp): string {
  const header = format.header(s);
  return format.seconds ? withoutSeconds(header) : replaceLastTime(header, (time) => `${time}${time.charAt(time.length - 3)}${pad(s.second)}`);
}

const DIGIT = "[0-9\u0660-\u0669]";
const TIME = new RegExp(`${DIGIT}{1,2}[:.]${DIGIT}{2}(?:[:.]${DIGIT}{2})?`, "g");
/** The time is the header's last run of `h:mm[:ss]` (a German date `15.01.23` is one too, but comes first or is alone in brackets). */
function replaceLastTime(header: string, change: (time: string) => string): string {
  const times = [...header.matchAll(TIME)];
  const last = times[times.length - 1]!;
  return header.slice(0, last.index) + change(last[0]) + header.slice(last.index + last[0].length);
}
const withoutSeconds = (header: string): string => replaceLastTime(header, (time) => time.slice(0, -3));

/** `YYYY-MM-DDTHH:MM:SS`, as the model writes timestamps. */
export function isoStamp(s: Stamp): string {
  return `${s.year}-${pad(s.month)}-${pad(s.day)}T${pad(s.hour)}:${pad(s.minute)}:${pad(s.second)}`;
}

/** The text with invisible and look-alike characters spelled out, for failure messages. */
export function visible(text: string): string {
  return text
    .replace(/[\u00a0\u200b-\u200f\u2028\u2029\u202a-\u202f\u2066-\u2069\ufeff\r]/g,
      (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}⟩`)
    .replace(/\n/g, "⟨LF⟩\n");
}

/** A poll's words in one language (docs/export-format.md#polls): its heading, the word before each option, the unit. */
export interface PollWords {
  readonly poll: string;
  readonly option: string;
  /** The unit for one vote and for any other count. */
  readonly unit: readonly [string, string];
}

/** Poll words as real exports write them; the singular is English's only, the others write their plural for any count. */
export const POLL_WORDS: readonly PollWords[] = [
  { poll: "POLL", option: "OPTION", unit: ["vote", "votes"] },
  { poll: "UMFRAGE", option: "OPTION", unit: ["Stimmen", "Stimmen"] },
  { poll: "ENCUESTA", option: "OPCIÓN", unit: ["votos", "votos"] },
  { poll: "PEILING", option: "OPTIE", unit: ["stemmen", "stemmen"] },
];

/**
 * A poll's lines as `platform` writes them: iOS puts a mark before the heading and each option and
 * (with `nbsp`) a no-break space before the unit; Android a mark before the count.
 */
export function pollLines(platform: Platform, words: PollWords, question: string, options: readonly { text: string; votes: number }[], nbsp: boolean): string[] {
  const ios = platform === "ios";
  const mark = ios ? "\u200e" : "";
  const option = ({ text, votes }: { text: string; votes: number }): string => {
    const unit = words.unit[votes === 1 ? 0 : 1];
    const count = ios ? `${votes}${nbsp ? NBSP : " "}${unit}` : `\u200e${votes} ${unit}`;
    return `${mark}${words.option}: ${text} (${count})`;
  };
  return [`${mark}${words.poll}:`, ...question.split("\n"), ...options.map(option)];
}

/** An admin's deletion as real exports write it, `{name}` standing for the admin's name (a sentence without one has none). */
export const ADMIN_DELETIONS: readonly string[] = [
  "This message was deleted by admin {name}", "Diese Nachricht wurde von Admin {name} gelöscht", "Mensagem apagada por um admin",
];
