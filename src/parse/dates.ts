/**
 * Dates in headers (docs/export-format.md#dates): which component is the day is inferred from the whole file,
 * because the header never says and the same separators serve both conventions.
 */
import type { DateOrder } from "../model.js";

/** A header's date as three numbers in written order; an era year is already Gregorian. */
export type DateTriple = readonly [number, number, number];

export interface OrderDecision {
  readonly order: DateOrder;
  /** False when nothing in the file tells day from month and a default was taken. */
  readonly certain: boolean;
}

/**
 * Infers the order from the distinct dates of a file in file order. Checks, strongest first: a
 * component that can only be a year; a component over 12; dates that run backwards under one
 * reading only (a log goes forward); the component that changes more often is the day.
 */
export function inferDateOrder(dates: readonly DateTriple[], twelveHour: boolean): OrderDecision {
  if (dates.some(([a]) => a > 31)) return { order: "ymd", certain: true };
  const dayFirst = dates.some(([a]) => a > 12);
  const monthFirst = dates.some(([, b]) => b > 12);
  if (dayFirst !== monthFirst) return { order: dayFirst ? "dmy" : "mdy", certain: true };

  const backwards = (order: "dmy" | "mdy"): number => {
    let count = 0;
    let previous = -1;
    for (const date of dates) {
      const [day, month] = order === "dmy" ? [date[0], date[1]] : [date[1], date[0]];
      const ordinal = (date[2] * 13 + month) * 32 + day;
      if (ordinal < previous) count++;
      previous = ordinal;
    }
    return count;
  };
  const dmyBackwards = backwards("dmy");
  const mdyBackwards = backwards("mdy");
  if (dmyBackwards !== mdyBackwards) return { order: dmyBackwards < mdyBackwards ? "dmy" : "mdy", certain: true };

  let firstChanges = 0;
  let secondChanges = 0;
  for (let i = 1; i < dates.length; i++) {
    if (dates[i]![0] !== dates[i - 1]![0]) firstChanges++;
    if (dates[i]![1] !== dates[i - 1]![1]) secondChanges++;
  }
  if (firstChanges !== secondChanges) return { order: firstChanges > secondChanges ? "dmy" : "mdy", certain: true };
  // With nothing to go on, a 12-hour clock points to the United States, the largest such locale.
  return { order: twelveHour ? "mdy" : "dmy", certain: false };
}

/**
 * `YYYY-MM-DD` (Gregorian) for a triple read in the given order, or null when it is no calendar date.
 * A year no Gregorian chat can have but a Solar Hijri one does (a phone set to the Persian calendar
 * writes 1401 for 2022) is converted.
 */
export function isoDate(date: DateTriple, order: DateOrder): string | null {
  const [a, b, c] = date;
  const [rawYear, month, day] = order === "ymd" ? [a, b, c] : order === "dmy" ? [c, b, a] : [c, a, b];
  // WhatsApp began in 2009, so a two-digit year is always this century.
  const year = rawYear < 100 ? 2000 + rawYear : rawYear;
  if (year >= SOLAR_HIJRI_YEARS[0] && year <= SOLAR_HIJRI_YEARS[1]) return solarHijriToGregorian(year, month, day);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${PAD[month]}-${PAD[day]}`;
}

/** Years read as Solar Hijri: 1300 is 1921, 1500 is 2121, far from any Gregorian year a chat has. */
const SOLAR_HIJRI_YEARS = [1300, 1500] as const;

/**
 * The Gregorian `YYYY-MM-DD` of a Solar Hijri date, or null when it is none. The calendar's leap
 * years follow the 33-year arithmetic rule, as ICU's does (so a date reads as the phone showed it):
 * the months have 31 days six times, then 30 five times, then 29 or 30.
 */
export function solarHijriToGregorian(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return null;
  const days = solarHijriNewYear(year) + (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  if (month === 12 && days >= solarHijriNewYear(year + 1)) return null;
  const gregorian = new Date(days * DAY_MS);
  return `${gregorian.getUTCFullYear()}-${PAD[gregorian.getUTCMonth() + 1]}-${PAD[gregorian.getUTCDate()]}`;
}

const DAY_MS = 86_400_000;
/** 1 Farvardin of year 1 as a day number counted from 1970-01-01 (Julian day 1948320 less 2440588). */
const SOLAR_HIJRI_EPOCH = 1948320 - 2440588;

/** The day (from 1970-01-01) of 1 Farvardin of a Solar Hijri year. */
function solarHijriNewYear(year: number): number {
  return SOLAR_HIJRI_EPOCH + 365 * (year - 1) + Math.floor((8 * year + 21) / 33);
}

/** Seconds since midnight in 24-hour time, or -1 when it is no time of day. */
export function secondOfDay(hour: number, minute: number, second: number, pm: boolean | null): number {
  if (pm !== null) {
    // 12 AM is midnight; Japanese clocks count 0–11 instead (午後0:30 is half past noon).
    if (hour > 12) return -1;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return hour > 23 || minute > 59 || second > 59 ? -1 : (hour * 60 + minute) * 60 + second;
}

// Sized up front: an array filled at scattered indexes would fall back to slow dictionary storage.
const TIMES: (string | undefined)[] = new Array<string | undefined>(24 * 3600).fill(undefined);
/** `HH:MM:SS` for a second of the day; each is made once and shared by every message at that time. */
export function timeOfDay(second: number): string {
  return (TIMES[second] ??= `${PAD[Math.floor(second / 3600)]}:${PAD[Math.floor(second / 60) % 60]}:${PAD[second % 60]}`);
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const PAD: readonly string[] = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));
