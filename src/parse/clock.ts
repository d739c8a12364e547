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
