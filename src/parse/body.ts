/**
 * A message body's WhatsApp markers (FORMAT.md §6) turned into fields: attachments, omitted media,
 * deleted, edited, calls, locations and polls. Whatever is not a marker stays the message's text.
 */
import type { Attachment, AttachmentKind, Location, Message, Poll } from "../model.js";
import { MARKERS } from "./markers.js";

/** The fields of a message that its body decides. */
export type BodyFields = Pick<Message, "text" | "attachments" | "deleted" | "edited" | "mediaOmitted"> &
  Partial<Pick<Message, "omittedKind" | "viewOnce" | "location" | "poll" | "call">>;

export const NO_ATTACHMENTS: readonly Attachment[] = Object.freeze([]);
const MARK = "[\\u200e\\u200f]*";
const LEADING_MARKS = /^[\u200e\u200f]+/;
const ALL_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
const words = (pick: (m: (typeof MARKERS)[string]) => readonly string[] | undefined): string[] =>
  [...new Set(Object.values(MARKERS).flatMap((m) => pick(m) ?? []))];
const alternatives = (list: readonly string[]): string =>
  [...list].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, "[ \\u00a0]")).join("|");
const bare = (s: string): string => s.replace(ALL_MARKS, "").replace(/\.$/, "").toLowerCase();

type WholeBodyFields = Omit<BodyFields, "text" | "attachments" | "edited">;
/** Whole bodies that are one marker, keyed by their bare lower-case text. */
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
const liveLocation = { ...plain, location: { live: true } };
wholeBody(words((m) => m.liveLocation), liveLocation);
/** Length and last character of every whole-body marker, as bits: most bodies are ruled out before hashing them. */
const wholeKey = (body: string): number => ((body.length & 0xff) << 8) | (body.charCodeAt(body.length - 1) & 0xff);
const WHOLE_KEYS = new Uint8Array(1 << 16);
for (const written of WHOLE_AS_WRITTEN.keys()) WHOLE_KEYS[wholeKey(written)] = 1;

const EDITED = new RegExp(`[ \\u00a0]?${MARK}<${MARK}(?:${alternatives(words((m) => m.edited))})\\.?>$`, "i");
const IOS_ATTACHED = new RegExp(
  `^(.*?)${MARK}<${MARK}(?:${alternatives(words((m) => m.attached))})[:：] ?([^<>]+)>$`, "i");
const IOS_ATTACHED_SUFFIX = new RegExp(
  `^(.*?)${MARK}<${MARK}([^<>]+\\.\\w{1,5}) (?:${alternatives(words((m) => m.attachedSuffix))})>$`, "i");
const OLD_ATTACHED = new RegExp(`^()(\\S.*?\\.\\w{1,5}) ${MARK}<${MARK}(?:${alternatives(words((m) => m.attached))})>$`, "i");
const ANDROID_ATTACHED = /^()(\S.*?\.\w{1,5}) \(([^()]{2,40})\)$/;
const FILE_ATTACHED = new Set(words((m) => m.fileAttached).map(bare));
const OMITTED_WITH_INFO = new RegExp(
  `^(.*?)[\\u200e\\u200f](${alternatives(words((m) => Object.values(m.omitted ?? {}).flat()))})$`, "i");
const LOCATION = new RegExp(`^(?:${alternatives(words((m) => m.location))}): (https?://\\S+)$`, "i");
const VENUE = /^(.+?): (https?:\/\/(?:maps\.google\.[a-z.]+|foursquare\.com|maps\.apple\.com)\/\S*)$/;
const MARK_INSIDE = /[\u200e\u200f]/;
const POLL_OPTION = /^OPTION: (.*) \((\d+) votes?\)$/;
/** Characters without which no body can hold a marker other than a whole-body one. */
const MAYBE_MARKER = /[\u200e\u200f<]|:\/\/|\)(?:\n|$)|^POLL:/;

