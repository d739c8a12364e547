/**
 * The message header grammar (FORMAT.md §2): `[date, time] `, `date, time - `, `date time: ` and
 * the time-first `[time, date] `. One builder writes every header regex: left open it reads any
 * locale (used to detect a file's format), fixed to one file's shape it is the fast scanner for it.
 */
import { AM_MARKERS, DATE_TIME_WORDS, PM_MARKERS } from "./clock.js";

/** Where a header ends and the body begins: after `]`, after ` - `, or after `: ` (iOS before 2017). */
export type Closer = "]" | "-" | ":";

/** The parts of a header that are the same on every line of one export. */
export interface HeaderShape {
  readonly closer: Closer;
  readonly timeFirst: boolean;
  /** Separator inside the date; undefined leaves it open. */
  readonly dateSep?: string;
  /** What stands between date and time, spaces written as " " (", ", " à ", "، "). */
  readonly dateTimeSep?: string;
  readonly timeSep?: string;
  readonly clock?: "24h" | "ampm-before" | "ampm-after";
  /** Arabic-Indic or Persian digits, or direction marks inside the date. */
  readonly exotic?: boolean;
}

/** The header's fields as written, digits still in the export's own script. */
export interface HeaderFields {
  readonly d1: string;
  readonly d2: string;
  readonly d3: string;
  readonly buddhist: boolean;
  readonly hour: string;
  readonly minute: string;
  readonly second: string | undefined;
  readonly clockMarker: string | undefined;
}

export interface HeaderPattern {
  readonly shape: HeaderShape;
  /** Global, multiline: `exec` finds the next header at a line start. */
  readonly regex: RegExp;
  readonly fields: (m: RegExpExecArray) => HeaderFields;
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

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
/** A literal with its spaces matching any of the spaces exports use. */
const literal = (s: string): string => escape(s).replace(/ /g, SP);
const alternatives = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(literal).join("|");

const CLOCK_WORDS = alternatives([...AM_MARKERS, ...PM_MARKERS]);

/** The families of headers a file can be written in; detection tries each. */
export const FAMILIES: readonly HeaderShape[] = [
  { closer: "]", timeFirst: false },
  { closer: "]", timeFirst: true },
  { closer: "-", timeFirst: false },
  { closer: ":", timeFirst: false },
];

/** Builds the regex for a shape; every part the shape leaves undefined accepts any locale's form. */
export function headerPattern(shape: HeaderShape): HeaderPattern {
  const index: Record<string, number> = {};
  let groups = 0;
  const group = (name: string, pattern: string): string => {
    index[name] = ++groups;
    return `(${pattern})`;
  };
  const mark = shape.exotic === false ? "" : MARKS;
  const d = shape.exotic === false ? "\\d" : ANY_DIGIT;

  // Groups are numbered in the order they are written, so each part is built left to right.
  const date = (): string => {
    const d1 = group("d1", `[MTSHR]?${d}{1,4}`);
    const sep = group("ds", shape.dateSep === undefined ? "[./-]" : escape(shape.dateSep));
    const d2 = group("d2", `${d}{1,2}`);
    // Japanese eras prefix the year with the era's initial ("R4"); Thai ones end with " BE".
    const d3 = group("d3", `[MTSHR]?${d}{1,4}`);
    const be = group("be", `${SP}BE`);
    return `${d1}${mark}${sep}${SP}?${mark}${d2}${mark}\\${index.ds}${SP}?${mark}${d3}${be}?\\.?`;
  };
  const time = (): string => {
    const optional = (clock: HeaderShape["clock"]): string => (shape.clock === clock ? "" : "?");
    const before = shape.clock === undefined || shape.clock === "ampm-before"
      ? `(?:${group("ap1", CLOCK_WORDS)}${SP}?)${optional("ampm-before")}` : "";
    const hour = group("h", `${d}{1,2}`);
    const sep = group("ts", shape.timeSep === undefined ? "[:.]" : escape(shape.timeSep));
    const minute = group("mi", `${d}{2}`);
    const second = `(?:\\${index.ts}${group("s", `${d}{2}`)})?`;
    const after = shape.clock === undefined || shape.clock === "ampm-after"
      ? `(?:${SP}?${group("ap2", CLOCK_WORDS)})${optional("ampm-after")}` : "";
    return `${before}${hour}${sep}${minute}${second}${after}`;
  };
  const between = (): string =>
    group("dts", shape.dateTimeSep === undefined
      ? `[,،]?${SP}(?:(?:${alternatives(DATE_TIME_WORDS)})${SP})?`
      : literal(shape.dateTimeSep));

  const open = shape.closer === "]" ? `\\[${MARKS}` : "";
  const body = shape.timeFirst ? `${time()}${between()}${date()}` : `${date()}${between()}${time()}`;
  const close = { "]": `${MARKS}\\]${SP}?`, "-": `${SP}[-–](?:${SP}|$)`, ":": `:(?:${SP}|$)` }[shape.closer];
  const needsCase = shape.clock !== "24h";
  const regex = new RegExp(`^${MARKS}${open}${body}${close}`, needsCase ? "gmi" : "gm");

  const at = (m: RegExpExecArray, name: string): string | undefined => {
    const i = index[name];
    return i === undefined ? undefined : m[i];
  };
  return {
    shape,
    regex,
    fields: (m) => ({
      d1: at(m, "d1")!,
      d2: at(m, "d2")!,
      d3: at(m, "d3")!,
      buddhist: at(m, "be") !== undefined,
      hour: at(m, "h")!,
      minute: at(m, "mi")!,
      second: at(m, "s"),
      clockMarker: at(m, "ap1") ?? at(m, "ap2"),
    }),
    shapeOf: (m) => ({
      closer: shape.closer,
      timeFirst: shape.timeFirst,
      dateSep: at(m, "ds")!,
      dateTimeSep: at(m, "dts")!.replace(SPACES, " "),
      timeSep: at(m, "ts")!,
      clock: at(m, "ap1") !== undefined ? "ampm-before" : at(m, "ap2") !== undefined ? "ampm-after" : "24h",
      exotic: EXOTIC.test(m[0].replace(OUTER_MARKS, "")),
    }),
  };
}

/** A key that tells shapes apart, to count which one a file uses most. */
export function shapeKey(s: HeaderShape): string {
  return [s.closer, s.timeFirst, s.dateSep, s.dateTimeSep, s.timeSep, s.clock, s.exotic].join("\u0001");
}
