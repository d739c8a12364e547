/**
 * A message body's WhatsApp markers (docs/export-format.md#markers) turned into fields: attachments, omitted media,
 * deleted, edited, calls, locations and polls. Whatever is not a marker stays the message's text.
 * Markers are found where WhatsApp writes them (a whole body, the start of a body with a part of
 * its own such as an admin's name, a `<…>` at the end of a line, a `(…)` after a file name, a poll's
 * first word and options) and their words are looked up in the tables of markers.ts, which also
 * say which languages write them (language.ts counts those).
 */
import type { Attachment, AttachmentKind, Location, Message, Poll, PollOption } from "../model.js";
import { NO_LANGUAGE, withLanguage } from "./language.js";
import { MARKERS, type LocaleMarkers } from "./markers.js";

/** The fields of a message that its body decides. */
export type BodyFields = Pick<Message, "text" | "attachments" | "deleted" | "edited" | "mediaOmitted"> &
  Partial<Pick<Message, "omittedKind" | "viewOnce" | "location" | "poll" | "call">>;

export const NO_ATTACHMENTS: readonly Attachment[] = Object.freeze([]);
const LEADING_MARKS = /^[\u200e\u200f]+/;
/** Direction marks and isolates WhatsApp writes around its own words and around phone numbers. */
export const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Where the reader notes the languages (a set of language.ts) of the WhatsApp words it recognised a body by. */
export interface Heard {
  langs: number;
}

/** One kind of marker's words in every language, each with the language that writes it. */
const words = (pick: (m: LocaleMarkers) => readonly string[] | undefined): [string, string][] =>
  Object.entries(MARKERS).flatMap(([code, m]) => (pick(m) ?? []).map((w): [string, string] => [w, code]));
/** A marker's words as looked up: no direction marks or final full stop, one kind of space, lower case. */
const bare = (s: string): string => s.replace(MARKS, "").replace(/\u00a0/g, " ").trim().replace(/\.$/, "").toLowerCase();
/** Words by their bare form (or another key), with the set of languages that write each. */
const bareMap = (list: readonly [string, string][], keyOf = bare): ReadonlyMap<string, number> => {
  const map = new Map<string, number>();
  for (const [w, code] of list) map.set(keyOf(w), withLanguage(map.get(keyOf(w)) ?? NO_LANGUAGE, code));
  return map;
};

type WholeBodyFields = Omit<BodyFields, "text" | "attachments" | "edited">;
/** A whole-body marker's fields and the languages that write it. */
interface WholeMarker {
  readonly fields: WholeBodyFields;
  readonly langs: number;
}
/** Whole bodies that are one marker, keyed by their bare text. */
const WHOLE = new Map<string, WholeMarker>();
/** The same, keyed as WhatsApp writes them, so a plain body is ruled out by one lookup. */
const WHOLE_AS_WRITTEN = new Map<string, WholeMarker>();
/** Every whole-body marker word, with the language that writes it (none for "null") and its fields. */
const wholeWords: { word: string; code: string | null; fields: WholeBodyFields }[] = [];
const wholeBody = (list: readonly [string, string | null][], fields: WholeBodyFields): void => {
  for (const [word, code] of list) wholeWords.push({ word, code, fields });
};
const plain = { deleted: false, mediaOmitted: false } as const;
wholeBody(words((m) => m.deleted), { deleted: true, mediaOmitted: false });
wholeBody(words((m) => m.mediaOmitted), { deleted: false, mediaOmitted: true });
for (const kind of ["image", "video", "gif", "audio", "voice", "sticker", "document", "contact"] as const) {
  wholeBody(words((m) => m.omitted?.[kind]), { deleted: false, mediaOmitted: true, omittedKind: kind });
}
wholeBody(words((m) => m.viewOnce), { deleted: false, mediaOmitted: true, viewOnce: true });
// Android writes "null" whatever the phone's language.
wholeBody([["null", null]], { deleted: false, mediaOmitted: true, viewOnce: true });
wholeBody(words((m) => m.missedVoiceCall), { ...plain, call: "missed-voice" });
wholeBody(words((m) => m.missedVideoCall), { ...plain, call: "missed-video" });
wholeBody(words((m) => m.voiceCall), { ...plain, call: "voice" });
wholeBody(words((m) => m.videoCall), { ...plain, call: "video" });
wholeBody(words((m) => m.liveLocation), { ...plain, location: { live: true } });
// The languages of each bare form first, so that every way of writing a word carries all the languages that write it.
const wholeLangs = bareMap(wholeWords.flatMap(({ word, code }): [string, string][] => (code === null ? [] : [[word, code]])));
for (const { word: w, fields } of wholeWords) {
  const marker: WholeMarker = { fields, langs: wholeLangs.get(bare(w)) ?? NO_LANGUAGE };
  for (const word of [w, w.toLowerCase(), w.charAt(0).toUpperCase() + w.slice(1)]) {
    // iOS puts a left-to-right mark before its markers.
    for (const written of [word, `${word}.`, `<${word}>`]) {
      WHOLE_AS_WRITTEN.set(written, marker);
      WHOLE_AS_WRITTEN.set(`\u200e${written}`, marker);
    }
  }
  WHOLE.set(bare(w), marker);
  WHOLE.set(bare(`<${w}>`), marker);
}
/**
 * Length, first and next-to-last character of every whole-body marker, as bits: most bodies are
 * ruled out before hashing them (the last character alone let through a third of plain texts).
 */
