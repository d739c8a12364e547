/**
 * Parses the text of one WhatsApp export into messages (FORMAT.md §8). The file's header format is
 * detected once from its first headers; then a regex made for that format finds every header in one
 * pass over the text, and each message's body is the text up to the next header.
 */
import { UserError, type DateOrder, type Message, type Platform, type Warnings } from "../model.js";
import { readBody, type BodyFields } from "./body.js";
import { asciiDigits, BUDDHIST_ERA_OFFSET, isPm, JAPANESE_ERAS } from "./clock.js";
import { inferDateOrder, isoDate, isoTime, type DateTriple } from "./dates.js";
import { FAMILIES, headerPattern, shapeKey, type HeaderFields, type HeaderPattern, type HeaderShape } from "./header.js";
import { MARKERS } from "./markers.js";

export interface ParseOptions {
  /** The export's name, used in warnings and errors. */
  readonly source: string;
  /** The chat's title: iOS writes system messages with the chat's name as author. */
  readonly title?: string;
  /** Overrides the inferred day/month order. */
  readonly dateOrder?: DateOrder;
  /** Whether the export holds a file of this name; sets each attachment's `present`. */
  readonly hasFile?: (fileName: string) => boolean;
}

export interface ParsedChat {
  readonly platform: Platform;
  readonly dateOrder: DateOrder;
  /** Authors in order of their first message. */
  readonly participants: readonly string[];
  /** Messages with ids 1…n in file order. */
  readonly messages: readonly Message[];
}

type Draft = { -readonly [K in keyof Message]: Message[K] };

