/** What export files are called: which file is the chat text, and the chat's title from a name. */
import { UserError, type Notice } from "../model.js";
import { decodeText } from "./decode.js";

/** Android's localized chat-text names (docs/export-format.md#files), longest first so "с контактом" wins over "с". */
const PREFIXES = [
  "WhatsApp Chat with ",
  "WhatsApp Chat - ",
  "Chat de WhatsApp con ",
  "Чат WhatsApp с контактом ",
  "Чат WhatsApp с ",
  "Chat WhatsApp con ",
  "Conversa no WhatsApp com ",
  "Conversa do WhatsApp com ",
  "WhatsApp Chat mit ",
  "Discussion WhatsApp avec ",
  "WhatsApp-chat met ",
  "Chat WhatsApp s uživatelem ",
].sort((a, b) => b.length - a.length);

// Share targets turn spaces into "_", and cs/ru names hold a no-break space; the prefixes hold no
// other regex syntax.
const PREFIX = new RegExp(`^(?:${PREFIXES.map((p) => p.replace(/ /g, "[ _\\u00A0\\u202F]")).join("|")})`, "iu");
const EXTENSION = /\.(?:zip|txt)$/i;
/** Browsers name a repeated download "X (1).zip". */
const COPY_SUFFIX = /\s\(\d+\)$/;
export const isZipName = (name: string): boolean => /\.zip$/i.test(name);
export const isTextName = (name: string): boolean => /\.txt$/i.test(name);

/** macOS leaves `__MACOSX/` and `._x` resource forks; `.DS_Store` and other dot-files are never chats or media. */
export const isIgnoredName = (name: string): boolean => name.startsWith(".") || name === "__MACOSX";

/** iOS names every chat text so, whatever the chat. */
export const isIosChatName = (name: string): boolean => name.toLowerCase() === "_chat.txt";

/** Whether WhatsApp would have named a chat text so: `_chat.txt` (iOS) or a localized Android name. */
export function isChatTextName(name: string): boolean {
  return isIosChatName(name) || (isTextName(name) && PREFIX.test(stem(name)));
}

/** The chat's title: after the WhatsApp prefix of the container's or the chat text's name, else the container's name. */
export function exportTitle(containerName: string, chatFileName: string): string {
  return prefixedTitle(containerName) ?? prefixedTitle(chatFileName) ?? (stem(containerName) || containerName);
}

function stem(name: string): string {
  return name.normalize("NFC").replace(EXTENSION, "").replace(COPY_SUFFIX, "").trim();
}

function prefixedTitle(name: string): string | undefined {
  const s = stem(name);
  const prefix = PREFIX.exec(s)?.[0];
  if (prefix === undefined) return undefined;
  const rest = s.slice(prefix.length);
  return (prefix.includes("_") ? rest.replace(/_/g, " ") : rest).trim() || undefined;
}

/** How much of a text sniffing reads. */
const SNIFF_BYTES = 4096;
const SNIFF_LINES = 3;
const MARKS = /[\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const SPACES = /[\u00A0\u2007\u2009\u202F]/g;
/** Android `23/03/2022, 13:31 - `, iOS `[3/27/22, 21:41:35] `, old iOS `7/1/16, 4:56:55 PM: `, eras `3/18/R4`. */
const DATE_FIRST = /^\[?\d{1,4}[./-] ?\d{1,2}[./-] ?(?:\d{1,4}|[a-z]\d{1,2})\b.{0,20}?\d{1,2}[:.]\d{2}/i;
/** Vietnamese iOS `[14:56:01, 3/18/22] `. */
const TIME_FIRST = /^\[\d{1,2}[:.]\d{2}[^\]]{0,12}?\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\]/;

/** Whether the start of a text looks like a WhatsApp chat: one of its first lines opens with a date and a time. */
export function looksLikeChatText(head: Uint8Array): boolean {
  const lines = decodeText(head)
    .text.replace(MARKS, "")
    .replace(SPACES, " ")
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .slice(0, SNIFF_LINES);
  return lines.some((line) => DATE_FIRST.test(line) || TIME_FIRST.test(line));
}

/** A file that may be an export's chat text. */
export interface TextCandidate {
  readonly name: string;
  /** Set when the file cannot be read, so it cannot be sniffed. */
  readonly refusal?: Notice;
  head(bytes: number): Promise<Buffer>;
}

/**
 * Picks the chat text among one export's files (CA and PW use the first two rules): `_chat.txt`,
 * else a localized Android name, else the shortest .txt named like a chat, else a .txt that reads
 * like one. Files are expected in a stable order, so ties go to the first.
 */
export async function chooseChatText<T extends TextCandidate>(files: readonly T[]): Promise<T | undefined> {
  const texts = files.filter((f) => isTextName(f.name));
  // A stable sort keeps the first of equally short names.
  const shortest = texts.filter((f) => /chat|whatsapp/i.test(f.name)).sort((a, b) => a.name.length - b.name.length)[0];
  const found = texts.find((f) => isIosChatName(f.name)) ?? texts.find((f) => isChatTextName(f.name)) ?? shortest;
  if (found) return found;
  for (const f of texts) {
    if (f.refusal === undefined && (await sniff(f))) return f;
  }
  return undefined;
}

/** Reads a file's first bytes to sniff it; a file that cannot be read that far (a damaged entry) is no chat text. */
export async function sniff(file: { head(bytes: number): Promise<Buffer> }): Promise<boolean> {
  try {
    return looksLikeChatText(await file.head(SNIFF_BYTES));
  } catch (error) {
    if (error instanceof UserError) return false;
    throw error;
  }
}
