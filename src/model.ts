/**
 * The data model of Chat Archive, defined once. Every stage reads and writes these types:
 * ingest → parse → merge → media → data → render, with search beside them (src/build.ts). `parse`
 * prints {@link Archive} as JSON (schema version 1, described in the README's "What `parse` prints");
 * optional fields are left out of the JSON when they do not apply.
 */

import type { Readable } from "node:stream";
import type { StringKey } from "./i18n/en.js";
import { language, type Language } from "./i18n/index.js";

export const SCHEMA_VERSION = 1;

export type Platform = "ios" | "android";

/** A 12-hour clock ("9:04 PM") or a 24-hour one ("21:04"). */
export type Clock = "12h" | "24h";

/** Which of day, month and year comes first in an export's dates. */
export type DateOrder = "dmy" | "mdy" | "ymd";
export const DATE_ORDERS: readonly DateOrder[] = ["dmy", "mdy", "ymd"];

export type AttachmentKind =
  | "image"
  | "video"
  | "gif"
  | "audio"
  | "voice"
  | "sticker"
  | "document"
  | "contact";

export interface Attachment {
  /** The file's name inside the export, exactly as the message names it. */
  readonly fileName: string;
  readonly kind: AttachmentKind;
  /** Whether the export holds the file. */
  readonly present: boolean;
}

export interface Location {
  /** The map link; live locations have none. */
  readonly url?: string;
  /** A venue's name and address, when WhatsApp wrote one. */
  readonly name?: string;
  readonly live?: boolean;
}

export interface PollOption {
  readonly text: string;
  readonly votes: number;
}

export interface Poll {
  readonly question: string;
  readonly options: readonly PollOption[];
}

export interface Message {
  /** Position in the timeline, 1-based, stable per build. */
  readonly id: number;
  /** Local time as exported, no zone: `YYYY-MM-DDTHH:MM:SS` (seconds 00 when absent). */
  readonly timestamp: string;
  /** null for system messages. */
  readonly author: string | null;
  /** What the person wrote; WhatsApp's markers taken out and turned into the fields below. */
  readonly text: string;
  readonly attachments: readonly Attachment[];
  readonly system: boolean;
  readonly deleted: boolean;
  readonly edited: boolean;
  /** The export left the media out ("<Media omitted>", "image omitted"). */
  readonly mediaOmitted: boolean;
  /** What kind of media was left out, when the marker says (iOS does, Android does not). */
  readonly omittedKind?: AttachmentKind;
  readonly viewOnce?: boolean;
  readonly location?: Location;
  readonly poll?: Poll;
  /**
   * A missed or made voice/video call, or a group's voice chat (iOS writes these as messages); a
   * voice chat's details (how long, who joined) are the message's text.
   */
  readonly call?: "voice" | "video" | "missed-voice" | "missed-video" | "voice-chat";
  /** Line number (1-based) of the message's first line in its source file. */
  readonly line: number;
}

export interface Chat {
  /** Stable slug, unique in the archive. */
  readonly id: string;
  /** From the export's file name. */
  readonly title: string;
  readonly platform: Platform;
  /** The export file names this chat was read from. */
  readonly sources: readonly string[];
  /** Authors in order of their first message. */
  readonly participants: readonly string[];
  readonly messages: readonly Message[];
  /**
   * The language WhatsApp wrote the export in (BCP 47: "af", "pt-BR"), read only from its own markers
   * and notices, never from what people wrote; absent when none showed.
   */
  readonly lang?: string;
  /** The clock the export wrote its times with; absent when not known. */
  readonly clock?: Clock;
}

/** The authors of the messages, in order of their first message: a chat's participants. */
export function participantsOf(messages: readonly Message[]): string[] {
  const participants = new Set<string>();
  let last: string | null = null;
  // Runs of one author are common, so only a change of author is looked up.
  for (const { author } of messages) {
    if (author !== null && author !== last) participants.add(author);
    last = author;
  }
  return [...participants];
}

/** The minute a message was sent, `2023-01-15 09:04`, as both search indexes keep it and exports of every platform agree on it; "" for none. */
export function minuteOf(m: Message | undefined): string {
  return m ? `${m.timestamp.slice(0, 10)} ${m.timestamp.slice(11, 16)}` : "";
}

