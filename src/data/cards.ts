/** The archive's index page: its totals and a card per chat, the chat with the newest message first. */
import { lastTimestamp } from "../model.js";
import type { Chat, ChatCard, IndexPage, MediaIndex, Message, Warning } from "../model.js";
import type { Language } from "../i18n/index.js";
import { pagePath, url } from "../layout.js";
import { people } from "./people.js";

/** Longest preview of a chat's last message, in characters, "…" included. */
const PREVIEW_LENGTH = 120;

export function indexPage(chats: readonly Chat[], media: MediaIndex, warnings: readonly Warning[], l: Language): IndexPage {
  const ordered = [...chats].sort((a, b) => lastTimestamp(b.messages).localeCompare(lastTimestamp(a.messages)));
  const mediaCount = [...media.values()].reduce((n, files) => n + files.size, 0);
  const messageCount = chats.reduce((n, c) => n + c.messages.length, 0);
  return {
    path: "index.html",
    root: "",
    title: l.t("archive.title"),
    totals: [
      l.t("count.chats", { count: chats.length }), l.t("count.messages", { count: messageCount }), l.t("count.media", { count: mediaCount }),
    ].join(" · "),
    chats: ordered.map((chat) => chatCard(chat, l)),
    warnings: l.t("archive.reportWarnings", { count: warnings.length }),
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
    participants: people(chat.participants, l),
    messages: l.t("count.messages", { count: chat.messages.length }),
    range: first && last ? l.t("chat.range", { first: l.date(first.timestamp), last: l.date(last.timestamp) }) : "",
    lastPreview: lastText.length > PREVIEW_LENGTH ? `${lastText.slice(0, PREVIEW_LENGTH - 1)}…` : lastText,
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
