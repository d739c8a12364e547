/** A chat's gallery: its photos, videos and GIFs that the output holds, each linking to the page that shows its message. */
import type { AttachmentKind, GalleryPage } from "../model.js";
import { CHAT_ROOT, galleryPath, messageLink, pageFile, pageOf } from "../layout.js";
import type { ChatContext } from "./context.js";
import { attachmentView } from "./messages.js";

/** A gallery tile's least width in CSS pixels (archive.css, .gallery): a smaller picture is shown at its own size, not blown up. */
const TILE = 144;

/** What a gallery shows: kinds a person looks through as pictures. */
const SHOWN: ReadonlySet<AttachmentKind> = new Set(["image", "video", "gif"]);

/** The chat's gallery, or null when it has no photos or videos to show. */
export function gallery(c: ChatContext): GalleryPage | null {
  const { chat, lang: l } = c;
  const items = chat.messages.flatMap((m, index) => m.attachments.flatMap((a) => {
    const file = c.files.get(a.fileName);
    if (!file || !SHOWN.has(a.kind)) return [];
    const view = attachmentView(c, m, a, file);
    const picture = view.thumb ?? view.poster;
    return [{
      href: messageLink(pageOf(index, c.pageSize), m.id),
      kind: a.kind,
      // A video ffmpeg could not read says so on its tile, as in the chat.
      label: view.problem ?? `${l.t(`kind.${a.kind}`)} · ${l.date(m.timestamp)}`,
      original: view.href ?? "",
      author: m.author ?? chat.title,
      date: `${l.day(m.timestamp)} · ${l.time(m.timestamp, chat.clock)}`,
      ...(picture ? { thumb: picture, small: Math.min(picture.width, picture.height) < TILE } : {}),
      ...(view.duration ? { duration: view.duration } : {}),
    }];
  }));
  if (items.length === 0) return null;
  return {
    path: galleryPath(chat.id),
    root: CHAT_ROOT,
    title: l.t("gallery.title", { chat: chat.title }),
    heading: l.t("gallery.title", { chat: chat.title }),
    back: { label: chat.title, href: pageFile(1) },
    items,
  };
}