/** When the last of the messages was sent, or "" when there are none. */
export function lastTimestamp(messages: readonly Message[]): string {
  return messages[messages.length - 1]?.timestamp ?? "";
}

/** A chat as one export holds it, before exports of the same chat are merged. */
export type ExportedChat = Omit<Chat, "id" | "sources">;

/** What the parser reads from a chat text alone: an exported chat but for its title (the export's name gives that), with the day/month order of its dates. */
export interface ParsedChat extends Omit<ExportedChat, "title"> {
  readonly dateOrder: DateOrder;
}

/** The hand-off from parse to merge: one export's chat and the export it was read from. */
export interface ParsedExport {
  readonly chat: ExportedChat;
  readonly source: ExportSource;
}

/** A chat after the merge stage, with the exports it was read from (oldest first), for their media. */
export interface MergedChat {
  readonly chat: Chat;
  readonly exports: readonly ExportSource[];
  /** The cap of WhatsApp's that its oldest export stopped at, if it seems to have: older messages are missing. */
  readonly truncatedAt?: number;
}

export interface Archive {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly chats: readonly Chat[];
}

/** A warning's code: a key of the string catalog without its "warning." prefix, so that every warning has its words in every catalog. */
export type WarningCode = CodeOf<StringKey>;
type CodeOf<K> = K extends `warning.${infer Code}` ? Code : never;

/** A number of bytes, which the wording writes in units ("5 MiB") with the language's digits. */
export interface Size {
  readonly bytes: number;
}

/**
 * What a warning says, as data: the catalog words it in the archive's language for report.html and
 * in English for the terminal. A value may be a notice of its own (why a file was skipped), worded first.
 */
export interface Notice {
  readonly code: WarningCode;
  /** The `{placeholders}`: names and OS or library messages as they are, numbers in the language's digits. */
  readonly values?: Readonly<Record<string, string | number | Size | Notice>>;
}

/** Something the user should know about; collected as data, printed only by the CLI. */
export interface Warning extends Notice {
  /** The export (or file inside it) the warning is about. */
  readonly file: string;
  /** 1-based line in the chat text, when the warning is about a line. */
  readonly line?: number;
}

/**
 * Whose messages sit on the right, as in the app: the names given with `--me`, or those the data
 * stage infers from the chats (src/data/me.ts).
 */
export interface Me {
  /** Chat id → the names, as that chat writes them, whose messages sit on the right; a chat not here has none. */
  readonly byChat: ReadonlyMap<string, readonly string[]>;
  readonly summary: MeSummary;
}

/** Who "me" is and how that was decided, for the build's summary; kept in its record, so a skipped build says it too. */
export interface MeSummary {
  /** The names, as the exports write them. */
  readonly names: readonly string[];
  /** Given with --me; the one who is not the contact in one-to-one chats; the one name in every chat; or not known. */
  readonly how: "given" | "one-to-one" | "every-chat" | "unknown";
  /** For "one-to-one": the titles of the one-to-one chats that settled it. */
  readonly contacts: readonly string[];
  /** When inferred: the titles of the chats where it stayed unknown. */
  readonly unknownIn: readonly string[];
}

/** The archive's language and how it was chosen, for the build's summary. */
export interface LanguageChoice {
  /** A code with a catalog: "af". */
  readonly code: string;
  /** Given with --lang; the one most messages were detected in; English since no language was detected; English since none of ours is the detected one. */
  readonly how: "given" | "detected" | "none-detected" | "no-catalog";
  /** For "no-catalog": the language detected. */
  readonly detected?: string;
}

/** Collects warnings as a stage runs; the CLI prints them and the site lists them in report.html. */
export class Warnings {
  readonly list: Warning[] = [];
  add(file: string, code: WarningCode, values?: Notice["values"], line?: number): void {
    this.list.push({ file, ...(line === undefined ? {} : { line }), code, ...(values === undefined ? {} : { values }) });
  }
  /** Takes on warnings collected elsewhere: another stage's running beside this one, or an earlier build's. */
  addAll(warnings: readonly Warning[]): void {
    this.list.push(...warnings);
  }
}

