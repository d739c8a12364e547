/**
 * A message as its template shows it: labels in the archive's language, formatting parsed into
 * tokens, and each attachment as a view of what the output holds for it (or a placeholder saying why not).
 */
import type { Attachment, MediaFile, MediaView, Message, MessageView } from "../model.js";
import { CHAT_ROOT, messageAnchor, messageLink, url } from "../layout.js";
import { formatBytes, SIZE_UNITS } from "../numbers.js";
import type { ChatContext } from "./context.js";
import { documentName, documentText } from "./document.js";
import { formatText, isEmojiOnly } from "./format.js";

const CALLS = {
  "missed-voice": "message.callMissedVoice", "missed-video": "message.callMissedVideo", voice: "message.callVoice", video: "message.callVideo",
  "voice-chat": "message.callVoiceChat",
} as const;

/** Message `m` on page `page` of its chat; `firstOfRun` when it opens a run of one author's messages and shows the name. */
export function messageView(c: ChatContext, m: Message, page: number, firstOfRun: boolean): MessageView {
  const l = c.lang;
  // A document's name and page count belong on its card; only the sender's own words stay text.
  const document = m.attachments.find((a) => a.kind === "document");
  const { pages, caption } = document ? documentText(m.text, document.fileName) : { pages: undefined, caption: m.text };
  const media: MediaView[] = m.attachments.map((a) => attachmentView(c, m, a, c.files.get(a.fileName), a === document ? pages : undefined));
  if (m.mediaOmitted) {
    const label = m.viewOnce ? l.t("message.viewOnce")
      : m.omittedKind ? l.t("media.omittedKind", { kind: l.t(`kind.${m.omittedKind}`) }) : l.t("media.omitted");
    media.push({ kind: "omitted", label, href: null, problem: label });
  }
  const call = m.call ? l.t(CALLS[m.call]) : undefined;
  const mine = m.author !== null && c.mine.includes(m.author);
  const initials = firstOfRun && !mine && m.author !== null ? c.initials?.get(m.author) : undefined;
  return {
    type: "message",
    id: m.id,
    anchor: messageAnchor(m.id),
    permalink: messageLink(page, m.id),
    datetime: m.timestamp,
    time: l.time(m.timestamp, c.chat.clock),
    author: m.author,
    color: m.author === null ? 0 : c.colors.get(m.author) ?? 0,
    mine,
    firstOfRun,
    ...(initials ? { initials } : {}),
    system: m.system,
    deleted: m.deleted,
    edited: m.edited,
    emojiOnly: !m.system && isEmojiOnly(caption),
    blocks: formatText(caption),
    media,
    ...(call ? { notice: call } : {}),
    ...(m.location ? {
      location: {
        href: m.location.url && /^https?:\/\//.test(m.location.url) ? m.location.url : null,
        label: m.location.live ? l.t("message.liveLocation") : m.location.name ?? l.t("message.location"),
      },
    } : {}),
    ...(m.poll ? {
      poll: { question: m.poll.question, options: m.poll.options.map((o) => ({ text: o.text, votes: l.t("message.votes", { count: o.votes }) })) },
    } : {}),
  };
}

/**
 * Whether `m` is one photo or video that the page can show, and nothing besides (a caption aside):
 * what an album is made of. A sticker, a document, a missing or broken file, a deleted or system
 * message stands on its own.
 */
export function isPhotoOrVideo(c: ChatContext, m: Message): boolean {
  if (m.system || m.deleted || m.mediaOmitted || m.location || m.poll || m.call || m.attachments.length !== 1) return false;
  const a = m.attachments[0]!;
  const file = c.files.get(a.fileName);
  return file !== undefined && !file.broken && (a.kind === "video" || (a.kind === "image" && file.image !== undefined));
}

/**
 * Attachment `a` of message `m`, as `file` in the output, or a placeholder when the output has no file
 * for it; `pages` is a document's page count as the export words it.
 */
export function attachmentView(c: ChatContext, m: Message, a: Attachment, file: MediaFile | undefined, pages?: string): MediaView {
  const l = c.lang;
  // A document's card says what type it is: "Document · PDF".
  const extension = a.kind === "document" ? /\.(\w{1,5})$/.exec(a.fileName)?.[1] : undefined;
  const label = extension ? `${l.t("kind.document")} · ${extension.toUpperCase()}` : l.t(`kind.${a.kind}`);
  if (!file) return { kind: a.kind, label, href: null, fileName: a.fileName, problem: l.t("media.missing", { file: a.fileName }) };
  const href = CHAT_ROOT + url(file.original);
  // Pages have always stopped at GB: no export holds a file of a terabyte.
  const size = formatBytes(file.bytes, SIZE_UNITS.slice(0, 4), { number: l.number });
  const base = {
    kind: a.kind, label, href, fileName: a.fileName, size, ...(file.contact ? { contact: file.contact } : {}),
    ...(a.kind === "document" ? { name: documentName(a.fileName), ...(pages ? { pages } : {}) } : {}),
  };
  const filmed = a.kind === "video" || a.kind === "gif";
  // A video without a poster is one ffmpeg could not read (or ran without ffmpeg): a tile, and the link to the file.
  if (filmed && !file.poster) return { ...base, problem: l.t("media.noPreview", { kind: label }) };
  if (file.broken) return { ...base, problem: l.t("media.broken", { file: a.fileName }) };
  const duration = file.duration === undefined ? {} : { duration: l.duration(file.duration) };
  if (filmed && file.poster) {
    const author = m.author ?? c.chat.title;
    const date = l.date(m.timestamp);
    // A GIF loops without end, so its length says nothing; a video's is worth hearing.
    const alt = a.kind === "gif" ? l.t("media.gifAlt", { author, date })
      : duration.duration ? l.t("media.videoAltTimed", { author, date, duration: duration.duration.label })
      : l.t("media.videoAlt", { author, date });
    const { thumb, thumbWidth: width, thumbHeight: height } = file.poster;
    return { ...base, ...duration, poster: { src: CHAT_ROOT + url(thumb), width, height, alt } };
  }
  if (file.image) {
    const alt = a.kind === "sticker"
      ? l.t("media.stickerAlt", { author: m.author ?? c.chat.title })
      : l.t("media.photoAlt", { author: m.author ?? c.chat.title, date: l.date(m.timestamp) });
    return { ...base, thumb: { src: CHAT_ROOT + url(file.image.thumb), width: file.image.thumbWidth, height: file.image.thumbHeight, alt } };
  }
  return { ...base, ...duration };
}
