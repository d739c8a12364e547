/**
 * The archive's UI language: a catalog of strings per language and the locale's own formatting of
 * dates and numbers through Intl. English is the only catalog for now; others add a file.
 */
import type { Notice } from "../model.js";
import { formatBytes, IEC_UNITS } from "../numbers.js";
import { en, type StringKey } from "./en.js";

export type { StringKey };

/** A string, or one per plural category when it counts something. */
export type Entry = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
/** Every language's catalog by its code; the tests check each against the English one. */
export const CATALOGS: Readonly<Record<string, Readonly<Record<StringKey, Entry>>>> = { en };

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
  /** "09:04" */
  time(isoTimestamp: string): string;
  /** "January 2023" */
  month(isoMonth: string): string;
  number(n: number): string;
  /** Every string of the catalog, for the templates' fixed labels. */
  readonly strings: Readonly<Record<StringKey, string>>;
  /**
   * The strings whose keys start with `prefix`, ready for a browser script, so that it formats
   * nothing itself: a string that counts comes once for each count from 0 to `most`; any other
   * placeholder is left for the script to fill.
   */
  forScript(prefix: string, most: number): Readonly<Record<string, string | readonly string[]>>;
}

const RTL = new Set(["ar", "fa", "he", "ur"]);

export function language(code = "en"): Language {
  const catalog = CATALOGS[code] ?? en;
  const numbers = new Intl.NumberFormat(code);
  const plurals = new Intl.PluralRules(code);
  const pick = (entry: Entry, count: unknown): string =>
    typeof entry === "string" ? entry : entry[plurals.select(typeof count === "number" ? count : 0)] ?? entry.other;
  // Timestamps are local times without a zone; reading them as UTC keeps them as written.
  const utc = { timeZone: "UTC" } as const;
  const dates = new Intl.DateTimeFormat(code, { ...utc, day: "numeric", month: "short", year: "numeric" });
  const days = new Intl.DateTimeFormat(code, { ...utc, weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const times = new Intl.DateTimeFormat(code, { ...utc, hour: "2-digit", minute: "2-digit" });
  const months = new Intl.DateTimeFormat(code, { ...utc, month: "long", year: "numeric" });
  const at = (iso: string): Date => new Date(`${iso.length === 7 ? `${iso}-01` : iso.slice(0, 10)}T${iso.slice(11, 19) || "00:00:00"}Z`);
  const t: Language["t"] = (key, values = {}) =>
    pick(catalog[key], values.count).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : typeof value === "number" ? numbers.format(value) : value;
    });
  const warning: Language["warning"] = ({ code: key, values = {} }) =>
    t(`warning.${key}`, Object.fromEntries(Object.entries(values).map(([name, value]) => [
      name,
      typeof value !== "object" ? value : "bytes" in value ? formatBytes(value.bytes, IEC_UNITS, { number: numbers.format }) : warning(value),
    ])));
  const keys = Object.keys(catalog) as StringKey[];
  return {
    code,
    dir: RTL.has(code) ? "rtl" : "ltr",
    t,
    warning,
    strings: Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<StringKey, string>,
    forScript: (prefix, most) => Object.fromEntries(keys.filter((key) => key.startsWith(prefix)).map((key) => {
      const entry = catalog[key];
      const counts = typeof entry !== "string" || entry.includes("{count}");
      return [key, counts ? Array.from({ length: most + 1 }, (_, count) => t(key, { count })) : t(key)];
    })),
    date: cached((iso) => iso.slice(0, 10), (iso) => dates.format(at(iso))),
    day: cached((iso) => iso.slice(0, 10), (iso) => days.format(at(iso))),
    time: cached((iso) => iso.slice(11, 16), (iso) => times.format(at(iso))),
    month: (iso) => months.format(at(iso)),
    number: (n) => numbers.format(n),
  };
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
