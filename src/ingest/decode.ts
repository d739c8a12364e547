/**
 * Chat text bytes → string, never failing: UTF-8 (with or without BOM), UTF-16 with a BOM, UTF-8
 * once read as Windows-1252 and saved again (undone), or a legacy encoding the text is clearly in.
 */
import { WarningError, type Notice } from "../model.js";
import { decodeLegacy, legacyEncoding, undoDoubleEncoding, type LegacyEncoding } from "./legacy.js";

export interface DecodedText {
  /** The text without its BOM; unreadable bytes are shown as U+FFFD. */
  readonly text: string;
  readonly encoding: "UTF-8" | "UTF-16" | LegacyEncoding;
  /** How the reading went wrong and was made good, for a warning: bytes shown as U+FFFD, a legacy encoding, a double encoding undone. */
  readonly notice?: Notice;
}

const REPLACEMENT = "\uFFFD";

export function decodeText(bytes: Uint8Array): DecodedText {
  const [label, bomLength] = detectEncoding(bytes);
  const body = bytes.subarray(bomLength);
  const restored = label === "utf-8" ? undoDoubleEncoding(body) : undefined;
  if (restored) {
    // The BOM of the text before it was read as Windows-1252 (`ï»¿`) comes back with it, and goes.
    const text = asText(restored.length, () => new TextDecoder().decode(restored));
    return { text, encoding: "UTF-8", notice: { code: "doubleEncoded" } };
  }
  // ignoreBOM keeps a second U+FEFF as text: only the BOM sliced off above is not content.
  const text = asText(body.length, () => new TextDecoder(label, { ignoreBOM: true }).decode(body));
  const encoding = label === "utf-8" ? "UTF-8" : "UTF-16";
  const count = countUnreadable(body, text, label);
  if (count === 0) return { text, encoding };
  // A BOM says UTF-8, so only a text without one may be in a legacy encoding.
  const legacy = label === "utf-8" && bomLength === 0 ? legacyEncoding(body) : undefined;
  if (legacy) {
    const legacyText = asText(body.length, () => decodeLegacy(body, legacy));
    return { text: legacyText, encoding: legacy, notice: { code: "legacyEncoding", values: { encoding: legacy } } };
  }
  return { text, encoding, notice: { code: "notValidText", values: { encoding, count } } };
}

/** The text `decode` makes of `length` bytes; a warning when it is too long for a string. */
function asText(length: number, decode: () => string): string {
  try {
    return decode();
  } catch {
    // A lossy decoder only throws when the string would exceed V8's maximum length.
    throw new WarningError({ code: "textTooLarge", values: { count: length } });
  }
}

type Label = "utf-8" | "utf-16le" | "utf-16be";

function detectEncoding(b: Uint8Array): [Label, number] {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return ["utf-8", 3];
  if (b[0] === 0xff && b[1] === 0xfe) return ["utf-16le", 2];
  if (b[0] === 0xfe && b[1] === 0xff) return ["utf-16be", 2];
  return ["utf-8", 0];
}

/**
 * Valid input round-trips byte for byte, so the bytes that did not are the input's length minus
 * the encoded length of everything but the decoder's replacements (genuine U+FFFD in the file,
 * found by its encoded form, are content and not replacements).
 */
function countUnreadable(body: Uint8Array, text: string, label: Label): number {
  let produced = 0;
  // Counted in place: splitting a text of hundreds of megabytes would copy it.
  for (let i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) produced++;
  if (produced === 0) return 0;
  if (label === "utf-8") {
    const replacements = produced - occurrences(body, [0xef, 0xbf, 0xbd], 1);
    return body.length - (Buffer.byteLength(text, "utf8") - 3 * replacements);
  }
  const unit = label === "utf-16le" ? [0xfd, 0xff] : [0xff, 0xfd];
  const replacements = produced - occurrences(body, unit, 2);
  return body.length - 2 * (text.length - replacements);
}

/** Counts `seq` in `bytes` at offsets that are multiples of `step`. */
function occurrences(bytes: Uint8Array, seq: readonly number[], step: number): number {
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const needle = Buffer.from(seq);
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    if (i % step === 0) count++;
  }
  return count;
}
