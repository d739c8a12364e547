/** A shared contact card (.vcf) read just far enough to show its name and number. */

/** Cards are a few hundred bytes; a bigger one is mostly an embedded photo, which is not read. */
const MAX_BYTES = 64 * 1024;
/** Longer values are cut: a name or number is never this long, and the page should not be either. */
const MAX_LENGTH = 200;

export interface ContactCard {
  readonly name?: string;
  readonly phone?: string;
}

interface Property {
  readonly name: string;
  readonly params: readonly string[];
  readonly value: string;
}

/** The first card's name (FN, else N) and first TEL; undefined when it has neither. */
export function parseVcard(bytes: Buffer): ContactCard | undefined {
  let name: string | undefined;
  let structured: string | undefined;
  let phone: string | undefined;
  for (const { name: property, params, value } of properties(bytes.subarray(0, MAX_BYTES).toString("latin1"))) {
    if (property === "END") break;
    if (property === "FN") name ??= clean(unescape(decode(value, params)));
    else if (property === "N") structured ??= clean(structuredName(decode(value, params)));
    else if (property === "TEL") phone ??= clean(decode(value, params).replace(/^tel:/i, ""));
  }
  name ||= structured;
  if (!name && !phone) return undefined;
  return { ...(name ? { name } : {}), ...(phone ? { phone } : {}) };
}

/**
 * The card's logical lines as properties. The text is kept as Latin-1, byte for byte, until each
 * value is decoded with its own charset; folded lines (vCard 3/4) and quoted-printable soft breaks
 * (vCard 2.1) are joined first.
 */
function* properties(text: string): Generator<Property> {
  let line: string | undefined;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    if (line !== undefined && /^[ \t]/.test(raw)) line += raw.slice(1);
    else if (line !== undefined && line.endsWith("=") && /QUOTED-PRINTABLE/i.test(line.split(":")[0] ?? "")) line = line.slice(0, -1) + raw;
    else {
      if (line !== undefined) yield* parseLine(line);
      line = raw;
    }
  }
  if (line !== undefined) yield* parseLine(line);
}

function* parseLine(line: string): Generator<Property> {
  const colon = line.indexOf(":");
  if (colon < 0) return;
  const [head = "", ...params] = line.slice(0, colon).split(";");
  // "item1.TEL" is a TEL in a group.
  yield { name: head.replace(/^.*\./, "").toUpperCase(), params, value: line.slice(colon + 1) };
}

/** The value's text from its Latin-1-kept bytes: quoted-printable undone, then its CHARSET (UTF-8 by default). */
function decode(value: string, params: readonly string[]): string {
  const upper = params.map((p) => p.toUpperCase());
  let bytes = Buffer.from(value, "latin1");
  if (upper.includes("QUOTED-PRINTABLE") || upper.includes("ENCODING=QUOTED-PRINTABLE")) {
    bytes = Buffer.from(value.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1");
  }
  const charset = upper.find((p) => p.startsWith("CHARSET="))?.slice("CHARSET=".length) ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown charset label.
    return new TextDecoder().decode(bytes);
  }
}

/** "Smith;Alice;;Dr.;" (family; given; additional; prefix; suffix) → "Dr. Alice Smith". */
function structuredName(value: string): string {
  const [family, given, additional, prefix, suffix] = value.split(/(?<!\\);/).map(unescape);
  return [prefix, given, additional, family, suffix].filter(Boolean).join(" ");
}

function unescape(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, c: string) => (c === "n" || c === "N" ? " " : c));
}

/** One line of plain text: no control characters or runs of spaces, at most MAX_LENGTH characters. */
function clean(value: string): string | undefined {
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, " ").trim();
  return text ? [...text].slice(0, MAX_LENGTH).join("") : undefined;
}
