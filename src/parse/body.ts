/**
 * A message body's WhatsApp markers (docs/export-format.md#markers) turned into fields: attachments, omitted media,
 * deleted, edited, calls, locations and polls. Whatever is not a marker stays the message's text.
 * Markers are found where WhatsApp writes them (a whole body, a `<…>` at the end of a line, a
 * `(…)` after a file name) and their words are looked up in the tables of markers.ts.
 */
import type { Attachment, AttachmentKind, Location, Message, Poll } from "../model.js";
import { MARKERS } from "./markers.js";

/** The fields of a message that its body decides. */
export type BodyFields = Pick<Message, "text" | "attachments" | "deleted" | "edited" | "mediaOmitted"> &
  Partial<Pick<Message, "omittedKind" | "viewOnce" | "location" | "poll" | "call">>;

export const NO_ATTACHMENTS: readonly Attachment[] = Object.freeze([]);
const LEADING_MARKS = /^[\u200e\u200f]+/;
/** Direction marks and isolates WhatsApp writes around its own words and around phone numbers. */
export const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const words = (pick: (m: (typeof MARKERS)[string]) => readonly string[] | undefined): string[] =>
  [...new Set(Object.values(MARKERS).flatMap((m) => pick(m) ?? []))];
/** A marker's words as looked up: no direction marks or final full stop, one kind of space, lower case. */
const bare = (s: string): string => s.replace(MARKS, "").replace(/\u00a0/g, " ").trim().replace(/\.$/, "").toLowerCase();
const bareSet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(bare));

type WholeBodyFields = Omit<BodyFields, "text" | "attachments" | "edited">;
/** Whole bodies that are one marker, keyed by their bare text. */
const WHOLE = new Map<string, WholeBodyFields>();
/** The same, keyed as WhatsApp writes them, so a plain body is ruled out by one lookup. */
const WHOLE_AS_WRITTEN = new Map<string, WholeBodyFields>();
const wholeBody = (list: readonly string[], fields: WholeBodyFields): void => {
  for (const w of list) {
    for (const word of [w, w.toLowerCase(), w.charAt(0).toUpperCase() + w.slice(1)]) {
      // iOS puts a left-to-right mark before its markers.
      for (const written of [word, `${word}.`, `<${word}>`]) {
        WHOLE_AS_WRITTEN.set(written, fields);
        WHOLE_AS_WRITTEN.set(`\u200e${written}`, fields);
      }
    }
    WHOLE.set(bare(w), fields);
    WHOLE.set(bare(`<${w}>`), fields);
  }
};
const plain = { deleted: false, mediaOmitted: false } as const;
wholeBody(words((m) => m.deleted), { deleted: true, mediaOmitted: false });
wholeBody(words((m) => m.mediaOmitted), { deleted: false, mediaOmitted: true });
for (const kind of ["image", "video", "gif", "audio", "voice", "sticker", "document", "contact"] as const) {
  wholeBody(words((m) => m.omitted?.[kind]), { deleted: false, mediaOmitted: true, omittedKind: kind });
}
wholeBody(words((m) => m.viewOnce), { deleted: false, mediaOmitted: true, viewOnce: true });
wholeBody(["null"], { deleted: false, mediaOmitted: true, viewOnce: true });
wholeBody(words((m) => m.missedVoiceCall), { ...plain, call: "missed-voice" });
wholeBody(words((m) => m.missedVideoCall), { ...plain, call: "missed-video" });
wholeBody(words((m) => m.voiceCall), { ...plain, call: "voice" });
wholeBody(words((m) => m.videoCall), { ...plain, call: "video" });
wholeBody(words((m) => m.liveLocation), { ...plain, location: { live: true } });
/**
 * Length, first and next-to-last character of every whole-body marker, as bits: most bodies are
 * ruled out before hashing them (the last character alone let through a third of plain texts).
 */
const wholeKey = (body: string): number =>
  ((body.length & 0x7f) << 13) | ((body.charCodeAt(0) & 0x7f) << 6) | (body.charCodeAt(body.length - 2) & 0x3f);
const WHOLE_KEYS = new Uint8Array(1 << 20);
for (const written of WHOLE_AS_WRITTEN.keys()) WHOLE_KEYS[wholeKey(written)] = 1;

