/**
 * Locale facts of the message header (docs/export-format.md#clocks): the words a 12-hour clock uses, the words some
 * locales put between date and time, calendar eras and digit sets. A new locale is a row here and a
 * fixture, never a new regex.
 */

/** Before-noon and after-noon markers as exports write them; matched case-insensitively. */
export const AM_MARKERS: readonly string[] = [
  "AM", "a.m.", "a. m.", "a.m", "vorm.", "vm.", "π.μ.", "πμ", "ص", "ق.ظ", "پیش‌ازظهر",
  "午前", "上午", "오전", "SA", "SA.", "ч. до обяд", "de la mañana", "in the morning", "पूर्वाह्न",
];
export const PM_MARKERS: readonly string[] = [
  "PM", "p.m.", "p. m.", "p.m", "nachm.", "nm.", "μ.μ.", "μμ", "م", "ب.ظ", "پس‌ازظهر",
  "午後", "下午", "오후", "CH", "CH.", "ч. след обяд", "de la tarde", "de la noche",
  "in the afternoon", "in the evening", "at night", "अपराह्न",
];

/** Words some locales write between date and time: French "à", Finnish "klo", German "um". */
export const DATE_TIME_WORDS: readonly string[] = ["à", "klo", "kl.", "um", "alle", "lúc"];

/** Japanese era initials and the Gregorian year before each era's first year. */
export const JAPANESE_ERAS: Readonly<Record<string, number>> = { M: 1867, T: 1911, S: 1925, H: 1988, R: 2018 };

/** The Thai Buddhist era runs 543 years ahead of the Gregorian calendar. */
export const BUDDHIST_ERA_OFFSET = 543;

/** Whether a clock marker means the afternoon, or null when it is no marker we know. */
export function isPm(marker: string): boolean | null {
  const m = marker.toLowerCase();
  if (PM_LOWER.has(m)) return true;
  if (AM_LOWER.has(m)) return false;
  return null;
}

const AM_LOWER = new Set(AM_MARKERS.map((m) => m.toLowerCase()));
const PM_LOWER = new Set(PM_MARKERS.map((m) => m.toLowerCase()));

/**
 * The languages whose month words a header may use (`20 Aug 2022`, `20. August 2022`, `20 de agosto de 2022`):
 * the archive's languages and the common ones of the same scripts. The words come from the ICU data
 * Node carries, not from a table of our own.
 */
const MONTH_LANGUAGES = [
  "en", "en-GB", "de", "fr", "es", "nl", "af", "pt", "it", "ca", "id", "ms", "tr", "pl", "cs", "sk", "sv", "da", "nb", "fi", "ro", "hu", "ru", "uk", "el",
];

let monthWordsMade: ReadonlyMap<string, number> | undefined;

/**
 * Each month word, lower case and without a final dot, with its month (1–12); a word two languages
 * give different months is left out. Made on first use: loading ICU's data for every language takes
 * some 20 ms, which a file with numeric dates (nearly all) should not pay.
 */
export function monthWords(): ReadonlyMap<string, number> {
  return (monthWordsMade ??= makeMonthWords(MONTH_LANGUAGES));
}

function makeMonthWords(languages: readonly string[]): Map<string, number> {
  const words = new Map<string, number>();
  const clashes = new Set<string>();
  for (const language of languages) {
    for (const month of ["long", "short"] as const) {
      // With a day the month is in the form a date writes it (Russian "августа", not "август").
      const format = new Intl.DateTimeFormat(language, { month, day: "numeric", timeZone: "UTC" });
      for (let m = 1; m <= 12; m++) {
        const part = format.formatToParts(Date.UTC(2022, m - 1, 15)).find((p) => p.type === "month");
        const word = part?.value.toLowerCase().replace(/\.$/, "");
        if (!word || /\d/.test(word)) continue;
        if ((words.get(word) ?? m) !== m) clashes.add(word);
        words.set(word, m);
      }
    }
  }
  for (const word of clashes) words.delete(word);
  return words;
}
