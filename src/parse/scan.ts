/**
 * The one pass over a chat text: a regex made for the file's header shape finds each header, and a
 * message's body is the text up to the next one. A line in any other shape is text: a copied
 * message pasted into a message looks like a header, but rarely like this file's own. This is the
 * hot path of the parser: per message it makes the message object and little else, and leaves what
 * needs the whole file (day/month order, who is an author) to later passes.
 */
import type { Message, Warnings } from "../model.js";
import { MARKS, NO_ATTACHMENTS, readBody, readSystemBody } from "./body.js";
import { secondOfDay, type DateTriple } from "./dates.js";
import { IntList } from "./intlist.js";
import { isPm } from "./clock.js";
import { LanguageTally } from "./language.js";
import {
  DATE_1, DATE_2, DATE_3, HOUR, MINUTE, SECOND, headerPattern, readHeader, shapeKey, type HeaderPattern, type HeaderShape,
} from "./header.js";

export type Draft = { -readonly [K in keyof Message]: Message[K] };

/** Flags per message. The body began with a direction mark, so WhatsApp wrote what follows. */
export const STARTS_WITH_MARK = 1;
/** No `Name: ` followed the header. */
export const NO_AUTHOR = 2;

export interface Scan {
  readonly messages: Draft[];
  /** Per message: the flags above, the index of its date in `dates`, and its second of the day. */
  readonly flags: Int32Array;
  readonly dateIndex: Int32Array;
  readonly times: Int32Array;
  /** Each run of messages on one date, in file order. */
  readonly dates: DateTriple[];
  /** Each author name: how many messages it wrote, and the index of its first. */
  readonly authors: Map<string, AuthorStat>;
  /** The indexes of the messages with any flag set, in file order. */
  readonly flagged: number[];
  /** The languages of the WhatsApp words the messages were recognised by. */
  readonly languages: LanguageTally;
}

export interface AuthorStat {
  messages: number;
  readonly first: number;
}

/** An author as written before `: `, with the name it stands for. */
interface WrittenAuthor {
  /** The written text with its `: `, to recognise the next message by the same author without cutting. */
  readonly prefix: string;
  readonly stat: AuthorStat;
  readonly name: string;
}

/** Bad dates or times are reported one by one up to this many, then as a count. */
export const MAX_LINE_WARNINGS = 20;
/** What a written author may hold besides the name: a `~`, no-break spaces, marks, or spaces around it (iOS writes `AP ` where Android writes `AP`). */
const AUTHOR_NOISE = /[~\u00a0\u202f\u200e\u200f\u202a-\u202e\u2066-\u2069]|^\s|\s$/;
const SPACES = /[\u00a0\u202f]/g;
/** A line break as exports write it: \n, \r\n, \r\r\n (old iOS), or \r alone. */
const LINE_BREAK = /\r*\n|\r/g;

export function scanMessages(
  text: string, shape: HeaderShape, hasFile: (name: string) => boolean, source: string, warnings: Warnings,
): Scan {
  const scanner = new Scanner(text, shape, hasFile, source, warnings);
  scanner.run();
  const { messages, flags, dateIndex, times, dates, authors, flagged, languages } = scanner;
  return { messages, flags: flags.values(), dateIndex: dateIndex.values(), times: times.values(), dates, authors, flagged, languages };
}

class Scanner {
  readonly messages: Draft[] = [];
  readonly flags = new IntList();
  readonly dateIndex = new IntList();
  readonly times = new IntList();
  readonly dates: DateTriple[] = [];
  readonly authors = new Map<string, AuthorStat>();
  readonly flagged: number[] = [];
  readonly languages = new LanguageTally();
  /** Authors met so far, by their first character (masked); a chat's few authors make short lists. */
  private readonly writtenByLead: WrittenAuthor[][] = Array.from({ length: 128 }, () => []);
  /** Every author text met, for the texts that did not fit a short list. */
  private readonly written = new Map<string, WrittenAuthor>();
  private readonly newline: string;
  private readonly header = new Int32Array(6);
  /** The last date recorded; -1 before the first. */
  private readonly lastDate = new Int32Array(3).fill(-1);
  private badTimes = 0;