const GENERIC: readonly HeaderPattern[] = FAMILIES.map(headerPattern);
/** Headers found to decide a file's format; more would only cost time. */
const DETECT_HEADERS = 200;
const DETECT_BYTES = 1 << 20;
const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const AUTHOR_NOISE = /[~\u00a0\u202f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const QUOTES = /["“”„«»「」]/;
const ENCRYPTION = Object.values(MARKERS).flatMap((m) => m.encryption ?? []).map((s) => s.toLowerCase());
/** Report at most this many bad dates one by one, then a count. */
const MAX_LINE_WARNINGS = 20;

/**
 * Parses the text of one WhatsApp chat export. Pure and synchronous.
 * Throws a UserError naming `options.source` when the text is not a chat export.
 */
export function parseChat(input: string, options: ParseOptions, warnings: Warnings): ParsedChat {
  const { source } = options;
  const hasFile = options.hasFile ?? (() => false);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const shape = detectShape(text);
  if (!shape) {
    throw new UserError(`${source}: not a WhatsApp chat export (no line starts with a date and time as WhatsApp writes them)`);
  }
  const pattern = headerPattern(shape);
  const newline = text.includes("\n") ? "\n" : "\r";

  const messages: Draft[] = [];
  /** Every header shape met, the detected one first, each with its distinct dates in file order. */
  const shapes: { shape: HeaderShape; dates: DateTriple[] }[] = [{ shape, dates: [] }];
  const shapeIds = new Map([[shapeKey(shape), 0]]);
  /** Per message: its shape, its date's index in that shape's dates, its time, and how its body began. */
  const messageShape: number[] = [];
  const dateIndex: number[] = [];
  const times: string[] = [];
  const unsplit: boolean[] = [];
  const startsWithMark: boolean[] = [];
  const authors = new Map<string, string>();
  const authorCount = new Map<string, number>();
  let line = 1;
  let lineCountedTo = 0;
  let badTimes = 0;

  const lineAt = (position: number): number => {
    for (let i = text.indexOf(newline, lineCountedTo); i >= 0 && i < position; i = text.indexOf(newline, i + 1)) line++;
    lineCountedTo = position;
    return line;
  };
  const shapeId = (other: HeaderShape): number => {
    const key = shapeKey(other);
    let id = shapeIds.get(key);
    if (id === undefined) {
      id = shapes.push({ shape: other, dates: [] }) - 1;
      shapeIds.set(key, id);
    }
    return id;
  };

  const add = (fields: HeaderFields, shapeOfHeader: number, bodyStart: number, bodyEnd: number, at: number): void => {
    // A line in the body that is a header written another way starts a message of its own.
    const lineBreak = text.indexOf(newline, bodyStart);
    const other = lineBreak >= 0 && lineBreak < bodyEnd ? findHeaderLine(text, newline, lineBreak + 1, bodyEnd) : null;
    if (other) {
      add(fields, shapeOfHeader, bodyStart, lineBreakBefore(text, other.start), at);
      add(other.fields, shapeId(other.shape), other.end, bodyEnd, other.start);
      return;
    }
    const messageLine = lineAt(at);
    let body = text.slice(bodyStart, bodyEnd);
    if (body.includes("\r")) body = body.replace(/\r\n?/g, "\n");

    const dates = shapes[shapeOfHeader]!.dates;
    const triple = dateOf(fields);
    const last = dates[dates.length - 1];
    if (!last || last[0] !== triple[0] || last[1] !== triple[1] || last[2] !== triple[2]) dates.push(triple);
    messageShape.push(shapeOfHeader);
    dateIndex.push(dates.length - 1);
    const pm = fields.clockMarker === undefined ? null : isPm(fields.clockMarker.replace(/[\u00a0\u202f]/g, " "));
    const time = isoTime(number(fields.hour), number(fields.minute), fields.second ? number(fields.second) : 0, pm);
    if (time === null && badTimes++ < MAX_LINE_WARNINGS) {
      warnings.add(source, `${fields.hour}:${fields.minute} is not a time of day; the message is kept at 00:00`, messageLine);
    }
    times.push(time ?? "00:00:00");

    const leadingMark = isDirectionMark(body.charCodeAt(0));
    const colon = leadingMark ? -1 : body.indexOf(": ");
    const lineEnd = body.indexOf("\n");
    const split = colon > 0 && (lineEnd < 0 || colon < lineEnd);
    let author: string | null = null;
    if (split) {
      const raw = body.slice(0, colon);
      author = authors.get(raw) ?? cleanAuthor(raw);
      authors.set(raw, author);
      authorCount.set(author, (authorCount.get(author) ?? 0) + 1);
    }
    const content = split ? body.slice(colon + 2) : body;
    unsplit.push(!split);
    startsWithMark.push(split ? isDirectionMark(content.charCodeAt(0)) : leadingMark);
    const { text: messageText, attachments, deleted, edited, mediaOmitted, ...more } = split
      ? readBody(content, hasFile) : systemBody(content);
    // Fields in the order of the schema (DESIGN.md §4), so the JSON reads the same.
    messages.push({
      id: messages.length + 1, timestamp: "", author, text: messageText, attachments, system: !split,
      deleted, edited, mediaOmitted, ...more, line: messageLine,
    });
  };
  /** Text before the first header of the detected shape: headers of other shapes, or else nothing. */
  const addPrefix = (end: number): void => {
    const first = findHeaderLine(text, newline, 0, end);
    reportTextBeforeFirstMessage(text.slice(0, first ? first.start : end), source, warnings);
    if (first) add(first.fields, shapeId(first.shape), first.end, lineBreakBefore(text, end), first.start);
  };

  const re = pattern.regex;
  re.lastIndex = 0;
  let previous: { fields: HeaderFields; start: number; end: number } | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!atLineStart(text, m.index)) continue;
    if (previous) add(previous.fields, 0, previous.end, lineBreakBefore(text, m.index), previous.start);
    else addPrefix(m.index);
    previous = { fields: pattern.fields(m), start: m.index, end: re.lastIndex };
  }
  if (previous) add(previous.fields, 0, previous.end, lineBreakBefore(text, text.length), previous.start);
  else addPrefix(text.length);
  if (messages.length === 0) throw new UserError(`${source}: not a WhatsApp chat export (no message header found)`);
  if (badTimes > MAX_LINE_WARNINGS) warnings.add(source, `${badTimes - MAX_LINE_WARNINGS} more lines with an impossible time`);

  const isoDates = shapes.map(({ shape: s, dates }) => {
    const order = dates.length ? decideDateOrder(dates, s, options.dateOrder, source, warnings) : "dmy";
    return { order, dates: dates.map((d) => isoDate(d, order)) };
  });
  const fallbackDate = isoDates.flatMap((s) => s.dates).find((d) => d !== null) ?? "2009-01-01";
  let badDates = 0;
  let lastGood = fallbackDate;
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i]!;
    const { order, dates } = isoDates[messageShape[i]!]!;
    let date = dates[dateIndex[i]!];
    if (date === null || date === undefined) {
      if (badDates++ < MAX_LINE_WARNINGS) {
        warnings.add(source, `the date is not a calendar date when read as ${order}; the message keeps the date before it`, message.line);
      }
      date = lastGood;
    }
    lastGood = date;
    message.timestamp = `${date}T${times[i]}`;
  }
  if (badDates > MAX_LINE_WARNINGS) warnings.add(source, `${badDates - MAX_LINE_WARNINGS} more lines with an impossible date`);

  resolveAuthors(messages, unsplit, startsWithMark, authorCount, options.title, hasFile);
  const participants = [...new Set(messages.flatMap((m) => (m.author === null ? [] : [m.author])))];
  return { platform: shape.closer === "-" ? "android" : "ios", dateOrder: isoDates[0]!.order, participants, messages };
}

