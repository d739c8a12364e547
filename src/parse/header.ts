/**
 * The message header grammar (docs/export-format.md#headers): `[date, time] `, `date, time - `, `date time: ` and
 * the time-first `[time, date] `. One builder writes every header regex: left open it reads any
 * locale (used to detect a file's format), fixed to one file's shape it is the fast scanner for it.
 */
import { AM_MARKERS, BUDDHIST_ERA_OFFSET, DATE_TIME_WORDS, JAPANESE_ERAS, monthWords, PM_MARKERS } from "./clock.js";

/**
 * Where a header ends and the body begins: after `]`, after ` - `, after `: ` (iOS before 2017), or
 * after `; ` (a legacy Android-like form, `12.07.2017 - 22:35:22; `).
 */
export type Closer = "]" | "-" | ":" | ";";

/** How a date is written: numbers only, or with a month word after the day (`20 Aug 2022`) or before it (`Aug 20, 2022`). */
export type DateForm = "numeric" | "day-month" | "month-day";

/** The parts of a header that are the same on every line of one export. */
export interface HeaderShape {
  readonly closer: Closer;
  readonly timeFirst: boolean;
  readonly dateForm: DateForm;
  /** Whether a numeric date starts with its year (three or four digits); undefined leaves it open. */
  readonly yearFirst?: boolean;
  /** Separator inside a numeric date; undefined leaves it open. */
  readonly dateSep?: string;
  /** What stands between date and time, spaces written as " " (", ", " à ", "، "). */
  readonly dateTimeSep?: string;
  readonly timeSep?: string;
  readonly clock?: "24h" | "ampm-before" | "ampm-after";
  /** Whether the time has seconds: iOS always writes them, Android never, a copied message never. */
  readonly seconds?: boolean;
  /** Arabic-Indic or Persian digits, or direction marks inside the date. */
  readonly exotic?: boolean;
}

export interface HeaderPattern {
  readonly shape: HeaderShape;
  /** Global, multiline: `exec` finds the next header at a line start. */
  readonly regex: RegExp;
  /** Sticky: `exec` from `lastIndex`, a line start, matches only a header right there. */
  readonly atLine: RegExp;
  /** The clock marker ("PM", "午後") of a match, if the shape has one. */
  readonly marker: (m: RegExpExecArray) => string | undefined;
  /** The month (1–12) a month word in the match names, or 0 for a numeric date. */
  readonly month: (m: RegExpExecArray) => number;
  /** The shape one match was written in (to detect a file's format from its first headers). */
  readonly shapeOf: (m: RegExpExecArray) => HeaderShape;
}