/** Reads the body of a message (text after `Author: `), lines joined by "\n"; null when it is only text. */
export function readBody(body: string, hasFile: (name: string) => boolean): BodyFields | null {
  // Most bodies are plain text; one lookup and one scan rule them out before any other work.
  const whole = WHOLE_KEYS[wholeKey(body)] ? WHOLE_AS_WRITTEN.get(body) : undefined;
  if (whole) return { text: "", attachments: NO_ATTACHMENTS, edited: false, ...whole };
  if (!MAYBE_MARKER.test(body)) return null;

  let text = body.replace(LEADING_MARKS, "");
  let edited = false;
  // Each pattern below runs only where its marker could end: most are long alternations.
  const editedAt = text.endsWith(">") ? text.search(EDITED) : -1;
  if (editedAt >= 0) {
    edited = true;
    text = text.slice(0, editedAt);
  }
  const marker = WHOLE.get(bare(text));
  if (marker) return { text: "", attachments: NO_ATTACHMENTS, edited, ...marker };

  const newline = text.indexOf("\n");
  const first = newline < 0 ? text : text.slice(0, newline);
  const rest = newline < 0 ? "" : text.slice(newline + 1);
  const withRest = (before: string): string => {
    // What iOS writes before a marker is the document's name and size, with marks of its own.
    const lead = before.replace(ALL_MARKS, "").trim();
    return lead && rest ? `${lead}\n${rest}` : lead || rest;
  };

  const attached = first.endsWith(">")
    ? IOS_ATTACHED.exec(first) ?? IOS_ATTACHED_SUFFIX.exec(first) ?? OLD_ATTACHED.exec(first)
    : first.endsWith(")") ? androidAttachment(first, hasFile) : null;
  if (attached) {
    const fileName = attached[2]!.trim();
    const attachment: Attachment = { fileName, kind: kindOf(fileName), present: hasFile(fileName) };
    return { text: withRest(attached[1]!), attachments: [attachment], deleted: false, edited, mediaOmitted: false };
  }

  const omitted = MARK_INSIDE.test(first) ? OMITTED_WITH_INFO.exec(first) : null;
  const omittedFields = omitted && WHOLE.get(bare(omitted[2]!));
  if (omitted && omittedFields) {
    return { text: withRest(omitted[1]!), attachments: NO_ATTACHMENTS, edited, ...omittedFields };
  }
  // Android writes the caption of omitted media on the lines after the marker.
  const firstWhole = newline < 0 ? undefined : WHOLE.get(bare(first));
  if (firstWhole?.mediaOmitted) return { text: rest, attachments: NO_ATTACHMENTS, edited, ...firstWhole };

  const location = first.includes("://") ? readLocation(first) : null;
  if (location && !rest) return { text: "", attachments: NO_ATTACHMENTS, edited, ...plain, location };

  const poll = first.replace(LEADING_MARKS, "") === "POLL:" ? readPoll(rest) : null;
  if (poll) return { text: "", attachments: NO_ATTACHMENTS, edited, ...plain, poll };

  return text === body ? null : { text, attachments: NO_ATTACHMENTS, deleted: false, edited, mediaOmitted: false };
}

/** Android's `name.ext (file attached)`, in any language we know, or any wording when the file is there. */
function androidAttachment(line: string, hasFile: (name: string) => boolean): RegExpExecArray | null {
  const m = ANDROID_ATTACHED.exec(line.replace(LEADING_MARKS, ""));
  return m && (FILE_ATTACHED.has(bare(m[3]!)) || hasFile(m[2]!)) ? m : null;
}

function readLocation(line: string): Location | null {
  const bareLine = line.replace(LEADING_MARKS, "");
  const pin = LOCATION.exec(bareLine);
  if (pin) return { url: pin[1]! };
  const venue = VENUE.exec(bareLine);
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

/** The kind of an attachment, from WhatsApp's naming scheme (FORMAT.md §7) or else the extension. */
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
  return fields?.call ? fields : textBody(body.replace(ALL_MARKS, ""));
}