/** The phases of a build that report progress, in the order they run. */
export type Phase = "read" | "media" | "index" | "render";

/**
 * Where the stages say how far they are; the CLI draws it (bars on a terminal, a line a phase
 * otherwise), so the stages never print. Phases may run at the same time (media and the index).
 */
export interface Progress {
  /** A phase begins, with its number of steps (exports, files, messages or pages). */
  start(phase: Phase, total: number): void;
  /** `count` more steps of the phase are done. */
  advance(phase: Phase, count?: number): void;
  /** The phase is done, whatever its steps added up to. */
  end(phase: Phase): void;
}

/** For callers that do not watch: tests, the benchmark, `parse`. */
export const NO_PROGRESS: Progress = { start() {}, advance() {}, end() {} };

/** What every stage is given, as its last parameter: where it adds its warnings and says how far it is. */
export interface StageContext {
  readonly warnings: Warnings;
  readonly progress: Progress;
}

/** A stage's context for a caller that collects `warnings` and does not watch progress, unless it gives one. */
export function stageContext(warnings: Warnings, progress: Progress = NO_PROGRESS): StageContext {
  return { warnings, progress };
}

/** An error the user caused (bad input or usage); the CLI prints its message without a stack. */
export class UserError extends Error {
  constructor(
    message: string,
    /** 1 for a failed build, 2 for a usage error. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** The terminal's language, made on the first WarningError: most builds never need it. */
let english: Language | undefined;

/**
 * A UserError that a stage turns into a warning about the export and goes on: it carries the
 * warning's notice, and its message is the notice in English, after the file when one is given.
 */
export class WarningError extends UserError {
  constructor(
    readonly notice: Notice,
    file?: string,
  ) {
    const text = (english ??= language("en")).warning(notice);
    super(file === undefined ? text : `${file}: ${text}`);
    this.name = "WarningError";
  }
}

/** One file inside an export: a zip entry or a file in an extracted export folder. */
export interface ExportFile {
  /** The file's base name, as messages name it. */
  readonly name: string;
  /** Uncompressed size in bytes. */
  readonly size: number;
  /** Reads the whole file, refusing more bytes than the size caps allow. */
  read(): Promise<Buffer>;
  /**
   * The file's bytes as a stream, never held whole: for copying big files. The same caps and checks
   * as `read()` fail it (or its opening) with a {@link WarningError} naming the file.
   */
  open(): Promise<Readable>;
}

/** One export found by ingest: its chat text, decoded, and the files beside it. */
export interface ExportSource {
  /** What the user calls the export, for `sources` and warnings: "WhatsApp Chat - Family.zip". */
  readonly source: string;
  /** Where it is on disk. */
  readonly path: string;
  /** The chat's title, from the export's name ("WhatsApp Chat with Alice.zip" → "Alice"). */
  readonly title: string;
  /** The chat text's own name inside the export ("_chat.txt"), for warnings. */
  readonly chatFile: string;
  /** The chat text, decoded, BOM removed. */
  readonly text: string;
  /** Every other file in the export, by base name. */
  readonly files: ReadonlyMap<string, ExportFile>;
}

/**
 * What the site's templates render, built by the data stage: every label already in the archive's
 * language, every link already relative to the page it is on. Templates format; they do not compute.
 */
export interface Site {
  readonly lang: string;
  readonly dir: "ltr" | "rtl";
  /** UI strings by key, for the templates' fixed labels. */
  readonly strings: Readonly<Record<StringKey, string>>;
  /** The browser scripts' strings, those that count given for each count up to `searchLimit`: the render stage writes them to assets/strings.js. */
  readonly scriptStrings: Readonly<Record<string, string | readonly string[]>>;
  /** The most results the search box shows. */
  readonly searchLimit: number;
  readonly chatPages: readonly LazyPage<ChatPage>[];
  readonly galleries: readonly GalleryPage[];
  /** The index and the report, made when the render stage comes to them, last: both list the warnings, which the search index may still add to while the chat pages render. */
  warningPages(): { readonly index: IndexPage; readonly report: ReportPage };
}

/** A page whose data is made only when the render stage comes to it, so that a big archive's pages never all exist at once. */
export interface LazyPage<T> {
  /** Messages it shows: the render stage sizes its batches by them. */
  readonly messages: number;
  make(): T;
}

/** Fields every page has: where it is, and the way back to the archive's root. */
export interface PageBase {
  /** Output path, e.g. "chats/family/2.html". */
  readonly path: string;
  /** Relative prefix from this page to the archive root: "" or "../../". */
  readonly root: string;
  readonly title: string;
}

/** A chat's people in words: `summary` names them all, or when they are many the first few and how many more, with `all` naming everyone. */
export interface People {
  readonly summary: string;
  readonly all?: string;
}

export interface ChatCard {
  readonly id: string;
  readonly title: string;
  /** Link from the archive root to the chat's first page. */
  readonly href: string;
  readonly participants: People;
  readonly messages: string;
  readonly range: string;
  readonly lastPreview: string;
  readonly lastAuthor: string | null;
}

export interface IndexPage extends PageBase {
  readonly totals: string;
  readonly chats: readonly ChatCard[];
  readonly warnings: string;
}

export interface PageLink {
  readonly label: string;
  readonly href: string | null;
  readonly current?: boolean;
}

export interface MediaView {
  readonly kind: AttachmentKind | "omitted";
  readonly label: string;
  /** Link to the original, relative to the page; null when the export lacks the file. */
  readonly href: string | null;
  readonly fileName?: string;
  /** A document's name as sent, without the number iOS gives the export's copy. */
  readonly name?: string;
  /** A document's page count, as the export words it ("3 pages"). */
  readonly pages?: string;
  readonly thumb?: { readonly src: string; readonly width: number; readonly height: number; readonly alt: string };
  /** A video's or GIF's poster frame, sized like a photo's thumbnail. */
  readonly poster?: MediaView["thumb"];
  /** A video's, GIF's, voice note's or audio's length: "1:02", and in words. */
  readonly duration?: { readonly text: string; readonly label: string };
  readonly size?: string;
  readonly contact?: { readonly name?: string; readonly phone?: string };
  /** Why there is only a placeholder. */
  readonly problem?: string;
}

export interface MessageView {
  readonly type: "message";
  readonly id: number;
  readonly anchor: string;
  readonly permalink: string;
  readonly datetime: string;
  readonly time: string;
  readonly author: string | null;
  /** 0–11, stable per author across the archive. */
  readonly color: number;
  readonly mine: boolean;
  /** First of a run of messages by one author: shows the name. */
  readonly firstOfRun: boolean;
  /** In a group chat, beside the first of a run of someone else's messages: the author's initials. */
  readonly initials?: string;
  readonly system: boolean;
  readonly deleted: boolean;
  readonly edited: boolean;
  readonly emojiOnly: boolean;
  readonly blocks: readonly Block[];
  readonly media: readonly MediaView[];
  readonly notice?: string;
  readonly location?: { readonly href: string | null; readonly label: string };
  readonly poll?: { readonly question: string; readonly options: readonly { readonly text: string; readonly votes: string }[] };
}

/**
 * WhatsApp's formatting of a message's text, parsed into tokens (src/data/format.ts): the templates
 * render each token as an element with its text escaped, so user text is never marked safe.
 */
export type Inline =
  | { type: "text"; text: string }
  | { type: "break" }
  | { type: "link"; href: string; text: string }
  /** For code, children is a single text token: nothing inside code is formatted. */
  | { type: "bold" | "italic" | "strike" | "code"; children: Inline[] };

export type Block =
  | { type: "paragraph"; inlines: Inline[] }
  | { type: "quote"; inlines: Inline[] }
  /** `numbers` keeps the writer's own numbers of an ordered list. */
  | { type: "list"; ordered: boolean; items: Inline[][]; numbers?: number[] }
  | { type: "pre"; text: string };

/**
 * Photos and videos one author sent together (src/data/albums.ts): one bubble with a grid, as the app
 * draws it. Each item is its message's own view, with its one photo or video, its anchor and its time.
 */
export interface AlbumView {
  readonly type: "album";
  /** Two or more; the first names the author, the last gives the bubble its time and any caption. */
  readonly items: readonly MessageView[];
  /** What the grid is called to a screen reader: "Album, 6 photos". */
  readonly label: string;
  /** Over the fourth tile when there are more than four: "+3", the photos and videos not seen in the grid. */
  readonly more?: string;
}

export interface DayView {
  readonly type: "day";
  readonly datetime: string;
  readonly label: string;
}

export interface ChatPage extends PageBase {
  readonly chat: { readonly id: string; readonly title: string; readonly participants: People; readonly sources: string };
  readonly heading: string;
  /** The language WhatsApp wrote the chat in, when known: its messages are marked with it. */
  readonly textLang?: string;
  /** The archive's language, when the chat's is another: the labels among its messages are marked with it. */
  readonly uiLang?: string;
  readonly pageLabel: string;
  /** Said on every page of a chat whose oldest export stopped at WhatsApp's cap. */
  readonly truncated?: string;
  readonly nav: readonly PageLink[];
  readonly rows: readonly (DayView | MessageView | AlbumView)[];
  /** A group chat's messages show their authors' initials; a chat of two needs none. */
  readonly group: boolean;
  /** The gallery's link, or null when the chat has no photos or videos and so no gallery. */
  readonly gallery: string | null;
  /** The chat's month histogram and the data for jumping to a date, the same on each of its pages. */
  readonly timeline: Timeline;
}

export interface Timeline {
  readonly width: number;
  readonly height: number;
  readonly bars: readonly { readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly href: string; readonly label: string }[];
  readonly years: readonly { readonly x: number; readonly label: string }[];
  /** Short month names under the bars, where there is room for them: x is the label's middle. */
  readonly months: readonly { readonly x: number; readonly label: string }[];
  /** First message of each day, for the jump-to-date script: [ISO date, link]. */
  readonly days: readonly (readonly [string, string])[];
}

export interface GalleryPage extends PageBase {
  readonly heading: string;
  /** The way back to the chat. */
  readonly back: { readonly label: string; readonly href: string };
  readonly items: readonly GalleryItem[];
}

/** One photo or video of a gallery: its tile links to its message; the lightbox shows the original, who sent it and when. */
export interface GalleryItem {
  readonly href: string;
  readonly thumb?: MediaView["thumb"];
  /** A video's length, shown on its tile. */
  readonly duration?: MediaView["duration"];
  /** The picture is smaller than a tile: shown at its own size, centred, rather than stretched. */
  readonly small?: boolean;
  readonly kind: AttachmentKind;
  readonly label: string;
  readonly original: string;
  readonly author: string;
  /** "Saturday, 19 November 2022 · 08:47": the day as the chat page heads it, and the message's time. */
  readonly date: string;
}

export interface ReportPage extends PageBase {
  /** Every warning, worded in the archive's language. */
  readonly warnings: readonly { readonly file: string; readonly line?: number; readonly message: string }[];
}

/** What the output holds for one attachment. Paths are relative to the output root, "/"-separated, not URL-encoded. */
export interface MediaFile {
  /** "media/<chatId>/<file>" */
  readonly original: string;
  readonly bytes: number;
  /** For photos and stickers: size after EXIF rotation, and the thumbnail. */
  readonly image?: Picture;
  /** For videos and GIFs ffmpeg could read: the poster frame's size and its thumbnail. */
  readonly poster?: Picture;
  /** For videos, GIFs, voice notes and audio ffmpeg could read: their length in seconds. */
  readonly duration?: number;
  /** The export holds the file but it could not be read or decoded: why. */
  readonly broken?: Notice;
  /** A contact card's name and first number. */
  readonly contact?: { readonly name?: string; readonly phone?: string };
}

/** A picture's upright size, and its thumbnail's path and size. */
export interface Picture {
  readonly width: number;
  readonly height: number;
  readonly thumb: string;
  readonly thumbWidth: number;
  readonly thumbHeight: number;
}

/** chat id → attachment file name → what the output holds for it. */
export type MediaIndex = ReadonlyMap<string, ReadonlyMap<string, MediaFile>>;
