/**
 * Whether a body iOS wrote with a person as author and a direction mark before it is one of
 * WhatsApp's group events (docs/export-format.md#authors-and-system-messages). The mark alone is not
 * enough: iOS puts one before its markers too, and a marker in a language we do not know reads as
 * plain text. An event names someone first (a person of the chat, a phone number, "you") or is worded
 * as one of the phrases below.
 */
import { MARKS } from "./body.js";

/**
 * The word for "you" that starts an event about the exporting phone's owner ("You added Mia",
 * "Du hast Mia hinzugefügt."), per language; each is the first word of that language's "you deleted
 * this message" in the WJ tables (starkdmi/whats_json lib/src/patterns.dart, as in markers.ts).
 */
const YOU: Readonly<Record<string, readonly string[]>> = {
  // en: also FORMAT.md §5 "You created group", "You're now an admin" (whats_json iOS key list)
  en: ["You", "You're"],
  de: ["Du"],
  nl: ["U", "Je"],
  fr: ["Vous"],
  "pt-BR": ["Você"],
  af: ["Jy"],
};

/**
 * Words only an event holds, per language, compared in lower case after the marks are removed and
 * with one kind of space. They catch events that name first someone who never writes in the chat.
 */
const PHRASES: Readonly<Record<string, readonly string[]>> = {
  // en: the event list of FORMAT.md §5, from the whats_json samples and its iOS key list (patterns.dart)
  en: [
    " added ", " removed ", " left", " joined using this group's invite link", " created group ", " created this group",
    " changed the subject from ", " changed this group's icon", " changed the group description", " changed this group's settings",
    " changed their phone number to a new number", " changed to ", " turned on disappearing messages",
    " turned off disappearing messages", " updated the message timer", "your security code with ",
  ],
  // de: the WhatsR samples quoted in FORMAT.md §5 ("Du hast Mallory hinzugefügt.", "… entfernt.",
  // "Du hast die Gruppe … erstellt.") and issue 15's "Jonas hat Mia hinzugefügt."; "hat die Gruppe
  // verlassen" and "Dein Sicherheitscode für … hat sich geändert" from public parsers (unverified)
  de: [" hinzugefügt", " entfernt", " erstellt", " hat die gruppe verlassen", "dein sicherheitscode für "],
  // nl, fr, es, pt: the group-event lists of public parsers (unverified): a Rust importer's
  // `detect_group_chat` indicators (nl, fr, es, pt-PT, pt-BR) and a Ruby filter of WhatsApp's
  // pt-BR group notices; only words no marker of the language holds (nl "verwijderd" is in "Dit
  // bericht is verwijderd", es "eliminó" in "Se eliminó este mensaje")
  nl: [" heeft de groep aangemaakt", " heeft je toegevoegd", " toegevoegd aan de groep", " heeft de groep verlaten", " uit de groep verwijderd"],
  fr: [" a créé le groupe", " vous a ajouté", " a ajouté ", " a retiré ", " a changé le sujet", " est parti"],
  es: [" creó el grupo", " te añadió", " salió", " cambió el asunto"],
  pt: [" criou o grupo", " criou este grupo", " adicionou ", " removeu ", " saiu do grupo", " alterou o assunto", " entrou usando o link de convite"],
};

const YOU_WORDS = Object.values(YOU).flat();
const PHRASE_LIST = Object.values(PHRASES).flat();
const SPACES = /[\u00a0\u202f]/g;
/** A phone number as WhatsApp writes one for a person not in the contacts. */
const PHONE = /^\+\d[\d ()\u2011-]*\d /;

/** The text as the events are compared: no marks, one kind of space, no `~ ` before a name. */
function eventText(text: string): string {
  return text.replace(MARKS, "").replace(SPACES, " ").replace(/^~ ?/, "");
}

/** Whether `text` (an LRM-led plain body) is an event; `names` are the chat's authors and title. */
export function isEvent(text: string, names: Iterable<string>): boolean {
  const plain = eventText(text);
  if (PHONE.test(plain)) return true;
  for (const you of YOU_WORDS) if (plain.startsWith(`${you} `)) return true;
  for (const name of names) if (plain.startsWith(`${name} `)) return true;
  const lower = plain.toLowerCase();
  return PHRASE_LIST.some((phrase) => lower.includes(phrase));
}
