/**
 * A document as a person knows it: its own name without the number iOS puts before every file of an
 * export, and the page count iOS writes before its attachment marker.
 */

/** iOS numbers an export's files `00000062-`: eight digits and a hyphen, never fewer digits. */
const IOS_PREFIX = /^\d{8}-(?=.)/;

/** The name the document had when it was sent: `00000062-Route-Plan.pdf` is `Route-Plan.pdf`; `2023-plan.pdf` stays. */
export function documentName(fileName: string): string {
  return fileName.replace(IOS_PREFIX, "");
}

/**
 * What a document message's text says besides the document: iOS writes `Route-Plan.pdf • 3 pages`
 * (the count in the phone's language) on the first line, before the marker the parser took out.
 * Read by its shape, not its words: the first line is the name, alone or followed by `•` and the
 * count (or the file's stored name alone). `pages` is that count as written; `caption` the rest of
 * the text, the sender's own words.
 */
export function documentText(text: string, fileName: string): { pages?: string; caption: string } {
  const name = documentName(fileName);
  const newline = text.indexOf("\n");
  const first = newline < 0 ? text : text.slice(0, newline);
  const rest = newline < 0 ? "" : text.slice(newline + 1);
  if (first.trim() === name || first.trim() === fileName) return { caption: rest };
  if (!first.startsWith(name)) return { caption: text };
  const after = /^\s*•\s*(\S.*?)\s*$/.exec(first.slice(name.length));
  return after ? { pages: after[1]!, caption: rest } : { caption: text };
}
