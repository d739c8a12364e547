/**
 * The data stage for the site: chats cut into pages, every message turned into what its template
 * shows (labels in the archive's language, formatting parsed into tokens, links relative to the page).
 * A chat page is made only when the render stage asks for it, a batch at a time.
 */
import { lastTimestamp } from "../model.js";
import type {
  Attachment, Chat, ChatCard, ChatPage, DayView, GalleryPage, LazyPage, MediaFile, MediaIndex, MediaView, Message, MessageView,
  PageLink, Site, StageContext,
} from "../model.js";
import { language, type Language } from "../i18n/index.js";
import { en } from "../i18n/en.js";
import { CHAT_ROOT, GALLERY_FILE, galleryPath, messageAnchor, messageLink, pageFile, pageOf, pagePath, pagesOf, url, type PageSpan } from "../layout.js";
import { formatBytes, SIZE_UNITS } from "../numbers.js";
import { formatText, isEmojiOnly } from "./format.js";
import { timeline } from "./timeline.js";

export interface PageOptions {
  /** Messages per page. */
  readonly pageSize: number;
  /** Chat id → the names whose messages sit on the right in it, as in the app (src/data/me.ts decides them). */
  readonly me?: ReadonlyMap<string, readonly string[]>;
  readonly lang?: string;
  /** Chats whose oldest export stopped at WhatsApp's cap, by id, with the cap. */
  readonly truncated?: ReadonlyMap<string, number>;
}

/** Colours per author: enough that a group rarely repeats one, few enough to stay distinct. */
const COLORS = 12;
const CALLS = {
  "missed-voice": "message.callMissedVoice", "missed-video": "message.callMissedVideo", voice: "message.callVoice", video: "message.callVideo",
} as const;

/** The site's data; the report lists every warning collected so far, so it is made after everything that can warn. */
export function buildSite(chats: readonly Chat[], media: MediaIndex, options: PageOptions, ctx: StageContext): Site {
  const warnings = ctx.warnings.list;
  const l = language(options.lang);
  const strings = Object.fromEntries(Object.keys(en).map((key) => [key, l.t(key as keyof typeof en)]));
  const colors = authorColors(chats);
  const ordered = [...chats].sort((a, b) => lastTimestamp(b.messages).localeCompare(lastTimestamp(a.messages)));
  const mediaCount = [...media.values()].reduce((n, files) => n + files.size, 0);
  const messageCount = chats.reduce((n, c) => n + c.messages.length, 0);
  return {
    lang: l.code,
    dir: l.dir,
    strings,
    searchStrings: l.entries("search."),
    index: {
      path: "index.html",
      root: "",
      title: l.t("archive.title"),
      totals: [
        l.t("count.chats", { count: chats.length }), l.t("count.messages", { count: messageCount }), l.t("count.media", { count: mediaCount }),
      ].join(" · "),
      chats: ordered.map((chat) => chatCard(chat, l)),
      warnings: l.t("archive.reportWarnings", { count: warnings.length }),
    },
    chatPages: chats.flatMap((chat) => chatPages(chat, media.get(chat.id) ?? new Map(), colors, options, l)),
    galleries: chats.map((chat) => gallery(chat, media.get(chat.id) ?? new Map(), options.pageSize, l)),
    report: { path: "report.html", root: "", title: l.t("report.title"), warnings },
  };
}

function chatCard(chat: Chat, l: Language): ChatCard {
  const first = chat.messages[0];
  const last = chat.messages[chat.messages.length - 1];
  const lastText = last ? preview(last, l) : "";
  return {
    id: chat.id,
    title: chat.title,
    href: url(pagePath(chat.id, 1)),
    participants: chat.participants.join(", "),
    messages: l.t("count.messages", { count: chat.messages.length }),
    range: first && last ? l.t("chat.range", { first: l.date(first.timestamp), last: l.date(last.timestamp) }) : "",
    lastPreview: lastText.length > 120 ? `${lastText.slice(0, 119)}…` : lastText,
    lastAuthor: last?.author ?? null,
  };
}