const MARKS = "[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]*";
const SP = "[ \\u00a0\\u2007\\u2009\\u202f]";
const SPACES = /[\u00a0\u2007\u2009\u202f]/g;
const ANY_DIGIT = "[0-9\\u0660-\\u0669\\u06f0-\\u06f9]";
/** Marks around the brackets, which any export may have (a stray BOM, a leading mark). */
const OUTER_MARKS = new RegExp(`^${MARKS}\\[?${MARKS}|${MARKS}\\]${SP}?$`, "g");
/** Native digits, or marks inside the header rather than only before it. */
const EXOTIC = /[\u0660-\u0669\u06f0-\u06f9\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A string matched literally inside a regex. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
/** A literal with its spaces matching any of the spaces exports use. */
const literal = (s: string): string => escapeRegExp(s).replace(/ /g, SP);
const alternatives = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(literal).join("|");

const CLOCK_WORDS = alternatives([...AM_MARKERS, ...PM_MARKERS]);

/** The families of headers a file can be written in, in each date form; detection tries each. */
export const FAMILIES: readonly Omit<HeaderShape, "dateForm">[] = [
  { closer: "]", timeFirst: false },
  { closer: "]", timeFirst: true },
  { closer: "-", timeFirst: false },
  { closer: ":", timeFirst: false },
  { closer: ";", timeFirst: false, dateTimeSep: " - " },
];

/** Any word where a month word may stand, to detect a file's shape without gathering the month words. */
const SOME_WORD = "[^\\s\\d.,:;\\[\\]-]{3,20}";
let monthAlternatives: string | undefined;

/**
 * Builds the regex for a shape; every part the shape leaves undefined accepts any locale's form and
 * is captured, so that `shapeOf` can tell what a file uses. A fully fixed shape captures only its
 * clock marker and month word: the numbers are read by `readHeader`, which is cheaper than capturing
 * them. To detect, any word stands for a month word; to scan, only the month words do.
 */
export function headerPattern(shape: HeaderShape, detecting = false): HeaderPattern {
  const index: Record<string, number> = {};
  let groups = 0;
  // Groups are numbered in the order they are written, so each part is built left to right.
  const group = (name: string, pattern: string): string => {
    index[name] = ++groups;
    return `(${pattern})`;
  };
  const openOr = (name: string, fixed: string | undefined, open: string): string =>
    fixed === undefined ? group(name, open) : literal(fixed);
  const again = (name: string, fixed: string | undefined): string =>
    fixed === undefined ? `\\${index[name]}` : literal(fixed);
  const mark = shape.exotic === false ? "" : MARKS;
  const d = shape.exotic === false ? "\\d" : ANY_DIGIT;

  const numericDate = (): string => {
    // Japanese eras prefix the year with the era's initial ("R4"); Thai ones end with " BE".
    const year = `[MTSHR]?${d}{1,4}`;
    const [start, end] = shape.yearFirst === undefined ? [group("y1", year), year]
      : shape.yearFirst ? [`${d}{3,4}`, `${d}{1,2}`] : [`${d}{1,2}`, year];
    const first = `${start}${mark}${openOr("ds", shape.dateSep, "[./-]")}${SP}?${mark}`;
    return `${first}${d}{1,2}${mark}${again("ds", shape.dateSep)}${SP}?${mark}${end}(?:${SP}BE)?\\.?`;
  };
  // A month word may end with a dot ("Aug.") and Portuguese and Spanish put "de" around it ("20 de agosto de 2022").
  const de = `(?:de${SP})?`;
  const months = (): string =>
    group("month", detecting ? SOME_WORD : (monthAlternatives ??= alternatives([...monthWords().keys()])));
  const date = (): string => {
    if (shape.dateForm === "day-month") return `${d}{1,2}\\.?${SP}${de}${months()}\\.?,?${SP}${de}${d}{2,4}`;
    if (shape.dateForm === "month-day") return `${months()}\\.?${SP}${d}{1,2},?${SP}${d}{2,4}`;
    return numericDate();
  };
  const time = (): string => {
    const optional = (clock: HeaderShape["clock"]): string => (shape.clock === clock ? "" : "?");
    const before = shape.clock === undefined || shape.clock === "ampm-before"
      ? `(?:${group("ap1", CLOCK_WORDS)}${SP}?)${optional("ampm-before")}` : "";
    const hoursMinutes = `${d}{1,2}${openOr("ts", shape.timeSep, "[:.]")}${d}{2}`;
    const seconds = shape.seconds === undefined ? `(?:${again("ts", shape.timeSep)}${group("sec", `${d}{2}`)})?`
      : shape.seconds ? `${again("ts", shape.timeSep)}${d}{2}` : "";
    const clock = `${hoursMinutes}${seconds}`;
    const after = shape.clock === undefined || shape.clock === "ampm-after"
      ? `(?:${SP}?${group("ap2", CLOCK_WORDS)})${optional("ampm-after")}` : "";
    return `${before}${clock}${after}`;
  };
  const between = (): string =>
    openOr("dts", shape.dateTimeSep, `[,،]?${SP}(?:(?:${alternatives(DATE_TIME_WORDS)})${SP})?`);

  const open = shape.closer === "]" ? `\\[${MARKS}` : "";
  const body = shape.timeFirst ? `${time()}${between()}${date()}` : `${date()}${between()}${time()}`;
  const close = { "]": `${MARKS}\\]${SP}?`, "-": `${SP}[-–](?:${SP}|$)`, ":": `:(?:${SP}|$)`, ";": `;(?:${SP}|$)` }[shape.closer];
  const source = `^${MARKS}${open}${body}${close}`;
  const caseless = shape.clock === "24h" && shape.dateForm === "numeric" ? "" : "i";
  const regex = new RegExp(source, `gm${caseless}`);
  const atLine = new RegExp(source, `my${caseless}`);

  const at = (m: RegExpExecArray, name: string): string | undefined => {
    const i = index[name];
    return i === undefined ? undefined : m[i];
  };
  return {
    shape,
    regex,
    atLine,
    marker: markerOf(index.ap1, index.ap2),
    month: (m) => {
      const word = at(m, "month");
      return word === undefined ? 0 : monthWords().get(word.toLowerCase())!;
    },
    shapeOf: (m) => ({
      closer: shape.closer,
      timeFirst: shape.timeFirst,
      dateForm: shape.dateForm,
      // An era's initial ("H30") stands only before a year at the end.
      yearFirst: shape.dateForm === "numeric" ? /^\P{L}{3}/u.test(at(m, "y1")!) : undefined,
      dateSep: at(m, "ds"),
      dateTimeSep: shape.dateTimeSep ?? at(m, "dts")!.replace(SPACES, " "),
      timeSep: at(m, "ts")!,
      clock: at(m, "ap1") !== undefined ? "ampm-before" : at(m, "ap2") !== undefined ? "ampm-after" : "24h",
      seconds: at(m, "sec") !== undefined,
      exotic: EXOTIC.test(m[0].replace(OUTER_MARKS, "")),
    }),
  };
}

/** Slots of `readHeader`'s output. */
export const DATE_1 = 0, DATE_2 = 1, DATE_3 = 2, HOUR = 3, MINUTE = 4, SECOND = 5;

/**
 * Reads the numbers of the header in text[start, end) into `out`: the date in written order (an era
 * year made Gregorian) and the time. They are its runs of digits; a letter right before a year is a
 * Japanese era, " BE" after it the Thai one. A date with a month word (`month` 1–12) has only day
 * and year as numbers; it is put out year first, with four digits, so its order is plain.
 * Writing into `out` spares an object per message.
 */
export function readHeader(text: string, start: number, end: number, timeFirst: boolean, month: number, out: Int32Array): void {
  const dateCount = month === 0 ? 3 : 2;
  const most = dateCount + 3;
  let count = 0;
  let buddhist = false;
  const numbers = SCRATCH;
  for (let i = start; i < end; i++) {
    let digit = digitValue(text.charCodeAt(i));
    if (digit < 0) continue;
    const inDate = timeFirst ? count >= 2 : count < dateCount;
    // A capital letter right before a year is a Japanese era's initial.
    const before = i > start ? text.charCodeAt(i - 1) : 0;
    const era = inDate && before < 128 ? ERA_STARTS[before]! : 0;
    let value = 0;
    do {
      value = value * 10 + digit;
      digit = digitValue(text.charCodeAt(++i));
    } while (digit >= 0);
    numbers[count++] = era + value;
    if (inDate && text.charCodeAt(i + 1) === 66 && text.charCodeAt(i + 2) === 69) buddhist = true;
    if (count === most) break;
  }
  // A time has two numbers or three (seconds are optional).
  const seconds = count === most ? 1 : 0;
  const time = timeFirst ? 0 : dateCount;
  const date = timeFirst ? 2 + seconds : 0;
  if (month === 0) {
    out[DATE_1] = numbers[date]!;
    out[DATE_2] = numbers[date + 1]!;
    out[DATE_3] = numbers[date + 2]! - (buddhist ? BUDDHIST_ERA_OFFSET : 0);
  } else {
    const year = numbers[date + 1]!;
    out[DATE_1] = year < 100 ? 2000 + year : year;
    out[DATE_2] = month;
    out[DATE_3] = numbers[date]!;
  }
  out[HOUR] = numbers[time]!;
  out[MINUTE] = numbers[time + 1]!;
  out[SECOND] = seconds ? numbers[time + 2]! : 0;
}

const SCRATCH = new Int32Array(6);

/** By ASCII code, the Gregorian year before the first year of the Japanese era with that initial, or 0. */
const ERA_STARTS = new Int32Array(128);
for (const [initial, year] of Object.entries(JAPANESE_ERAS)) ERA_STARTS[initial.charCodeAt(0)] = year;

/** The value of an ASCII, Arabic-Indic or Persian digit, or -1. */
function digitValue(code: number): number {
  if (code <= 57) return code >= 48 ? code - 48 : -1;
  if (code < 0x660) return -1;
  if (code <= 0x669) return code - 0x660;
  return code >= 0x6f0 && code <= 0x6f9 ? code - 0x6f0 : -1;
}

/** Reads the clock marker from whichever of its groups (before or after the time) the shape has. */
function markerOf(before: number | undefined, after: number | undefined): (m: RegExpExecArray) => string | undefined {
  return (m) => (before === undefined ? undefined : m[before]) ?? (after === undefined ? undefined : m[after]);
}

/** A key that tells shapes apart, to count which one a file uses most. */
export function shapeKey(s: HeaderShape): string {
  return [s.closer, s.timeFirst, s.dateForm, s.yearFirst, s.dateSep, s.dateTimeSep, s.timeSep, s.clock, s.seconds, s.exotic].join("\u0001");
}
