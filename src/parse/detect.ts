/**
 * Which header shape a file is written in: the most common one among its first headers, detected
 * once. A line starts a message only in this shape; a header of another shape (a copied message
 * pasted into a message) is text.
 */
import { FAMILIES, headerPattern, shapeKey, type DateForm, type HeaderPattern, type HeaderShape } from "./header.js";

const DATE_FORMS: readonly DateForm[] = ["numeric", "day-month", "month-day"];
const GENERIC: readonly HeaderPattern[] = DATE_FORMS.flatMap((dateForm) =>
  FAMILIES.map((family) => headerPattern({ ...family, dateForm }, true)));
/** Headers looked at to decide a file's shape; more would only cost time. */
const DETECT_HEADERS = 200;
const DETECT_CHARS = 1 << 16;

/** The most common header shape among the first headers of the text, or null when there are none. */
export function detectShape(text: string): HeaderShape | null {
  // A shape shows in the first 64 KiB; only a file with no header there is searched to the end.
  return mostCommonShape(text.slice(0, DETECT_CHARS)) ?? (text.length > DETECT_CHARS ? mostCommonShape(text) : null);
}

function mostCommonShape(text: string): HeaderShape | null {
  const counts = new Map<string, { shape: HeaderShape; count: number }>();
  for (const pattern of GENERIC) {
    // No pattern finds more than DETECT_HEADERS and a tie keeps the shape met first, so once a shape
    // has that many the rest cannot win: a common file never compiles the rarer patterns.
    if (mostCommon(counts)?.count === DETECT_HEADERS) break;
    const re = pattern.regex;
    re.lastIndex = 0;
    let found = 0;
    for (let m = re.exec(text); m !== null && found < DETECT_HEADERS; m = re.exec(text)) {
      if (!atLineStart(text, m.index)) continue;
      found++;
      const shape = pattern.shapeOf(m);
      const key = shapeKey(shape);
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { shape, count: 1 });
    }
  }
  return mostCommon(counts)?.shape ?? null;
}

/** The shape counted most often; of equal counts, the one met first. */
function mostCommon(counts: ReadonlyMap<string, { shape: HeaderShape; count: number }>): { shape: HeaderShape; count: number } | null {
  let best: { shape: HeaderShape; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best;
}

/** `^` also matches after U+2028 and U+2029, which are no line breaks in an export. */
function atLineStart(text: string, position: number): boolean {
  const before = position === 0 ? 10 : text.charCodeAt(position - 1);
  return before === 10 || before === 13;
}