/** The most common header shape among the first headers of the text, or null when there are none. */
function detectShape(text: string): HeaderShape | null {
  // A format shows in the first megabyte; only a file with no header there is searched to the end.
  return detectShapeIn(text.slice(0, DETECT_BYTES)) ?? (text.length > DETECT_BYTES ? detectShapeIn(text) : null);
}

function detectShapeIn(text: string): HeaderShape | null {
  const counts = new Map<string, { shape: HeaderShape; count: number }>();
  for (const pattern of GENERIC) {
    const re = pattern.regex;
    re.lastIndex = 0;
    let found = 0;
    for (let m = re.exec(text); m !== null && found < DETECT_HEADERS; m = re.exec(text)) {
      const before = m.index === 0 ? 10 : text.charCodeAt(m.index - 1);
      if (before !== 10 && before !== 13) continue;
      found++;
      const shape = pattern.shapeOf(m);
      const key = shapeKey(shape);
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { shape, count: 1 });
    }
  }
  let best: { shape: HeaderShape; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.shape ?? null;
}

/** The end of the line before `position`: a message's text runs up to its line break. */
function lineBreakBefore(text: string, position: number): number {
  if (text.charCodeAt(position - 1) === 10) return text.charCodeAt(position - 2) === 13 ? position - 2 : position - 1;
  return text.charCodeAt(position - 1) === 13 ? position - 1 : position;
}

function number(digits: string): number {
  return Number(asciiDigits(digits));
}

/** The date's three numbers, era years made Gregorian. */
function dateOf(fields: HeaderFields): DateTriple {
  const c = component(fields.d3) - (fields.buddhist ? BUDDHIST_ERA_OFFSET : 0);
  return [component(fields.d1), number(fields.d2), c];
}

function component(written: string): number {
  const era = JAPANESE_ERAS[written.charAt(0).toUpperCase()];
  return era === undefined ? number(written) : era + number(written.slice(1));
}

function decideDateOrder(
  dates: readonly DateTriple[], shape: HeaderShape, override: DateOrder | undefined, source: string, warnings: Warnings,
): DateOrder {
  if (override) return override;
  const decision = inferDateOrder(dates, shape.clock !== "24h");
  if (!decision.certain) {
    const reading = { dmy: "day/month/year", mdy: "month/day/year", ymd: "year/month/day" }[decision.order];
    warnings.add(source, `no date shows which number is the day; read as ${reading} (set --date-order to change it)`);
  }
  return decision.order;
}

/** A name as the chat shows it: without the `~ ` iOS puts before non-contacts, or direction marks. */
function cleanAuthor(raw: string): string {
  if (!AUTHOR_NOISE.test(raw)) return raw;
  return raw.replace(MARKS, "").replace(/[\u00a0\u202f]/g, " ").replace(/^~\s*/, "").trim();
}

/** A body without an author: WhatsApp's own words, so every direction mark in it is WhatsApp's too. */
function systemBody(body: string): BodyFields {
  const fields = readBody(body, () => false);
  return fields.call ? fields : { text: body.replace(MARKS, ""), attachments: [], deleted: false, edited: false, mediaOmitted: false };
}

/**
 * Settles who wrote each message, now that the whole file's authors are known: a `Name: ` split that
 * was a system text containing ": ", a `Name:` with no space, and iOS system texts that carry the
 * chat's name as author.
 */