const wholeKey = (body: string): number =>
  ((body.length & 0x7f) << 13) | ((body.charCodeAt(0) & 0x7f) << 6) | (body.charCodeAt(body.length - 2) & 0x3f);
const WHOLE_KEYS = new Uint8Array(1 << 20);
for (const written of WHOLE_AS_WRITTEN.keys()) WHOLE_KEYS[wholeKey(written)] = 1;

/**
 * A marker of WhatsApp's words around a part of its own: an admin's name inside a deletion, a voice
 * chat's details after its words. `end` is what follows the part, without a final full stop.
 */
interface LeadMarker {
  readonly start: string;
  readonly end: string;
  readonly fields: WholeBodyFields;
  /** Whether the message's text is the part (a voice chat's details) rather than the whole sentence (which names the admin). */
  readonly partIsText: boolean;
  readonly langs: number;
}
/** The first two characters of a text, as one number. */
const leadKey = (text: string): number => ((text.charCodeAt(0) & 0xff) << 8) | (text.charCodeAt(1) & 0xff);
/** Lead markers by the key of their start; a bit per key rules plain bodies out with one lookup. */
const LEADS = new Map<number, LeadMarker[]>();
const LEAD_KEYS = new Uint8Array(1 << 16);
const lead = (list: readonly [string, string][], fields: WholeBodyFields, partIsText: boolean): void => {
  for (const [word, code] of list) {
    const [start = "", end = ""] = word.split("{name}");
    const marker: LeadMarker = { start, end: end.replace(/\.$/, ""), fields, partIsText, langs: withLanguage(NO_LANGUAGE, code) };
    LEADS.set(leadKey(start), [...(LEADS.get(leadKey(start)) ?? []), marker]);
    LEAD_KEYS[leadKey(start)] = 1;
  }
};
lead(words((m) => m.deletedByAdmin), { deleted: true, mediaOmitted: false }, false);
lead(words((m) => m.voiceChat), { ...plain, call: "voice-chat" }, true);

const EDITED = bareMap(words((m) => m.edited));
const ATTACHED = bareMap(words((m) => m.attached));
const ATTACHED_SUFFIX = bareMap(words((m) => m.attachedSuffix));
const FILE_ATTACHED = bareMap(words((m) => m.fileAttached));
const LOCATION = bareMap(words((m) => m.location));
const POLL = bareMap(words((m) => m.poll));
const POLL_OPTION = bareMap(words((m) => m.pollOption));
/** The link of a shared venue: only map services, so that a link after a line of text stays text. */
const VENUE_LINK = String.raw`https?:\/\/(?:maps\.google\.[a-z.]+|foursquare\.com|maps\.apple\.com)\/\S*`;
const VENUE = new RegExp(`^(.+?): (${VENUE_LINK})$`);
const VENUE_URL = new RegExp(`^${VENUE_LINK}$`);
/**
 * An option's text and votes. The unit is not checked: its words are localized and vary with the
 * count (`1 vote`, `3 votes`, `Stimmen`, `votos`, `stemmen`); Android puts a mark before the count, iOS
 * often a no-break space before the unit.
 */
