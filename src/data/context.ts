/**
 * What every part of a chat's pages is made with, gathered once per chat: the chat's pages,
 * messages, attachments, timeline and gallery all read it instead of taking each piece as a parameter.
 */
import type { Chat, MediaFile } from "../model.js";
import type { Language } from "../i18n/index.js";

export interface ChatContext {
  readonly chat: Chat;
  /** The archive's language: every label is in it. */
  readonly lang: Language;
  /** Messages per page. */
  readonly pageSize: number;
  /** The chat's attachments in the output, by the file name messages give them. */
  readonly files: ReadonlyMap<string, MediaFile>;
  /** Author → colour, the same for one person in every chat of the archive. */
  readonly colors: ReadonlyMap<string, number>;
  /** The names whose messages sit on the right, as in the app. */
  readonly mine: readonly string[];
  /** In a group chat (more than two people), each author's initials for their avatar; a chat of two has none. */
  readonly initials?: ReadonlyMap<string, string>;
  /** The cap of WhatsApp's that the chat's oldest export stopped at, if it seems to have. */
  readonly truncatedAt?: number;
}

/** Colours per author: enough that a group rarely repeats one, few enough to stay distinct. */
const COLORS = 12;

/** Each author's colour, given in order of first appearance across the chats. */
export function authorColors(chats: readonly Chat[]): Map<string, number> {
  const colors = new Map<string, number>();
  for (const chat of chats) for (const name of chat.participants) if (!colors.has(name)) colors.set(name, colors.size % COLORS);
  return colors;
}
