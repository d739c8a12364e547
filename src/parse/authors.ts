/**
 * Who wrote each message, settled once the whole file's authors are known: a `Name: ` split that was
 * a system text containing ": ", a `Name:` with no space or nothing after it, the system texts iOS
 * writes with the chat's name as author, and the group events it writes with a person as author
 * (events.ts). Once settled, WhatsApp's encryption notices among the system messages count towards
 * the export's language (language.ts).
 */
import { encryptionNotice, MARKS, readBody, readSystemBody, textBody, type BodyFields } from "./body.js";
import { isEvent } from "./events.js";
import { NO_LANGUAGE } from "./language.js";
import { cleanAuthor, NO_AUTHOR, STARTS_WITH_MARK, type Draft, type Scan } from "./scan.js";

const QUOTES = /["“”„«»「」]/g;

export function resolveAuthors(scan: Scan, title: string | undefined, hasFile: (name: string) => boolean): void {
  const { messages, flags, authors, languages } = scan;
  // A name never holds an odd number of quotes; the start of `Ann changed the subject from "a: b"` does.
  const known = new Set<string>();
  const unknownAt: number[] = [];
  for (const [name, { messages: count, first }] of authors) {
    if (count > 1 || (name.match(QUOTES) ?? []).length % 2 === 0) known.add(name);
    else unknownAt.push(first);
  }
  // Only flagged messages and those of unknown authors can change; the rest are left untouched.
  const suspects = [...new Set([...scan.flagged, ...unknownAt])].sort((a, b) => a - b);
  const systemAuthors = new Set(title ? [title] : []);
  for (const i of suspects) {
    const message = messages[i]!;
    if (message.author !== null && !known.has(message.author)) {
      setBody(message, readSystemBody(`${message.author}: ${message.text}`, languages), null);
      languages.keep();
      flags[i]! |= NO_AUTHOR;
    }
    if (flags[i]! & NO_AUTHOR) {
      const bare = message.text.replace(/^[\u200e\u200f]+/, "");
      const split = writtenWithoutSpace(bare, known);
      if (split !== null) {
        const content = bare.slice(split.colon + 1);
        setBody(message, readBody(content, hasFile, languages) ?? textBody(content), split.name);
        languages.keep();
      }
    }
    if (message.author !== null && flags[i]! & STARTS_WITH_MARK && encryptionNotice(message.text) !== NO_LANGUAGE) {
      systemAuthors.add(message.author);
    }
  }
  // iOS opens a chat with the encryption notice, written with the chat's name as author.
  const first = messages[0];
  if (first?.author && flags[0]! & STARTS_WITH_MARK && isPlain(first)) systemAuthors.add(first.author);
  // "~ AK: ‎~ AK created this group", "Mia: ‎Jonas hat Mia hinzugefügt.": a mark right after a person's
  // `Name: ` and an event in WhatsApp's words; people who only join or leave are no participants.
  const names = [...authors.keys(), ...systemAuthors];
  for (const i of suspects) {
    const message = messages[i]!;
    if (message.author === null || !(flags[i]! & STARTS_WITH_MARK) || !isPlain(message)) continue;
    if (systemAuthors.has(message.author) || isEvent(message.text, names)) {
      Object.assign(message, { author: null, system: true, text: message.text.replace(MARKS, "") });
    }
  }
  // Every system message is among the suspects, and only those count: a person quoting a notice is not WhatsApp.
  for (const i of suspects) {
    const message = messages[i]!;
    if (!message.system) continue;
    languages.langs = encryptionNotice(message.text);
    languages.keep();
  }
}

/**
 * A known author written before a colon with no space after it (`Name:text`), or before the colon
 * that ends the first line (`~ Sipho:`, an empty body), with where that colon is; null for none.
 * Only an author known from elsewhere counts: a system text may hold a colon too.
 */
function writtenWithoutSpace(bare: string, known: ReadonlySet<string>): { name: string; colon: number } | null {
  const lineEnd = bare.indexOf("\n");
  const colon = (lineEnd < 0 ? bare.length : lineEnd) - 1;
  if (colon > 0 && bare.charCodeAt(colon) === 58) {
    const name = cleanAuthor(bare.slice(0, colon));
    if (known.has(name)) return { name, colon };
  }
  const name = [...known].find((a) => bare.startsWith(`${a}:`) && !bare.startsWith(`${a}: `));
  return name === undefined ? null : { name, colon: name.length };
}

function setBody(message: Draft, fields: BodyFields, author: string | null): void {
  Object.assign(message, fields, { author, system: author === null });
}

/** A message that is only text: no marker turned any of it into a field. */
function isPlain(m: Draft): boolean {
  return !m.deleted && !m.edited && !m.mediaOmitted && m.attachments.length === 0 && !m.location && !m.poll && !m.call;
}
