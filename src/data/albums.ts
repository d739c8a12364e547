/**
 * Albums: photos and videos that one author sent together. WhatsApp sends an album as separate
 * messages seconds apart, and the app draws them as one bubble with a grid; this finds those runs
 * among a page's messages, so that a page shows them the same way.
 */
import type { AlbumView, Message, MessageView } from "../model.js";
import type { Language } from "../i18n/index.js";

/**
 * How far apart two neighbours of an album may be, in seconds. An album's messages are sent within
 * a second or two of each other; a minute leaves room for a slow upload, and an Android export,
 * which writes minutes only, still joins photos stamped in the same or the next minute. Photos
 * further apart were taken and sent one by one, and stay bubbles of their own.
 */
export const ALBUM_GAP = 60;

/** A run of a page's messages that forms an album: indexes `start` to `end` (exclusive), at least two. */
export interface AlbumSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The albums among `messages` (one page's: an album never spans two pages), given which messages can
 * be in one: `photoOrVideo` says that a message is one photo or video the archive can show, and
 * nothing else (no sticker, document, missing or broken file; not deleted, not a system message).
 * A run breaks where the author, the day or such a message changes, or at a gap over {@link ALBUM_GAP}.
 * A caption belongs under its photo, as in the app: a captioned photo may close an album, its caption
 * then under the grid, but none follows it in that album, so a caption never sits under photos it is not about.
 */
export function albumSpans(messages: readonly Message[], photoOrVideo: (m: Message) => boolean): AlbumSpan[] {
  const spans: AlbumSpan[] = [];
  let start = 0;
  while (start < messages.length) {
    let end = start + 1;
    if (photoOrVideo(messages[start]!)) {
      while (end < messages.length && joins(messages[end - 1]!, messages[end]!) && photoOrVideo(messages[end]!)) end++;
    }
    if (end - start >= 2) spans.push({ start, end });
    start = end;
  }
  return spans;
}

/** Whether `next` can follow `previous` in an album, both being photos or videos. */
function joins(previous: Message, next: Message): boolean {
  return previous.text === "" && next.author === previous.author
    && next.timestamp.slice(0, 10) === previous.timestamp.slice(0, 10)
    && seconds(next.timestamp) - seconds(previous.timestamp) <= ALBUM_GAP;
}

/** Seconds since midnight of a `YYYY-MM-DDTHH:MM:SS` timestamp: enough within one day. */
function seconds(timestamp: string): number {
  return Number(timestamp.slice(11, 13)) * 3600 + Number(timestamp.slice(14, 16)) * 60 + Number(timestamp.slice(17, 19));
}

/** The grid shows four tiles; past four, the fourth carries "+N" over it. */
const TILES = 4;

/** An album of `items`, the views of its messages, each with its one photo or video. */
export function albumView(items: readonly MessageView[], l: Language): AlbumView {
  const count = items.length;
  const videos = items.some((item) => item.media[0]?.kind === "video");
  return {
    type: "album",
    items,
    label: l.t(videos ? "album.media" : "album.photos", { count }),
    // The fourth tile is covered by the count, so it is one of those the count says are not seen.
    ...(count > TILES ? { more: l.t("album.more", { count: count - TILES + 1 }) } : {}),
  };
}