const OPTION_VOTES = /^(.*) \([\u200e\u200f]*(\d+)[ \u00a0]?[^()\d]*\)$/;
const FILE_NAME = /\S\.\w{1,5}$/;
/** Characters without which no body holds a marker other than a whole-body one. */
const MAYBE_MARKER = /[\u200e\u200f<]|:\/\/|\)(?:\n|$)|^POLL:/;
const MARK_INSIDE = /[\u200e\u200f]/;

/**
 * Reads the body of a message (text after `Author: `), lines joined by "\n"; null when it is only text.
 * The languages of the WhatsApp words it recognised the body by go to `heard` (those of the last
 * marker, when there are two), which is left alone when there were none.
 */
export function readBody(body: string, hasFile: (name: string) => boolean, heard: Heard): BodyFields | null {
  // Most bodies are plain text; a bit lookup and one scan rule them out before any other work.
  const whole = WHOLE_KEYS[wholeKey(body)] ? WHOLE_AS_WRITTEN.get(body) : undefined;
  if (whole) {
    heard.langs = whole.langs;
    return { text: "", attachments: NO_ATTACHMENTS, edited: false, ...whole.fields };
  }
  if (!MAYBE_MARKER.test(body)) return LEAD_KEYS[leadKey(body)] ? readLead(body, false, heard) : null;

  let text = body.replace(LEADING_MARKS, "");
  let edited = false;
  const suffix = bracketAtEnd(text);
  const editedLangs = suffix ? EDITED.get(bare(suffix.inner)) : undefined;
  if (suffix && editedLangs !== undefined) {
    edited = true;
    heard.langs = editedLangs;
    // WhatsApp writes one space (and on iOS a mark) before the marker; spaces before that are the writer's.
    text = suffix.before.replace(/[ \u00a0]?[\u200e\u200f]*$/, "");
  }
  const marker = WHOLE.get(bare(text));
  if (marker) {
    heard.langs = marker.langs;
    return { text: "", attachments: NO_ATTACHMENTS, edited, ...marker.fields };
  }
  const leading = LEAD_KEYS[leadKey(text)] ? readLead(text, edited, heard) : null;
  if (leading) return leading;

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
    const { fileName, before, langs } = attached;
    if (langs !== NO_LANGUAGE) heard.langs = langs;
    const attachment: Attachment = { fileName, kind: kindOf(fileName), present: hasFile(fileName) };
    return { text: withRest(before), attachments: [attachment], deleted: false, edited, mediaOmitted: false };
  }

  // iOS writes a document's name and size before "document omitted", with a mark between.
  const mark = MARK_INSIDE.test(first) ? Math.max(first.lastIndexOf("\u200e"), first.lastIndexOf("\u200f")) : -1;
  const omitted = mark > 0 ? WHOLE.get(bare(first.slice(mark))) : undefined;
  if (omitted?.fields.mediaOmitted) {
    heard.langs = omitted.langs;
    return { text: withRest(first.slice(0, mark)), attachments: NO_ATTACHMENTS, edited, ...omitted.fields };
  }
  // Android writes the caption of omitted media on the lines after the marker.
  const firstWhole = newline < 0 ? undefined : WHOLE.get(bare(first));
  if (firstWhole?.fields.mediaOmitted) {
    heard.langs = firstWhole.langs;
    return { text: rest, attachments: NO_ATTACHMENTS, edited, ...firstWhole.fields };
  }

  const shared = !first.includes("://") ? readVenueLines(first, rest)
    : !rest ? readLocation(first.replace(LEADING_MARKS, "")) : null;
  if (shared) {
    const { location, langs } = shared;
    if (langs !== NO_LANGUAGE) heard.langs = langs;
    return { text: "", attachments: NO_ATTACHMENTS, edited, ...plain, location };
  }

  const polled = first.endsWith(":") ? readPoll(first, rest) : null;
  if (polled) {
    heard.langs = polled.langs;
    return { text: "", attachments: NO_ATTACHMENTS, edited, ...plain, poll: polled.poll };
  }

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
 * (in a language we know, or any wording when the export holds the file), with the languages of
 * the words.
 */