  constructor(
    private readonly text: string,
    private readonly shape: HeaderShape,
    private readonly hasFile: (name: string) => boolean,
    private readonly source: string,
    private readonly warnings: Warnings,
  ) {
    this.newline = text.includes("\n") ? "\n" : "\r";
  }

  /**
   * Walks the text line by line. A line that starts with a header of the file's shape starts a
   * message; any other line continues the message before it (or, before the first message, is reported).
   */
  run(): void {
    const { text, newline } = this;
    const { length } = text;
    const { atLine: re, marker, month } = patternFor(this.shape);
    // Only a 12-hour shape or one with month words needs the match itself; `test` makes no match object.
    const needsMatch = this.shape.clock !== "24h" || this.shape.dateForm !== "numeric";
    // The message being read: its header, first line and where its first and last lines end.
    let start = -1;
    let headerEnd = 0;
    let headerMarker: string | undefined;
    let headerMonth = 0;
    let firstLine = 0;
    let firstLineEnd = 0;
    let lastLineEnd = 0;
    for (let position = 0, line = 1; position < length; line++) {
      const lineBreak = text.indexOf(newline, position);
      // Where the line's text ends: before its line break, and before the \r of a \r\n (old iOS wrote \r\r\n).
      let end = lineBreak < 0 ? length : lineBreak;
      while (end > position && text.charCodeAt(end - 1) === 13) end--;
      re.lastIndex = position;
      const m = needsMatch ? re.exec(text) : null;
      if (needsMatch ? m !== null : re.test(text)) {
        if (start >= 0) this.add(start, headerEnd, headerMarker, headerMonth, firstLine, firstLineEnd, lastLineEnd);
        else this.reportTextBefore(position);
        start = position;
        headerEnd = re.lastIndex;
        headerMarker = m === null ? undefined : marker(m);
        headerMonth = m === null ? 0 : month(m);
        firstLine = line;
        firstLineEnd = end;
      }
      lastLineEnd = end;
      position = lineBreak < 0 ? length : lineBreak + 1;
    }
    if (start >= 0) this.add(start, headerEnd, headerMarker, headerMonth, firstLine, firstLineEnd, lastLineEnd);
    else this.reportTextBefore(length);
    if (this.badTimes > MAX_LINE_WARNINGS) {
      this.warnings.add(this.source, "moreBadTimes", { count: this.badTimes - MAX_LINE_WARNINGS });
    }
  }

  /**
   * Adds the message whose header is text[start, headerEnd) (with its clock marker and the month its
   * month word names, or 0), on file line `line`; its first line's text ends at firstLineEnd and its
   * last line's at bodyEnd.
   */
  private add(
    start: number, headerEnd: number, marker: string | undefined, month: number, line: number, firstLineEnd: number, bodyEnd: number,
  ): void {
    const { text } = this;
    this.addDate(start, headerEnd, marker, month, line);

    // Author and text are cut from the file directly; a colon past the first line is part of the text.
    const written = isDirectionMark(text.charCodeAt(headerEnd)) ? null : this.writtenAuthor(headerEnd, firstLineEnd);
    const split = written !== null;
    const author = split ? written.name : null;
    if (split) written.stat.messages++;
    let content = text.slice(split ? headerEnd + written.prefix.length : headerEnd, bodyEnd);
    if (bodyEnd !== firstLineEnd && content.includes("\r")) content = content.replace(LINE_BREAK, "\n");
    const flags = (split ? 0 : NO_AUTHOR) | (isDirectionMark(content.charCodeAt(0)) ? STARTS_WITH_MARK : 0);
    this.flags.push(flags);
    if (flags !== 0) this.flagged.push(this.messages.length);

    const fields = split ? readBody(content, this.hasFile, this.languages) : readSystemBody(content, this.languages);
    const id = this.messages.length + 1;
    // Fields in the order of the schema (README, "What `parse` prints"), so the JSON reads the same.
    if (fields === null) {
      this.messages.push({
        id, timestamp: "", author, text: content, attachments: NO_ATTACHMENTS, system: false,
        deleted: false, edited: false, mediaOmitted: false, line,
      });
    } else {
      this.languages.keep();
      const { text: rest, attachments, deleted, edited, mediaOmitted, ...more } = fields;
      this.messages.push({
        id, timestamp: "", author, text: rest, attachments, system: !split, deleted, edited, mediaOmitted, ...more, line,
      });
    }
  }

