/**
 * The archive's UI language: a catalog of strings per language and the locale's own formatting of
 * dates and numbers through Intl. English is the source every other catalog is typed against; a
 * language is one more file here and a line in CATALOGS.
 */
import type { Clock, Notice } from "../model.js";
import { formatBytes, IEC_UNITS } from "../numbers.js";
import { af } from "./af.js";
import { ar } from "./ar.js";
import { de } from "./de.js";
import { durationFormat, type Duration } from "./duration.js";
import { en, type Catalog, type Plural, type StringKey } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { nl } from "./nl.js";
import { pt } from "./pt.js";

export type { Catalog, StringKey };

/** A string, or one per plural category when it counts something. */
export type Entry = string | Plural;

/** The catalogs by language code (BCP 47, as Intl takes it). */
export const CATALOGS: Readonly<Record<string, Catalog>> = { en, af, de, nl, fr, es, pt, ar };

/** The languages an archive can be written in, each by its own name, as a list of choices shows them. */
export const LANGUAGES: readonly { readonly code: string; readonly name: string }[] =
  Object.entries(CATALOGS).map(([code, catalog]) => ({ code, name: catalog["language.name"] }));

export interface Language {
  readonly code: string;
  readonly dir: "ltr" | "rtl";
  /** The string for a key, with `{name}` placeholders filled in (numbers in the locale's digits). */
  t(key: StringKey, values?: Readonly<Record<string, string | number>>): string;
  /** What a warning says, in this language: the only place a warning is worded, for the terminal (in English) and report.html. */
  warning(notice: Notice): string;
  /** "15 Jan 2023" */
  date(isoDate: string): string;
  /** "Sunday, 15 January 2023" */
  day(isoDate: string): string;
  /** "09:04", or "9:04 AM" on a 12-hour clock: the clock the export wrote, else the language's own. */
  time(isoTimestamp: string, clock?: Clock): string;
  /** "January 2023" */
  month(isoMonth: string): string;
  /** "Jan": a month's short name, for the timeline's labels under its bars. */
  shortMonth(isoMonth: string): string;
  number(n: number): string;
  /** Whether text in the language `code` is in this one, whatever the region ("pt-BR" is "pt"). */
  speaks(code: string): boolean;
  /** "Alice, Bob and Carol" */
  list(items: readonly string[]): string;
  /** A clip's length: "1:02", and "1 minute, 2 seconds" for a screen reader. */
  duration(seconds: number): Duration;
  /** Every string of the catalog, for the templates' fixed labels. */
  readonly strings: Readonly<Record<StringKey, string>>;
  /**
   * The strings whose keys start with one of `prefixes`, ready for a browser script, so that it formats
   * nothing itself: a string that counts comes once for each count from 0 to `most`; any other
   * placeholder is left for the script to fill.
   */
  forScript(prefixes: readonly string[], most: number): Readonly<Record<string, string | readonly string[]>>;
}

const RTL = new Set(["ar", "fa", "he", "ur"]);

/** The catalog for a language code, by the code itself or its language alone ("pt-BR" → "pt"). */
function catalogOf(code: string): Catalog | undefined {
  return CATALOGS[code] ?? CATALOGS[languageOf(code)];
}

/** "pt-BR" → "pt": the language of a code, whatever its region or script. */
export function languageOf(code: string): string {
  return code.split("-")[0]!.toLowerCase();
}

/** Whether the archive can speak this language: a catalog exists for it, and Intl knows the code. */
export function hasCatalog(code: string): boolean {
  try {
    Intl.getCanonicalLocales(code);
  } catch {
    return false;
  }
  return catalogOf(code) !== undefined;
}

