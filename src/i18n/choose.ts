/**
 * Which language the archive speaks: the one a person chose, else the one WhatsApp wrote most of
 * the messages in (each chat's `lang`, read from WhatsApp's own words), else English.
 */
import type { Chat, LanguageChoice } from "../model.js";
import { hasCatalog } from "./index.js";

/** The archive's language: `given` when there is one, else the detected language of most messages, when a catalog speaks it. */
export function archiveLanguage(chats: readonly Chat[], given?: string): LanguageChoice {
  if (given !== undefined) return { code: given, how: "given" };
  const messages = new Map<string, number>();
  for (const chat of chats) if (chat.lang) messages.set(chat.lang, (messages.get(chat.lang) ?? 0) + chat.messages.length);
  // Ties go to the code first in sort order, so that the same exports always give the same archive.
  const [most] = [...messages].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  if (!most) return { code: "en", how: "none-detected" };
  return hasCatalog(most[0]) ? { code: most[0], how: "detected" } : { code: "en", how: "no-catalog", detected: most[0] };
}