const EDITED = bareSet(words((m) => m.edited));
const ATTACHED = bareSet(words((m) => m.attached));
const ATTACHED_SUFFIX = bareSet(words((m) => m.attachedSuffix));
const FILE_ATTACHED = bareSet(words((m) => m.fileAttached));
const LOCATION = bareSet(words((m) => m.location));
const VENUE = /^(.+?): (https?:\/\/(?:maps\.google\.[a-z.]+|foursquare\.com|maps\.apple\.com)\/\S*)$/;
const POLL_OPTION = /^OPTION: (.*) \((\d+) votes?\)$/;
const FILE_NAME = /\S\.\w{1,5}$/;
/** Characters without which no body holds a marker other than a whole-body one. */
const MAYBE_MARKER = /[\u200e\u200f<]|:\/\/|\)(?:\n|$)|^POLL:/;
const MARK_INSIDE = /[\u200e\u200f]/;

/** Reads the body of a message (text after `Author: `), lines joined by "\n"; null when it is only text. */
export function readBody(body: string, hasFile: (name: string) => boolean): BodyFields | null {
  // Most bodies are plain text; a bit lookup and one scan rule them out before any other work.
  const whole = WHOLE_KEYS[wholeKey(body)] ? WHOLE_AS_WRITTEN.get(body) : undefined;
  if (whole) return { text: "", attachments: NO_ATTACHMENTS, edited: false, ...whole };
  if (!MAYBE_MARKER.test(body)) return null;

  let text = body.replace(LEADING_MARKS, "");
  let edited = false;
  const suffix = bracketAtEnd(text);
  if (suffix && EDITED.has(bare(suffix.inner))) {
    edited = true;
    // WhatsApp writes one space (and on iOS a mark) before the marker; spaces before that are the writer's.
    text = suffix.before.replace(/[ \u00a0]?[\u200e\u200f]*$/, "");
  }
  const marker = WHOLE.get(bare(text));
  if (marker) return { text: "", attachments: NO_ATTACHMENTS, edited, ...marker };

  const newline = text.indexOf("\n");
  const first = newline < 0 ? text : text.slice(0, newline);
  const rest = newline < 0 ? "" : text.slice(newline + 1);
  const withRest = (before: string): string => {
    // What iOS writes before a marker is the document's name and size, with marks of its own.
    const lead = before.replace(MARKS, "").trim();
    return lead && rest ? `${lead}\n${rest}` : lead || rest;
  };

  const attached = attachmentOf(first, hasFile);
  if (attached) {
    const { fileName, before } = attached;
    const attachment: Attachment = { fileName, kind: kindOf(fileName), present: hasFile(fileName) };
    return { text: withRest(before), attachments: [attachment], deleted: false, edited, mediaOmitted: false };
  }

  // iOS writes a document's name and size before "document omitted", with a mark between.
  const mark = MARK_INSIDE.test(first) ? Math.max(first.lastIndexOf("\u200e"), first.lastIndexOf("\u200f")) : -1;
  const omitted = mark > 0 ? WHOLE.get(bare(first.slice(mark))) : undefined;
  if (omitted?.mediaOmitted) return { text: withRest(first.slice(0, mark)), attachments: NO_ATTACHMENTS, edited, ...omitted };
  // Android writes the caption of omitted media on the lines after the marker.
  const firstWhole = newline < 0 ? undefined : WHOLE.get(bare(first));
  if (firstWhole?.mediaOmitted) return { text: rest, attachments: NO_ATTACHMENTS, edited, ...firstWhole };

  const location = !rest && first.includes("://") ? readLocation(first.replace(LEADING_MARKS, "")) : null;
  if (location) return { text: "", attachments: NO_ATTACHMENTS, edited, ...plain, location };

  const poll = first === "POLL:" ? readPoll(rest) : null;
  if (poll) return { text: "", attachments: NO_ATTACHMENTS, edited, ...plain, poll };

  return text === body ? null : { text, attachments: NO_ATTACHMENTS, deleted: false, edited, mediaOmitted: false };
}

/** The `<…>` a line ends with, and what stands before it. */
function bracketAtEnd(line: string): { before: string; inner: string } | null {
  if (!line.endsWith(">")) return null;
  const open = line.lastIndexOf("<");
  return open < 0 ? null : { before: line.slice(0, open), inner: line.slice(open + 1, -1) };
}

