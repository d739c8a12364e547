/**
 * What search knows of an archive, shared by both indexes: per chat its authors and years, and per
 * message the words to find and the minute it was sent.
 */
import type { Chat, Clock, Message } from "../model.js";

export interface SearchChat {
  readonly id: string;
  readonly title: string;
  /** Authors in order of their first message; the fallback index refers to them by position. */
  readonly authors: readonly string[];
  /** Years with messages, oldest first. */
  readonly years: readonly string[];
  /** The export's clock, so that results show times as the chat does. */
  readonly clock?: Clock;
}

export function searchChat(chat: Chat): SearchChat {
  const authors = new Set<string>();
  const years = new Set<string>();
  for (const m of chat.messages) {
    if (m.author !== null) authors.add(m.author);
    years.add(year(m));
  }
  return { id: chat.id, title: chat.title, authors: [...authors], years: [...years].sort(), ...(chat.clock && { clock: chat.clock }) };
}

/** The words search looks at: the text, a poll's question and options, a place's name, file names. */
export function searchableText(m: Message): string {
  const parts = [m.text];
  if (m.poll) parts.push(m.poll.question, ...m.poll.options.map((o) => o.text));
  if (m.location?.name) parts.push(m.location.name);
  for (const a of m.attachments) parts.push(a.fileName);
  return parts.filter((part) => part !== "").join("\n");
}

export function year(m: Message): string {
  return m.timestamp.slice(0, 4);
}
