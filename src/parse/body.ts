/**
 * A message body's WhatsApp markers (FORMAT.md §6) turned into fields: attachments, omitted media,
 * deleted, edited, calls, locations and polls. Whatever is not a marker stays the message's text.
 */
import type { Attachment, AttachmentKind, Location, Message, Poll } from "../model.js";
import { MARKERS } from "./markers.js";

/** The fields of a message that its body decides. */
export type BodyFields = Pick<Message, "text" | "attachments" | "deleted" | "edited" | "mediaOmitted"> &
  Partial<Pick<Message, "omittedKind" | "viewOnce" | "location" | "poll" | "call">>;

const NO_ATTACHMENTS: readonly Attachment[] = Object.freeze([]);
const MARK = "[\\u200e\\u200f]*";
const LEADING_MARKS = /^[\u200e\u200f]+/;
const ALL_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
const words = (pick: (m: (typeof MARKERS)[string]) => readonly string[] | undefined): string[] =>
  [...new Set(Object.values(MARKERS).flatMap((m) => pick(m) ?? []))];
const alternatives = (list: readonly string[]): string =>
  [...list].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, "[ \\u00a0]")).join("|");
const bare = (s: string): string => s.replace(ALL_MARKS, "").replace(/\.$/, "").toLowerCase();

/** Whole bodies that are one marker, keyed by their bare lower-case text. */
const WHOLE = new Map<string, Omit<BodyFields, "text" | "attachments" | "edited">>();
const wholeBody = (list: readonly string[], fields: Omit<BodyFields, "text" | "attachments" | "edited">): void => {
  for (const w of list) {
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
const LIVE_LOCATION = new Set(words((m) => m.liveLocation).map(bare));
/** Lengths of whole-body markers, so most bodies are ruled out without lower-casing them. */
const WHOLE_LENGTHS = new Set([...WHOLE.keys(), ...LIVE_LOCATION].map((k) => k.length));

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
const POLL_OPTION = /^OPTION: (.*) \((\d+) votes?\)$/;
/** Characters without which no body can hold a marker other than a whole-body one. */
const MAYBE_MARKER = /[\u200e\u200f<]|:\/\/|\)(?:\n|$)|^POLL:/;

/** Reads the body of a message (text after `Author: `), lines joined by "\n". */
export function readBody(body: string, hasFile: (name: string) => boolean): BodyFields {
  let text = body.charCodeAt(0) === 0x200e || body.charCodeAt(0) === 0x200f ? body.replace(LEADING_MARKS, "") : body;
  const simple = !MAYBE_MARKER.test(text);
  if (simple && !WHOLE_LENGTHS.has(text.length) && !WHOLE_LENGTHS.has(text.length - 1)) {
    return { text, attachments: NO_ATTACHMENTS, deleted: false, edited: false, mediaOmitted: false };
  }
  let edited = false;
  const editedAt = text.search(EDITED);
  if (editedAt >= 0) {
    edited = true;
    text = text.slice(0, editedAt);
  }
  const whole = WHOLE.get(bare(text));
  if (whole) return { text: "", attachments: NO_ATTACHMENTS, edited, ...whole };
  if (LIVE_LOCATION.has(bare(text))) {
    return { text: "", attachments: NO_ATTACHMENTS, edited, ...plain, location: { live: true } };
  }

  const newline = text.indexOf("\n");
  const first = newline < 0 ? text : text.slice(0, newline);
  const rest = newline < 0 ? "" : text.slice(newline + 1);
  const withRest = (before: string): string => {
    // What iOS writes before a marker is the document's name and size, with marks of its own.
    const lead = before.replace(ALL_MARKS, "").trim();
    return lead && rest ? `${lead}\n${rest}` : lead || rest;
  };

  const attached = IOS_ATTACHED.exec(first) ?? IOS_ATTACHED_SUFFIX.exec(first) ?? OLD_ATTACHED.exec(first) ??
    androidAttachment(first, hasFile);
  if (attached) {
    const fileName = attached[2]!.trim();
    const attachment: Attachment = { fileName, kind: kindOf(fileName), present: hasFile(fileName) };
    return { text: withRest(attached[1]!), attachments: [attachment], deleted: false, edited, mediaOmitted: false };
  }

  const omitted = OMITTED_WITH_INFO.exec(first);
  const omittedFields = omitted && WHOLE.get(bare(omitted[2]!));
  if (omitted && omittedFields) {
    return { text: withRest(omitted[1]!), attachments: NO_ATTACHMENTS, edited, ...omittedFields };
  }
  // Android writes the caption of omitted media on the lines after the marker.
  const firstWhole = newline < 0 ? undefined : WHOLE.get(bare(first));
  if (firstWhole?.mediaOmitted) return { text: rest, attachments: NO_ATTACHMENTS, edited, ...firstWhole };

  const location = readLocation(first);
  if (location && !rest) return { text: "", attachments: NO_ATTACHMENTS, edited, ...plain, location };

  const poll = first.replace(LEADING_MARKS, "") === "POLL:" ? readPoll(rest) : null;
  if (poll) return { text: "", attachments: NO_ATTACHMENTS, edited, ...plain, poll };

  return { text, attachments: NO_ATTACHMENTS, deleted: false, edited, mediaOmitted: false };
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
export function kindOf(fileName: string): AttachmentKind {
  return KIND_BY_NAME.find(([pattern]) => pattern.test(fileName))?.[1] ?? "document";
}