function resolveAuthors(
  messages: Draft[], unsplit: boolean[], startsWithMark: boolean[], authorCount: Map<string, number>,
  title: string | undefined, hasFile: (name: string) => boolean,
): void {
  const known = new Set([...authorCount.keys()].filter((a) => authorCount.get(a)! > 1 || !QUOTES.test(a)));
  const systemAuthors = new Set(title ? [title] : []);
  messages.forEach((message, i) => {
    if (message.author !== null && !known.has(message.author)) {
      // "Alice changed the subject from "a: b"": a system text that only looked like `Name: text`.
      const full = `${message.author}: ${message.text}`;
      Object.assign(message, systemBody(full), { author: null, system: true });
      unsplit[i] = true;
    }
    if (unsplit[i]) {
      const bare = message.text.replace(/^[\u200e\u200f]+/, "");
      const name = [...known].find((a) => bare.startsWith(`${a}:`) && !bare.startsWith(`${a}: `));
      if (name !== undefined) {
        Object.assign(message, readBody(bare.slice(name.length + 1), hasFile), { author: name, system: false });
      }
    }
    const lower = message.text.toLowerCase();
    if (message.author !== null && startsWithMark[i] && ENCRYPTION.some((e) => lower.startsWith(e))) {
      systemAuthors.add(message.author);
    }
  });
  const first = messages[0];
  if (first?.author && startsWithMark[0] && isPlain(first)) systemAuthors.add(first.author);
  for (const [i, message] of messages.entries()) {
    // "~ AK: ‎~ AK created this group": a notice about its own author, in WhatsApp's words.
    const aboutAuthor = (name: string): boolean => {
      const spaced = message.text.replace(/[\u00a0\u202f]/g, " ");
      return spaced.startsWith(`${name} `) || spaced.startsWith(`~ ${name} `);
    };
    if (message.author !== null && startsWithMark[i] && isPlain(message) &&
      (systemAuthors.has(message.author) || aboutAuthor(message.author))) {
      Object.assign(message, { author: null, system: true, text: message.text.replace(MARKS, "") });
    }
  }
}

/** A message that is only text: no marker turned any of it into a field. */
function isPlain(m: Draft): boolean {
  return !m.deleted && !m.edited && !m.mediaOmitted && m.attachments.length === 0 && !m.location && !m.poll && !m.call;
}

/** U+200E and U+200F: WhatsApp puts one before its own words (system texts, markers). */
function isDirectionMark(code: number): boolean {
  return code === 0x200e || code === 0x200f;
}

/** `^` also matches after U+2028 and U+2029, which are no line breaks in an export. */
function atLineStart(text: string, position: number): boolean {
  const before = position === 0 ? 10 : text.charCodeAt(position - 1);
  return before === 10 || before === 13;
}

const STICKY = GENERIC.map((p) => ({ pattern: p, regex: new RegExp(p.regex.source, p.regex.flags.replace("g", "y")) }));
const MAYBE_HEADER = /[[0-9\u0660-\u0669\u06f0-\u06f9\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** The first line starting in [from, to) that is a header of any shape; `from` is a line start. */
function findHeaderLine(
  text: string, newline: string, from: number, to: number,
): { start: number; end: number; fields: HeaderFields; shape: HeaderShape } | null {
  for (let start = from; start >= 0 && start < to; start = nextLineStart(text, newline, start)) {
    if (!MAYBE_HEADER.test(text.charAt(start))) continue;
    for (const { pattern, regex } of STICKY) {
      regex.lastIndex = start;
      const m = regex.exec(text);
      if (m) return { start, end: regex.lastIndex, fields: pattern.fields(m), shape: pattern.shapeOf(m) };
    }
  }
  return null;
}

/** Where the line after the one starting at `position` starts, or -1 at the last line. */
function nextLineStart(text: string, newline: string, position: number): number {
  const lineBreak = text.indexOf(newline, position);
  return lineBreak < 0 ? -1 : lineBreak + 1;
}

/** Text before the first header belongs to no message; it is reported word for word so nothing is lost. */
function reportTextBeforeFirstMessage(prefix: string, source: string, warnings: Warnings): void {
  prefix.split(/\r\n|\r|\n/).forEach((l, i) => {
    if (l.replace(MARKS, "").trim()) warnings.add(source, `text before the first message, kept only here: ${l}`, i + 1);
  });
}