/** One line of text that stands for a message in a list. */
function preview(m: Message, l: Language): string {
  if (m.deleted) return l.t("message.deleted");
  if (m.text) return m.text.replace(/\s+/g, " ");
  const attachment = m.attachments[0];
  if (attachment) return l.t(`kind.${attachment.kind}`);
  return m.mediaOmitted ? l.t("media.omitted") : "";
}

function authorColors(chats: readonly Chat[]): Map<string, number> {
  const colors = new Map<string, number>();
  for (const chat of chats) for (const name of chat.participants) if (!colors.has(name)) colors.set(name, colors.size % COLORS);
  return colors;
}

/** A chat's pages, each made when the render stage asks for it. */
function chatPages(
  chat: Chat, files: ReadonlyMap<string, MediaFile>, colors: Map<string, number>, options: PageOptions, l: Language,
): LazyPage<ChatPage>[] {
  const spans = pagesOf(chat.messages.length, options.pageSize);
  const info = {
    id: chat.id,
    title: chat.title,
    participants: chat.participants.join(", "),
    sources: l.t("chat.sources", { sources: chat.sources.join(", ") }),
  };
  return spans.map((span) => ({
    messages: span.end - span.start,
    make: () => chatPage(chat, span, spans.length, info, files, colors, options, l),
  }));
}

function chatPage(
  chat: Chat, span: PageSpan, count: number, info: ChatPage["chat"], files: ReadonlyMap<string, MediaFile>, colors: Map<string, number>,
  options: PageOptions, l: Language,
): ChatPage {
  const page = span.number;
  const truncatedAt = options.truncated?.get(chat.id);
  const messages = chat.messages.slice(span.start, span.end);
  const rows: (DayView | MessageView)[] = [];
  let previous: Message | undefined = chat.messages[span.start - 1];
  for (const m of messages) {
    const day = m.timestamp.slice(0, 10);
    const newDay = !previous || previous.timestamp.slice(0, 10) !== day || rows.length === 0;
    if (newDay) rows.push({ type: "day", datetime: day, label: l.day(day) });
    const firstOfRun = newDay || previous?.author !== m.author || previous.system !== m.system;
    rows.push(messageView(chat, m, files, colors, options, firstOfRun, page, l));
    previous = m;
  }
  return {
    path: pagePath(chat.id, page),
    root: CHAT_ROOT,
    title: count > 1 ? `${chat.title} · ${l.t("chat.page", { number: page, count })}` : chat.title,
    chat: info,
    heading: chat.title,
    pageLabel: l.t("chat.page", { number: page, count }),
    ...(truncatedAt === undefined ? {} : { truncated: l.t("chat.truncated", { count: truncatedAt }) }),
    nav: navigation(page, count, l),
    rows,
    gallery: GALLERY_FILE,
    ...(page === 1 ? { timeline: timeline(chat, options.pageSize, l) } : {}),
  };
}

/**
 * First, previous, numbers around the current page, next, last; a link is null where it leads
 * nowhere. A chat of one page needs none.
 */
function navigation(page: number, count: number, l: Language): PageLink[] {
  if (count === 1) return [];
  const link = (label: string, target: number): PageLink => ({
    label, href: target < 1 || target > count || target === page ? null : pageFile(target),
  });
  const numbers: PageLink[] = [];
  for (let n = 1; n <= count; n++) {
    // Every page near this one, and the first and last: a long chat keeps a short bar.
    if (n === 1 || n === count || Math.abs(n - page) <= 2) {
      numbers.push({ label: l.number(n), href: pageFile(n), current: n === page });
    } else if (numbers[numbers.length - 1]?.label !== "…") {
      numbers.push({ label: "…", href: null });
    }
  }
  return [link(l.t("nav.first"), 1), link(l.t("nav.previous"), page - 1), ...numbers, link(l.t("nav.next"), page + 1), link(l.t("nav.last"), count)];
}

