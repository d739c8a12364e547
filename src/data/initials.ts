import { graphemes } from "./format.js";

const LETTER = /^\p{L}/u;
/** A number as WhatsApp writes it: "+27 82 555 0123", "(082) 555-0123". */
const PHONE = /^\+?[\d\s().-]{5,}$/;

/**
 * The letters of a person's avatar in a group chat: the first letters of their first and last
 * names ("Alice Smith" → "AS"); the last two digits of a phone number, which is how WhatsApp names
 * someone not in the phone's contacts; otherwise the name's first character (an emoji name).
 */
export function initials(name: string): string {
  // WhatsApp marks a name someone gave themselves, not the phone's contact, with "~".
  const trimmed = name.replace(/^~\s*/, "").trim();
  if (PHONE.test(trimmed)) return trimmed.replace(/\D/g, "").slice(-2);
  const words = trimmed.split(/\s+/).filter((word) => LETTER.test(word));
  const letters = [words[0], words.length > 1 ? words.at(-1) : undefined].map((word) => (word ? first(word).toLocaleUpperCase() : ""));
  return letters.join("") || first(trimmed);
}

/** A word's first character as a person sees it: a letter with its accents, a whole emoji. */
function first(text: string): string {
  for (const { segment } of graphemes.segment(text)) return segment;
  return "";
}

