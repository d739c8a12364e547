/**
 * WhatsApp's message formatting, parsed into tokens: the templates render each token as an element
 * with its text escaped, so user text is never marked safe.
 */
import type { Block, Inline } from "../model.js";

interface Line {
  readonly kind: "text" | "quote" | "bullet" | "ordered" | "pre";
  readonly number?: number;
  /** The line without its quote or list marker; for pre, the code block's text. */
  readonly text: string;
}

/** A ``` span; one that runs over lines is a block of its own, one inside a line is inline code. */
const FENCE = /```([^]+?)```/g;

const MARKERS = new Map<string, "bold" | "italic" | "strike" | "code">([
  ["*", "bold"],
  ["_", "italic"],
  ["~", "strike"],
  ["`", "code"],
]);

/** Only http(s), and never `"`, `<` or `>`, which cannot stand unencoded in a URL. */
const URL_RE = /https?:\/\/[^\s<>"]+/giu;

/** Punctuation (and formatting markers, so `*https://a.com*` stays bold) that ends a sentence rather than a URL. */
const URL_TRAILING = /[.,;:!?'*_~`]/;

export function formatText(text: string): Block[] {
  // Most messages are one line that is no quote or list item: one paragraph, without splitting and grouping lines.
  if (!text.includes("\n") && classify(text).kind === "text") {
    const inlines = parseInline(text);
    return inlines.length ? [{ type: "paragraph", inlines }] : [];
  }
  return group(splitLines(text));
}

/** True for one to three emoji and nothing else but whitespace, which WhatsApp shows large. */
export function isEmojiOnly(text: string): boolean {
  // Most texts are ruled out by their length or a letter up front, before the costly split into characters.
  if (text.length > MAX_EMOJI_TEXT || LETTER.test(text)) return false;
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (/^\s+$/u.test(segment)) continue;
    if (!/\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u.test(segment) || ++count > 3) return false;
  }
  return count > 0;
}

/** Text split as a person sees its characters: a letter with its accents, a whole emoji. */
export const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
/** Three of the longest emoji (family ZWJ sequences with skin tones) stay well under this many UTF-16 units. */
const MAX_EMOJI_TEXT = 96;
const LETTER = /\p{L}/u;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  const addText = (segment: string, afterFence: boolean, beforeFence: boolean): void => {
    const parts = segment.split("\n");
    // A fence at the start or end of a line leaves an empty piece that is no line the writer typed.
    if (afterFence && parts[0] === "") parts.shift();
    if (beforeFence && parts.at(-1) === "") parts.pop();
    lines.push(...parts.map(classify));
  };
  for (const match of text.matchAll(FENCE)) {
    const inner = match[1] ?? "";
    if (!inner.includes("\n") || !inner.trim()) continue;
    addText(text.slice(from, match.index), from > 0, true);
    // The newlines right inside the fences only put them on lines of their own.
    lines.push({ kind: "pre", text: inner.replace(/^\n/, "").replace(/\n$/, "") });
    from = match.index + match[0].length;
  }
  addText(text.slice(from), from > 0, false);
  return lines;
}

function classify(line: string): Line {
  if (line.startsWith("> ")) return { kind: "quote", text: line.slice(2) };
  if (line.startsWith("- ") || line.startsWith("* ")) return { kind: "bullet", text: line.slice(2) };
  const number = /^\d+\. /.exec(line);
  if (number) return { kind: "ordered", text: line.slice(number[0].length), number: parseInt(number[0], 10) };
  return { kind: "text", text: line };
}

function group(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  for (let start = 0; start < lines.length; ) {
    const kind = lines[start]!.kind;
    let end = start + 1;
    while (end < lines.length && kind !== "pre" && lines[end]!.kind === kind) end++;
    const texts = lines.slice(start, end).map((line) => line.text);
    if (kind === "pre") blocks.push({ type: "pre", text: texts[0]! });
    else if (kind === "quote") blocks.push({ type: "quote", inlines: joinLines(texts) });
    else if (kind === "bullet") blocks.push({ type: "list", ordered: false, items: texts.map(parseInline) });
    else if (kind === "ordered") {
      const numbers = lines.slice(start, end).map((line) => line.number!);
      blocks.push({ type: "list", ordered: true, items: texts.map(parseInline), numbers });
    }
    else {
      // One blank line beside a quote, list or code block is the block's own spacing; any more are kept.
      if (start > 0 && texts[0] === "") texts.shift();
      if (end < lines.length && texts.at(-1) === "") texts.pop();
      const inlines = joinLines(texts);
      if (inlines.length) blocks.push({ type: "paragraph", inlines });
    }
    start = end;
  }
  return blocks;
}