/** The language for a code that has a catalog (see {@link hasCatalog}); its region, if any, still shapes dates and numbers. */
export function language(code = "en"): Language {
  const catalog = catalogOf(code) ?? en;
  // Each formatter is made on first use: making them all takes longer than `parse` spends on its warnings.
  const numbers = once(() => new Intl.NumberFormat(code));
  const plurals = once(() => new Intl.PluralRules(code));
  const lists = once(() => new Intl.ListFormat(code, { type: "conjunction" }));
  const pick = (entry: Entry, count: unknown): string =>
    typeof entry === "string" ? entry : entry[plurals().select(typeof count === "number" ? count : 0)] ?? entry.other;
  // Timestamps are local times without a zone; reading them as UTC keeps them as written.
  const utc = { timeZone: "UTC" } as const;
  const dates = once(() => new Intl.DateTimeFormat(code, { ...utc, day: "numeric", month: "short", year: "numeric" }));
  const days = once(() => new Intl.DateTimeFormat(code, { ...utc, weekday: "long", day: "numeric", month: "long", year: "numeric" }));
  const times = once(() => timeFormats(code));
  const months = once(() => new Intl.DateTimeFormat(code, { ...utc, month: "long", year: "numeric" }));
  const shortMonths = once(() => new Intl.DateTimeFormat(code, { ...utc, month: "short" }));
  const durations = once(() => durationFormat(code));
  const at = (iso: string): Date => new Date(`${iso.length === 7 ? `${iso}-01` : iso.slice(0, 10)}T${iso.slice(11, 19) || "00:00:00"}Z`);
  const t: Language["t"] = (key, values = {}) =>
    pick(catalog[key], values.count).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : typeof value === "number" ? numbers().format(value) : value;
    });
  const warning: Language["warning"] = ({ code: key, values = {} }) =>
    t(`warning.${key}`, Object.fromEntries(Object.entries(values).map(([name, value]) => [
      name,
      typeof value !== "object" ? value : "bytes" in value ? formatBytes(value.bytes, IEC_UNITS, { number: (n) => numbers().format(n) }) : warning(value),
    ])));
  const keys = Object.keys(catalog) as StringKey[];
  const strings = once(() => Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<StringKey, string>);
  return {
    code,
    dir: RTL.has(languageOf(code)) ? "rtl" : "ltr",
    t,
    warning,
    get strings() {
      return strings();
    },
    forScript: (prefixes, most) => Object.fromEntries(keys.filter((key) => prefixes.some((prefix) => key.startsWith(prefix))).map((key) => {
      const entry = catalog[key];
      const counts = typeof entry !== "string" || entry.includes("{count}");
      return [key, counts ? Array.from({ length: most + 1 }, (_, count) => t(key, { count })) : t(key)];
    })),
    date: cached((iso) => iso.slice(0, 10), (iso) => dates().format(at(iso))),
    day: cached((iso) => iso.slice(0, 10), (iso) => days().format(at(iso))),
    time: (iso, clock) => times()[clock ?? "own"](iso),
    month: (iso) => months().format(at(iso)),
    shortMonth: (iso) => shortMonths().format(at(iso)),
    number: (n) => numbers().format(n),
    list: (items) => lists().format(items),
    duration: (seconds) => durations()(seconds),
    speaks: (other) => languageOf(other) === languageOf(code),
  };
}

/** A value made on the first call and kept. */
function once<T extends object>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Times of day on the export's clock, or on the language's own when the export's is not known. */
function timeFormats(code: string): Readonly<Record<Clock | "own", (iso: string) => string>> {
  const on = (options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(code, { timeZone: "UTC", minute: "2-digit", ...options });
    return cached((iso) => iso.slice(11, 16), (iso) => format.format(new Date(`1970-01-01T${iso.slice(11, 16)}:00Z`)));
  };
  // A 12-hour clock writes "9:04 PM" as WhatsApp does; a 24-hour one "09:04".
  return { "12h": on({ hour: "numeric", hour12: true }), "24h": on({ hour: "2-digit", hourCycle: "h23" }), own: on({ hour: "2-digit" }) };
}

/**
 * Whether `x` is a notice this version's catalog can word: a known code and values it fills in. What
 * an older version stored (a build's record, a thumbnail cache entry) may not be.
 */
export function isNotice(x: unknown): x is Notice {
  if (typeof x !== "object" || x === null) return false;
  const { code, values } = x as Record<string, unknown>;
  return typeof code === "string" && Object.hasOwn(en, `warning.${code}`) &&
    (values === undefined || (typeof values === "object" && values !== null && Object.values(values).every(isValue)));
}

function isValue(value: unknown): boolean {
  return typeof value === "string" || typeof value === "number" || isNotice(value) ||
    (typeof value === "object" && value !== null && typeof (value as { bytes?: unknown }).bytes === "number");
}

/** Formats each distinct key once: a chat has far fewer distinct days and minutes than messages. */
function cached(keyOf: (iso: string) => string, format: (iso: string) => string): (iso: string) => string {
  const seen = new Map<string, string>();
  return (iso) => {
    const key = keyOf(iso);
    let label = seen.get(key);
    if (label === undefined) seen.set(key, (label = format(iso)));
    return label;
  };
}
