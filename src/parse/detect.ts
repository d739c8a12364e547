/**
 * Which header shapes a file is written in: the most common one, detected once from the first
 * headers, and any other shape a single line may use.
 */
import { FAMILIES, headerPattern, shapeKey, type HeaderPattern, type HeaderShape } from "./header.js";

const GENERIC: readonly HeaderPattern[] = FAMILIES.map(headerPattern);
/** Headers looked at to decide a file's shape; more would only cost time. */
const DETECT_HEADERS = 200;
const DETECT_CHARS = 1 << 16;
/** The characters a header line can begin with. */
const MAYBE_HEADER = /[[0-9\u0660-\u0669\u06f0-\u06f9\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** The most common header shape among the first headers of the text, or null when there are none. */
export function detectShape(text: string): HeaderShape | null {
  // A shape shows in the first 64 KiB; only a file with no header there is searched to the end.
  return mostCommonShape(text.slice(0, DETECT_CHARS)) ?? (text.length > DETECT_CHARS ? mostCommonShape(text) : null);
}

function mostCommonShape(text: string): HeaderShape | null {
  const counts = new Map<string, { shape: HeaderShape; count: number }>();
  for (const pattern of GENERIC) {
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
  let best: { shape: HeaderShape; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.shape ?? null;
}

export interface HeaderLine {
  readonly end: number;
  readonly shape: HeaderShape;
  readonly marker: string | undefined;
}

/** The header of any shape that the line starting at `start` begins with, or null. */
export function headerAt(text: string, start: number): HeaderLine | null {
  if (!MAYBE_HEADER.test(text.charAt(start))) return null;
  for (const pattern of GENERIC) {
    const re = pattern.atLine;
    re.lastIndex = start;
    const m = re.exec(text);
    if (m) return { end: re.lastIndex, shape: pattern.shapeOf(m), marker: pattern.marker(m) };
  }
  return null;
}

/** `^` also matches after U+2028 and U+2029, which are no line breaks in an export. */
function atLineStart(text: string, position: number): boolean {
  const before = position === 0 ? 10 : text.charCodeAt(position - 1);
  return before === 10 || before === 13;
}
