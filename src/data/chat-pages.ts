/**
 * A chat cut into pages: each page's messages with a day separator where the day changes, the
 * navigation between pages, and the chat's timeline (the same on every page: its links name page
 * files of the chat's own folder, so they lead to the same place from any page). A page is made
 * only when the render stage asks for it, a batch at a time.
 */
import type { AlbumView, ChatPage, DayView, LazyPage, Message, MessageView, PageLink, Timeline } from "../model.js";
import type { Language } from "../i18n/index.js";
import { CHAT_ROOT, pageFile, pagePath, pagesOf, type PageSpan } from "../layout.js";
import type { ChatContext } from "./context.js";
import { albumSpans, albumView } from "./albums.js";
import { isPhotoOrVideo, messageView } from "./messages.js";
import { people } from "./people.js";
import { timeline } from "./timeline.js";

/** A chat's pages, each made when the render stage asks for it; `gallery` links to the chat's gallery, if it has one. */
export function chatPages(c: ChatContext, gallery: string | null): LazyPage<ChatPage>[] {
  const { chat, lang: l } = c;
  const spans = pagesOf(chat.messages.length, c.pageSize);
  const info = {
    id: chat.id,
    title: chat.title,
    participants: people(chat.participants, l),
    sources: l.t("chat.sources", { sources: l.list(chat.sources) }),
  };
  // Made once for the chat, when its first page is made, and shared by every page.
  let shared: Timeline | undefined;
  const chatTimeline = (): Timeline => (shared ??= timeline(c));
  return spans.map((span) => ({
    messages: span.end - span.start,
    make: () => chatPage(c, span, spans.length, info, gallery, chatTimeline()),
  }));
}

function chatPage(c: ChatContext, span: PageSpan, count: number, info: ChatPage["chat"], gallery: string | null, timeline: Timeline): ChatPage {
  const { chat, lang: l } = c;
  const page = span.number;
  const rows: (DayView | MessageView | AlbumView)[] = [];
  const messages = chat.messages.slice(span.start, span.end);
  // The page's own messages only: an album never reaches onto the next page.
  const albums = albumSpans(messages, (m) => isPhotoOrVideo(c, m));
  let previous: Message | undefined = chat.messages[span.start - 1];
  for (let i = 0, next = 0; i < messages.length;) {
    const m = messages[i]!;
    const day = m.timestamp.slice(0, 10);
    // A page opens with its day, even when the page before ended on the same day.
    const newDay = !previous || previous.timestamp.slice(0, 10) !== day || rows.length === 0;
    if (newDay) rows.push({ type: "day", datetime: day, label: l.day(day) });
    const firstOfRun = newDay || previous?.author !== m.author || previous.system !== m.system;
    // An album keeps within a day, so no day separator falls inside one.
    const end = albums[next]?.start === i ? albums[next++]!.end : i + 1;
    if (end - i > 1) {
      rows.push(albumView(messages.slice(i, end).map((n, k) => messageView(c, n, page, k === 0 && firstOfRun)), l));
    } else {
      rows.push(messageView(c, m, page, firstOfRun));
    }
    previous = messages[end - 1];
    i = end;
  }
  return {
    path: pagePath(chat.id, page),
    root: CHAT_ROOT,
    title: count > 1 ? `${chat.title} · ${l.t("chat.page", { number: page, count })}` : chat.title,
    chat: info,
    heading: chat.title,
    ...(chat.lang && { textLang: chat.lang }),
    ...(chat.lang && !l.speaks(chat.lang) && { uiLang: l.code }),
    pageLabel: l.t("chat.page", { number: page, count }),
    ...(c.truncatedAt === undefined ? {} : { truncated: l.t("chat.truncated", { count: c.truncatedAt }) }),
    nav: navigation(page, count, l),
    rows,
    group: c.initials !== undefined,
    gallery,
    timeline,
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
