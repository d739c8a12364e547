/**
 * Chat texts that are not the UTF-8 they should be: UTF-8 once read as Windows-1252 and saved
 * again (`â€¯` for U+202F, `Ã©` for `é`), and old texts in a legacy single-byte encoding.
 * Each is decided from the bytes in one pass.
 */
import { isAscii, isUtf8 } from "node:buffer";

export type LegacyEncoding = "Windows-1252" | "Windows-1251";

/**
 * Windows-1252's characters for bytes 0x80–0x9F. 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined,
 * and decoders keep them as the C1 controls of the same number, so they are those here.
 */
const CP1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
/** Windows-1252's characters beyond U+00FF → their byte. */
const CP1252_BYTE = new Map([...CP1252_C1].map((c, i) => [c.charCodeAt(0), 0x80 + i] as const).filter(([code]) => code > 0xff));

/** One `Ã©` among ASCII may be meant; this many restored characters are not. */
const MIN_REPAIRED = 3;

/**
 * The bytes a double-encoded text was before it was read as Windows-1252, or undefined when it
 * is not one. It is one when every character beyond ASCII is one Windows-1252 has (or a C1
 * control, as decoders leave undefined bytes and Latin-1 readers all of 0x80–0x9F), and their
 * bytes are valid UTF-8 holding several characters beyond ASCII. Genuine text fails at its first
 * emoji, U+202F, letter outside Latin-1, or lone `é`, so it costs little but on a misread text.
 */
export function undoDoubleEncoding(bytes: Uint8Array): Uint8Array | undefined {
  // The first byte beyond ASCII a misread character can start with is 0xC3 (`Ã`…`ô` for the lead
  // bytes 0xC2–0xF4): native searches find it and skip the ASCII before it, which a loop here would not.
  const first = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0xc3);
  if (first < 0 || !isAscii(bytes.subarray(0, first))) return undefined;
  // Every character gives one byte, so the bytes fit in the text's length.
  const out = Buffer.allocUnsafe(bytes.length);
  out.set(bytes.subarray(0, first));
  let n = first;
  let restored = 0;
  // Continuation bytes the restored UTF-8 still owes: checked as written, so genuine text fails early.
  let owed = 0;
  const length = bytes.length;
  for (let i = first; i < length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (owed > 0) return undefined;
      out[n++] = b;
      i++;
      continue;
    }
    let code: number;
    if (b >= 0xc2 && b <= 0xdf && isContinuation(bytes[i + 1])) {
      code = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      i += 2;
    } else if (b === 0xe2 && isContinuation(bytes[i + 1]) && isContinuation(bytes[i + 2])) {
      // Windows-1252's characters beyond U+07FF all lie in U+2000–U+2FFF.
      code = 0x2000 | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      i += 3;
    } else {
      return undefined;
    }
    const byte = code <= 0xff ? code : CP1252_BYTE.get(code);
    if (byte === undefined) return undefined;
    if (byte < 0xc0) {
      if (owed === 0) return undefined;
      owed--;
    } else if (owed > 0) {
      return undefined;
    } else {
      owed = byte >= 0xf0 ? 3 : byte >= 0xe0 ? 2 : 1;
      restored++;
    }
    out[n++] = byte;
  }
  const restoredBytes = out.subarray(0, n);
  // The check as written misses overlong forms and surrogates; the full check is native and fast.
  return restored >= MIN_REPAIRED && isUtf8(restoredBytes) ? restoredBytes : undefined;
}

const isContinuation = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b < 0xc0;

/** Legacy text hardly ever makes valid UTF-8 by chance (`ß“`); this many of its non-ASCII bytes do not. */
const FOREIGN_SHARE = 0.9;

/**
 * The legacy encoding a text that is not valid UTF-8 is clearly in, or undefined when it reads as
 * UTF-8 with some damage. In a legacy text nearly every byte beyond ASCII is a letter on its own,
 * which UTF-8 does not allow, while damaged UTF-8 keeps most of its sequences valid; a sequence
 * cut off at the very end is a truncated file and no evidence. Even one such byte among ASCII
 * is read in the legacy encoding, which keeps it, rather than as U+FFFD, which loses it.
 * Cyrillic letters (Windows-1251 0xC0–0xFF) follow each other in words, while Latin ones with
 * accents (Windows-1252 0xC0–0xFF) mostly stand alone between ASCII letters: that tells the two apart.
 */
export function legacyEncoding(bytes: Uint8Array): LegacyEncoding | undefined {
  const end = bytes.length - cutAtEnd(bytes);
  let valid = 0;
  let foreign = 0;
  let letters = 0;
  let inWords = 0;
  for (let i = 0; i < end; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i, end);
    if (length > 0) {
      valid++;
      i += length;
      continue;
    }
    foreign++;
    if (b >= 0xc0) {
      letters++;
      if (bytes[i - 1]! >= 0xc0) inWords++;
    }
    i++;
  }
  if (foreign === 0 || foreign < FOREIGN_SHARE * (foreign + valid)) return undefined;
  return inWords * 2 > letters ? "Windows-1251" : "Windows-1252";
}

/** How many bytes at the end begin a sequence that the end cuts off. */
function cutAtEnd(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if (b < 0x80) return 0;
    if (b >= 0xc0) return b >= 0xc2 && b <= 0xf4 && expected(b) > back ? back : 0;
  }
  return 0;
}

const expected = (lead: number): number => (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2);

/** The length of the valid UTF-8 sequence at `i` that ends by `end`, or 0. */
function sequenceLength(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i]!;
  if (b < 0xc2 || b > 0xf4) return 0;
  const length = expected(b);
  if (i + length > end) return 0;
  const second = bytes[i + 1]!;
  // The second byte's range is narrower after E0, ED, F0 and F4: no overlong forms, surrogates or code points past U+10FFFF.
  const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if (!isContinuation(bytes[i + k])) return 0;
  return length;
}

/** Decodes a legacy text; Windows-1252 by hand, since Node 20.18.3 and later decode it as Latin-1 (nodejs/node#60888). */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  if (encoding === "Windows-1251") return new TextDecoder("windows-1251").decode(bytes);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}
