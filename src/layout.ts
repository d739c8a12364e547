/**
 * Where everything lives in an archive: how a chat is cut into pages, which file shows a page or a
 * message, and where an attachment's copy and thumbnail go. The data stage, both search indexes and
 * the media stage all ask here, so a link to a message is worked out one way. Paths are from the
 * archive's root, "/"-separated and not URL-encoded, unless said otherwise.
 */

/** Messages a chat page shows unless `--page-size` says otherwise. */
export const DEFAULT_PAGE_SIZE = 500;

/** The way back to the archive's root from a chat's pages and its gallery. */
export const CHAT_ROOT = "../../";

/** One page of a chat: its number (1-based) and the messages it shows, `start` up to `end` (0-based, `end` left out). */
export interface PageSpan {
  readonly number: number;
  readonly start: number;
  readonly end: number;
}

/** Messages a page: never fewer than one, whatever the caller asks. */
function perPage(pageSize: number): number {
  return Math.max(1, pageSize);
}

/** The one way a chat of `messages` messages is cut into pages of `pageSize`; a chat with none still has one (empty) page. */
export function pagesOf(messages: number, pageSize: number): PageSpan[] {
  const size = perPage(pageSize);
  const count = Math.max(1, Math.ceil(messages / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, start: i * size, end: Math.min(messages, (i + 1) * size) }));
}

/** The page (1-based) that shows a chat's message at `index` (0-based). */
export function pageOf(index: number, pageSize: number): number {
  return Math.floor(index / perPage(pageSize)) + 1;
}

/** The file a chat page lives in, in its chat's folder: the first is index.html, then 2.html, 3.html, … */
export function pageFile(page: number): string {
  return page === 1 ? "index.html" : `${page}.html`;
}

/** A chat page's path from the root: "chats/<chat id>/2.html". */
export function pagePath(chatId: string, page: number): string {
  return `chats/${chatId}/${pageFile(page)}`;
}

/** A chat's gallery's path from the root. */
export function galleryPath(chatId: string): string {
  return `chats/${chatId}/${GALLERY_FILE}`;
}

/** The gallery's file in its chat's folder. */
export const GALLERY_FILE = "media.html";

/** What a message's element id is its number after: links end in "#m1234". */
export const ANCHOR_PREFIX = "m";

/** The id of a message's element on its page, which links end in. */
export function messageAnchor(id: number): string {
  return `${ANCHOR_PREFIX}${id}`;
}

/** A link to a message from any page of its chat: "2.html#m1234". */
export function messageLink(page: number, id: number): string {
  return `${pageFile(page)}#${messageAnchor(id)}`;
}

/** The folder of a chat's attachments, as path segments: media/<chat id>. */
export function mediaFolder(chatId: string): readonly [string, string] {
  return ["media", chatId];
}

/** The folder of a chat's thumbnails, as path segments: thumbs/<chat id>. */
export function thumbnailFolder(chatId: string): readonly [string, string] {
  return ["thumbs", chatId];
}

/** Where the copy of an attachment goes, by its name in the chat's media folder, as path segments. */
export function originalPath(chatId: string, name: string): readonly string[] {
  return [...mediaFolder(chatId), name];
}

/** Where a photo's or sticker's thumbnail goes, by the original's name in the chat's media folder, as path segments. */
export function thumbnailPath(chatId: string, name: string): readonly string[] {
  return [...thumbnailFolder(chatId), `${name}.webp`];
}

/** A path from the root as a relative URL: each segment percent-encoded. */
export function url(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}