function attachmentOf(line: string, hasFile: (name: string) => boolean): { fileName: string; before: string; langs: number } | null {
  const bracket = bracketAtEnd(line);
  if (bracket) {
    const inner = bracket.inner.replace(MARKS, "");
    const colon = inner.search(/[:：]/);
    const prefix = colon > 0 ? ATTACHED.get(bare(inner.slice(0, colon))) : undefined;
    if (prefix !== undefined) return { fileName: inner.slice(colon + 1).trim(), before: bracket.before, langs: prefix };
    const space = inner.lastIndexOf(" ");
    const suffix = space > 0 ? ATTACHED_SUFFIX.get(bare(inner.slice(space + 1))) : undefined;
    if (suffix !== undefined && FILE_NAME.test(inner.slice(0, space))) {
      return { fileName: inner.slice(0, space).trim(), before: bracket.before, langs: suffix };
    }
    const name = bracket.before.replace(MARKS, "").trim();
    const after = ATTACHED.get(bare(inner));
    if (after !== undefined && FILE_NAME.test(name)) return { fileName: name, before: "", langs: after };
    return null;
  }
  if (!line.endsWith(")")) return null;
  const open = line.lastIndexOf(" (");
  const fileName = line.slice(0, Math.max(open, 0)).replace(LEADING_MARKS, "");
  if (open < 0 || !FILE_NAME.test(fileName)) return null;
  const langs = FILE_ATTACHED.get(bare(line.slice(open + 2, -1)));
  if (langs !== undefined) return { fileName, before: "", langs };
  return hasFile(fileName) ? { fileName, before: "", langs: NO_LANGUAGE } : null;
}

/** `location: https://…` in any language we know, or a venue's `Name (address): https://…`, with the languages of the word. */
function readLocation(line: string): { location: Location; langs: number } | null {
  const colon = line.indexOf(": ");
  const langs = colon > 0 ? LOCATION.get(bare(line.slice(0, colon))) : undefined;
  if (langs !== undefined && /^https?:\/\/\S+$/.test(line.slice(colon + 2))) {
    return { location: { url: line.slice(colon + 2) }, langs };
  }
  const venue = VENUE.exec(line);
  return venue ? { location: { name: venue[1]!, url: venue[2]! }, langs: NO_LANGUAGE } : null;
}

/**
 * Android's venue over three lines: its name, its address, and a map link (or `location: link`), with
 * the languages of the word; the name and address become iOS's `Name (address)`.
 */
function readVenueLines(name: string, rest: string): { location: Location; langs: number } | null {
  const newline = rest.indexOf("\n");
  if (newline < 0 || rest.includes("\n", newline + 1) || !rest.includes("://")) return null;
  const address = rest.slice(0, newline).trim();
  const link = rest.slice(newline + 1).replace(LEADING_MARKS, "");
  const shared = VENUE_URL.test(link) ? { location: { url: link }, langs: NO_LANGUAGE } : readLocation(link);
  const url = shared?.location.url;
  if (!shared || !url || shared.location.name !== undefined || !name.trim() || !address) return null;
  return { location: { name: `${name.trim()} (${address})`, url }, langs: shared.langs };
}

/**
 * A poll: its word and a colon (`POLL:`, `UMFRAGE:`), its question over one or more lines, then one
 * `OPTION: text (n votes)` line per option, in any language we know; null when the lines are not
 * exactly that, so that nothing is lost.
 */