  /** Records the header's date (a new entry only when it differs from the last) and its time. */
  private addDate(start: number, end: number, marker: string | undefined, month: number, line: number): void {
    const h = this.header;
    readHeader(this.text, start, end, this.shape.timeFirst, month, h);
    const { dates } = this;
    const last = this.lastDate;
    if (last[0] !== h[DATE_1] || last[1] !== h[DATE_2] || last[2] !== h[DATE_3]) {
      dates.push([h[DATE_1]!, h[DATE_2]!, h[DATE_3]!]);
      last.set([h[DATE_1]!, h[DATE_2]!, h[DATE_3]!]);
    }
    this.dateIndex.push(dates.length - 1);
    const pm = marker === undefined ? null : isPm(marker.replace(SPACES, " "));
    const time = secondOfDay(h[HOUR]!, h[MINUTE]!, h[SECOND]!, pm);
    if (time < 0 && this.badTimes++ < MAX_LINE_WARNINGS) {
      this.warnings.add(this.source, "notTimeOfDay", { time: `${h[HOUR]}:${h[MINUTE]}` }, line);
    }
    this.times.push(Math.max(time, 0));
  }

  /**
   * The author written after the header ending at `start`: the text up to the first `: ` on the
   * line ending at `lineEnd`, or null when there is none. An author met before is recognised in
   * place, so the common case cuts no string.
   */
  private writtenAuthor(start: number, lineEnd: number): WrittenAuthor | null {
    const { text } = this;
    const candidates = this.writtenByLead[text.charCodeAt(start) & 127]!;
    for (const candidate of candidates) if (text.startsWith(candidate.prefix, start)) return candidate;
    const colon = text.indexOf(": ", start);
    if (colon <= start || colon >= lineEnd) return null;
    const raw = text.slice(start, colon);
    let written = this.written.get(raw);
    if (written === undefined) {
      const name = AUTHOR_NOISE.test(raw) ? cleanAuthor(raw) : raw;
      let stat = this.authors.get(name);
      if (stat === undefined) this.authors.set(name, (stat = { messages: 0, first: this.messages.length }));
      written = { prefix: `${raw}: `, stat, name };
      this.written.set(raw, written);
      if (candidates.length < 8) candidates.push(written);
    }
    return written;
  }

  /** Text before the first message belongs to none; it is reported word for word so nothing is lost. */
  private reportTextBefore(end: number): void {
    this.text.slice(0, end).split(LINE_BREAK).forEach((line, i) => {
      if (line.replace(MARKS, "").trim()) this.warnings.add(this.source, "textBefore", { text: line }, i + 1);
    });
  }
}

/** Each shape's scanning pattern, made once: a regex compiles to machine code only after some use. */
const PATTERNS = new Map<string, HeaderPattern>();
function patternFor(shape: HeaderShape): HeaderPattern {
  const key = shapeKey(shape);
  let pattern = PATTERNS.get(key);
  if (pattern === undefined) PATTERNS.set(key, (pattern = headerPattern(shape)));
  return pattern;
}

/** A name as the chat shows it: without the `~ ` iOS puts before non-contacts, direction marks, or spaces around it. */
export function cleanAuthor(raw: string): string {
  return raw.replace(MARKS, "").replace(SPACES, " ").replace(/^~\s*/, "").trim();
}

/** U+200E and U+200F: WhatsApp puts one before its own words (system texts, markers). */
function isDirectionMark(code: number): boolean {
  return code === 0x200e || code === 0x200f;
}