function messageView(
  chat: Chat, m: Message, files: ReadonlyMap<string, MediaFile>, colors: Map<string, number>, options: PageOptions,
  firstOfRun: boolean, page: number, l: Language,
): MessageView {
  const anchor = messageAnchor(m.id);
  const media: MediaView[] = m.attachments.map((a) => attachmentView(chat, m, a, files.get(a.fileName), l));
  if (m.mediaOmitted) {
    const label = m.viewOnce ? l.t("message.viewOnce")
      : m.omittedKind ? l.t("media.omittedKind", { kind: l.t(`kind.${m.omittedKind}`) }) : l.t("media.omitted");
    media.push({ kind: "omitted", label, href: null, problem: label });
  }
  const call = m.call ? l.t(CALLS[m.call]) : undefined;
  return {
    type: "message",
    id: m.id,
    anchor,
    permalink: messageLink(page, m.id),
    datetime: m.timestamp,
    time: l.time(m.timestamp),
    author: m.author,
    color: m.author === null ? 0 : colors.get(m.author) ?? 0,
    mine: m.author !== null && (options.me?.get(chat.id)?.includes(m.author) ?? false),
    firstOfRun,
    system: m.system,
    deleted: m.deleted,
    edited: m.edited,
    emojiOnly: !m.system && isEmojiOnly(m.text),
    blocks: formatText(m.text),
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

function attachmentView(chat: Chat, m: Message, a: Attachment, file: MediaFile | undefined, l: Language): MediaView {
  // A document's card says what type it is: "Document · PDF".
  const extension = a.kind === "document" ? /\.(\w{1,5})$/.exec(a.fileName)?.[1] : undefined;
  const label = extension ? `${l.t("kind.document")} · ${extension.toUpperCase()}` : l.t(`kind.${a.kind}`);
  if (!file) return { kind: a.kind, label, href: null, fileName: a.fileName, problem: l.t("media.missing", { file: a.fileName }) };
  const href = CHAT_ROOT + url(file.original);
  // Pages have always stopped at GB: no export holds a file of a terabyte.
  const size = formatBytes(file.bytes, SIZE_UNITS.slice(0, 4), { number: l.number });
  const base = { kind: a.kind, label, href, fileName: a.fileName, size, ...(file.contact ? { contact: file.contact } : {}) };
  if (file.broken) return { ...base, problem: l.t("media.broken", { file: a.fileName }) };
  if (file.image) {
    const alt = a.kind === "sticker"
      ? l.t("media.stickerAlt", { author: m.author ?? chat.title })
      : l.t("media.photoAlt", { author: m.author ?? chat.title, date: l.date(m.timestamp) });
    return { ...base, thumb: { src: CHAT_ROOT + url(file.image.thumb), width: file.image.thumbWidth, height: file.image.thumbHeight, alt } };
  }
  return base;
}

function gallery(chat: Chat, files: ReadonlyMap<string, MediaFile>, pageSize: number, l: Language): GalleryPage {
  const items = chat.messages.flatMap((m, index) => m.attachments.flatMap((a) => {
    const file = files.get(a.fileName);
    if (!file || !["image", "video", "gif"].includes(a.kind)) return [];
    const view = attachmentView(chat, m, a, file, l);
    return [{ href: messageLink(pageOf(index, pageSize), m.id), kind: a.kind, label: `${l.t(`kind.${a.kind}`)} · ${l.date(m.timestamp)}`, original: view.href ?? "", ...(view.thumb ? { thumb: view.thumb } : {}) }];
  }));
  return {
    path: galleryPath(chat.id),
    root: CHAT_ROOT,
    title: l.t("gallery.title", { chat: chat.title }),
    heading: l.t("gallery.title", { chat: chat.title }),
    back: { label: chat.title, href: pageFile(1) },
    items,
  };
}