function readPoll(first: string, rest: string): { poll: Poll; langs: number } | null {
  const langs = POLL.get(bare(first.slice(0, -1)));
  if (langs === undefined || !rest) return null;
  const question: string[] = [];
  const options: PollOption[] = [];
  for (const line of rest.split("\n")) {
    const option = pollOption(line);
    if (option) options.push(option);
    else if (options.length === 0) question.push(line);
    else return null;
  }
  return question.length > 0 && options.length > 0 ? { poll: { question: question.join("\n"), options }, langs } : null;
}

/** One `OPTION: text (n votes)` line (iOS puts a mark before the word), or null. */
function pollOption(line: string): PollOption | null {
  const colon = line.indexOf(": ");
  if (colon < 0 || POLL_OPTION.get(bare(line.slice(0, colon))) === undefined) return null;
  const m = OPTION_VOTES.exec(line.slice(colon + 2));
  return m ? { text: m[1]!, votes: Number(m[2]) } : null;
}

/**
 * A marker of WhatsApp's words around a part of its own (an admin's deletion naming the admin, a
 * voice chat and its details), with its languages going to `heard`; null when the text is none.
 */
function readLead(text: string, edited: boolean, heard: Heard): BodyFields | null {
  for (const marker of LEADS.get(leadKey(text)) ?? []) {
    if (!text.startsWith(marker.start)) continue;
    const after = text.slice(marker.start.length);
    const part = marker.partIsText ? voiceChatDetails(after) : adminName(after, marker.end);
    if (part === null) continue;
    heard.langs = marker.langs;
    const own = marker.partIsText ? part : text.replace(MARKS, "");
    return { text: own, attachments: NO_ATTACHMENTS, edited, ...marker.fields };
  }
  return null;
}

/** The name in what follows "… deleted by admin" up to the marker's `end` and a full stop, or null. */
function adminName(after: string, end: string): string | null {
  const inner = after.replace(/\.$/, "");
  if (!inner.endsWith(end)) return null;
  const name = inner.slice(0, inner.length - end.length).trim();
  return name ? name : null;
}

/** A voice chat's details after its words: nothing, or a full stop (or comma) and the details; null for other words. */
function voiceChatDetails(after: string): string | null {
  if (!after) return "";
  return /^[.,]/.test(after) ? after.slice(1).trim() : null;
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

/**
 * A body without an author: WhatsApp's own words, so every direction mark in it is WhatsApp's. Only
 * a call is a marker here, so only a call's words go to `heard`.
 */
export function readSystemBody(body: string, heard: Heard): BodyFields {
  const before = heard.langs;
  const fields = readBody(body, NO_FILES, heard);
  if (fields?.call) return fields;
  heard.langs = before;
  return textBody(body.replace(MARKS, ""));
}

const NO_FILES = (): boolean => false;

/** How much of a text picks the notices it may start with. */
const NOTICE_KEY = 8;
/**
 * The end-to-end encryption notices of every language, lower case, with the languages that write
 * each, by the start of each: a map rather than one regex of them all, which V8 would compile again
 * and again at a cost of milliseconds.
 */
const NOTICES = new Map<string, { length: number; lower: string; langs: number }[]>();
for (const [notice, langs] of bareMap(words((m) => m.encryption), (notice) => notice)) {
  const lower = notice.toLowerCase();
  const key = notice.slice(0, NOTICE_KEY).toLowerCase();
  NOTICES.set(key, [...(NOTICES.get(key) ?? []), { length: notice.length, lower, langs }]);
}

/**
 * The languages of the end-to-end encryption notice a text starts with (whatever its case), or
 * NO_LANGUAGE when it starts with none: WhatsApp opens chats and groups with one, in the phone's language.
 */
export function encryptionNotice(text: string): number {
  const candidates = NOTICES.get(text.slice(0, NOTICE_KEY).toLowerCase());
  const notice = candidates?.find((n) => text.slice(0, n.length).toLowerCase() === n.lower);
  return notice?.langs ?? NO_LANGUAGE;
}