function joinLines(texts: readonly string[]): Inline[] {
  return texts.flatMap((text, i): Inline[] => (i ? [{ type: "break" }, ...parseInline(text)] : parseInline(text)));
}

/** What can start a marker or a link; a line with none of it is one text token. */
const MARKUP = /[*_~`]|http/i;

function parseInline(line: string): Inline[] {
  // Most lines are plain words: they skip the walk over every character that finding markers takes.
  if (!MARKUP.test(line)) return line ? [{ type: "text", text: line }] : [];
  const links = findLinks(line);
  return parseSpan(line, 0, line.length, links, closerFinder(line, links));
}

/** Parses `line` from `from` to `to`; links are found first so that markers inside a URL stay part of it. */
function parseSpan(
  line: string,
  from: number,
  to: number,
  links: ReadonlyMap<number, string>,
  closer: ReturnType<typeof closerFinder>,
): Inline[] {
  const out: Inline[] = [];
  let text = "";
  const push = (token: Inline): void => {
    if (text) out.push({ type: "text", text });
    text = "";
    out.push(token);
  };
  for (let i = from; i < to; ) {
    const link = links.get(i);
    if (link) {
      push({ type: "link", href: link, text: link });
      i += link.length;
      continue;
    }
    if (line.startsWith("```", i)) {
      const end = line.indexOf("```", i + 3);
      const closed = end > i + 3 && end + 3 <= to;
      if (closed) push(code(line.slice(i + 3, end)));
      else text += "```";
      i = closed ? end + 3 : i + 3;
      continue;
    }
    const type = MARKERS.get(line.charAt(i));
    const end = type && closer(i, to);
    if (type && end) {
      push(type === "code" ? code(line.slice(i + 1, end)) : { type, children: parseSpan(line, i + 1, end, links, closer) });
      i = end + 1;
    } else text += line.charAt(i++);
  }
  if (text) out.push({ type: "text", text });
  return out;
}

function code(text: string): Inline {
  return { type: "code", children: [{ type: "text", text }] };
}

/**
 * Finds where the marker at `i` closes, by WhatsApp's rules: markers hug the text they wrap and stand
 * at word boundaries. Calls come in order along the line, so each marker's closers are walked once
 * and a long line with many lone markers stays linear.
 */
function closerFinder(line: string, links: ReadonlyMap<number, string>): (i: number, to: number) => number | undefined {
  const closers = new Map([...MARKERS.keys()].map((mark): [string, number[]] => [mark, []]));
  for (let j = 0; j < line.length; j++) {
    const link = links.get(j);
    const mark = line.charAt(j);
    if (link) j += link.length - 1;
    else if (!isSpace(line.charAt(j - 1)) && !isWordChar(line.charAt(j + 1))) closers.get(mark)?.push(j);
  }
  const seen = new Map<string, number>();
  return (i, to) => {
    const mark = line.charAt(i);
    if (isWordChar(line.charAt(i - 1)) || isSpace(line.charAt(i + 1))) return undefined;
    const list = closers.get(mark) ?? [];
    let k = seen.get(mark) ?? 0;
    while ((list[k] ?? Infinity) <= i + 1) k++;
    seen.set(mark, k);
    const j = list[k];
    return j !== undefined && j < to ? j : undefined;
  };
}

/** The end of the line counts as space; `charAt` gives "" there. */
const isSpace = (char: string): boolean => char === "" || /\s/u.test(char);

const isWordChar = (char: string): boolean => /[\p{L}\p{N}\p{M}]/u.test(char);

/** The http(s) URLs in a line, by where they start. */
function findLinks(line: string): Map<number, string> {
  const links = new Map<number, string>();
  for (const match of line.matchAll(URL_RE)) {
    const url = trimUrl(match[0]);
    if (isHttpUrl(url)) links.set(match.index, url);
  }
  return links;
}

function trimUrl(url: string): string {
  let unbalanced = url.split(")").length - url.split("(").length;
  let end = url.length;
  for (;;) {
    const last = url.charAt(end - 1);
    if (last === ")" && unbalanced > 0) unbalanced--;
    else if (!URL_TRAILING.test(last)) return url.slice(0, end);
    end--;
  }
}

function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