/**
 * The file a line attaches, in any of WhatsApp's forms: iOS `<attached: name>` (after a document's
 * name and size), Turkish `<name eklendi>`, old `name <attached>`, Android `name (file attached)`
 * (in a language we know, or any wording when the export holds the file).
 */
function attachmentOf(line: string, hasFile: (name: string) => boolean): { fileName: string; before: string } | null {
  const bracket = bracketAtEnd(line);
  if (bracket) {
    const inner = bracket.inner.replace(MARKS, "");
    const colon = inner.search(/[:：]/);
    if (colon > 0 && ATTACHED.has(bare(inner.slice(0, colon)))) {
      return { fileName: inner.slice(colon + 1).trim(), before: bracket.before };
    }
    const space = inner.lastIndexOf(" ");
    if (space > 0 && ATTACHED_SUFFIX.has(bare(inner.slice(space + 1))) && FILE_NAME.test(inner.slice(0, space))) {
      return { fileName: inner.slice(0, space).trim(), before: bracket.before };
    }
    const name = bracket.before.replace(MARKS, "").trim();
    if (ATTACHED.has(bare(inner)) && FILE_NAME.test(name)) return { fileName: name, before: "" };
    return null;
  }
  if (!line.endsWith(")")) return null;
  const open = line.lastIndexOf(" (");
  const fileName = line.slice(0, Math.max(open, 0)).replace(LEADING_MARKS, "");
  if (open < 0 || !FILE_NAME.test(fileName)) return null;
  const words = line.slice(open + 2, -1);
  return FILE_ATTACHED.has(bare(words)) || hasFile(fileName) ? { fileName, before: "" } : null;
}

/** `location: https://…` in any language we know, or a venue's `Name (address): https://…`. */
function readLocation(line: string): Location | null {
  const colon = line.indexOf(": ");
  if (colon > 0 && LOCATION.has(bare(line.slice(0, colon))) && /^https?:\/\/\S+$/.test(line.slice(colon + 2))) {
    return { url: line.slice(colon + 2) };
  }
  const venue = VENUE.exec(line);
  return venue ? { name: venue[1]!, url: venue[2]! } : null;
}

/** `POLL:` / question / `OPTION: text (n votes)` lines; null when the lines are not exactly that. */
function readPoll(rest: string): Poll | null {
  const [question, ...lines] = rest.split("\n");
  if (!question || lines.length === 0) return null;
  const options = [];
  for (const line of lines) {
    const m = POLL_OPTION.exec(line);
    if (!m) return null;
    options.push({ text: m[1]!, votes: Number(m[2]) });
  }
  return { question, options };
}

const KIND_BY_NAME: readonly [RegExp, AttachmentKind][] = [
  [/-PHOTO-|^IMG-/, "image"],
  [/-STICKER-|^STK-/, "sticker"],
  [/-GIF-/, "gif"],
  [/-VIDEO-|^VID-/, "video"],
  [/^PTT-|-AUDIO-.*\.opus$/, "voice"],
  [/-AUDIO-|^AUD-/, "audio"],
  [/\.(?:jpe?g|png|heic|heif|webp|bmp|tiff?)$/i, "image"],
  [/\.gif$/i, "gif"],
  [/\.(?:mp4|mov|3gp|mkv|webm|avi|m4v)$/i, "video"],
  [/\.opus$/i, "voice"],
  [/\.(?:mp3|m4a|aac|ogg|oga|wav|amr|flac)$/i, "audio"],
  [/\.vcf$/i, "contact"],
];

/** The kind of an attachment, from WhatsApp's naming scheme (docs/export-format.md#media-file-names) or else the extension. */
function kindOf(fileName: string): AttachmentKind {
  return KIND_BY_NAME.find(([pattern]) => pattern.test(fileName))?.[1] ?? "document";
}

/** The fields of a body that is only text. */
export function textBody(text: string): BodyFields {
  return { text, attachments: NO_ATTACHMENTS, deleted: false, edited: false, mediaOmitted: false };
}

/** A body without an author: WhatsApp's own words, so every direction mark in it is WhatsApp's. */
export function readSystemBody(body: string): BodyFields {
  const fields = readBody(body, () => false);
  return fields?.call ? fields : textBody(body.replace(MARKS, ""));
}
