/** What export files are called: which file is the chat text, and the chat's title from a name. */
import { UserError, type Notice } from "../model.js";
import { decodeText } from "./decode.js";

/**
 * Android's localized chat-text names (docs/export-format.md#files), `*` standing for the chat's
 * name: most languages put it last, some first or in the middle. Where each form comes from:
 * - "CA": mlomb/chat-analytics, `FilenamePatterns` in pipeline/parse/parsers/WhatsApp.ts;
 * - "WJ": file names of real exports in starkdmi/whats_json test/data/android;
 * - "ChatMatter": dezi/ChatMatter, `WASubject` in app/src/main/java/de/kappa_mm/email/chatmatter/LanguageTags.java,
 *   the export's e-mail subject (which names the file) per Android resource folder, so apparently
 *   taken from WhatsApp's own strings.xml; its attachment strings match WJ's tables word for word, and
 *   where newer wordings are known (ru, de) both are kept;
 * - "seen": the name of real exports in several public projects' code, tests or READMEs (code search).
 * None of these is a guess; no form is known for languages missing here.
 */
export const NAME_FORMS: readonly string[] = [
  "WhatsApp Chat with *", // en: CA, ChatMatter, seen
  "WhatsApp Chat - *", // iOS's zip in every language, and some Android shares: CA
  "WhatsApp Gesprek met *", // af: ChatMatter (no real export seen)
  "دردشة واتساب مع *", // ar: ChatMatter
  "* ilə WhatsApp Söhbəti", // az: ChatMatter
  "WhatsApp Чат с *", // bg: ChatMatter
  "* এর সাথে WhatsApp চ্যাট", // bn: ChatMatter
  "Xat de WhatsApp amb *", // ca: ChatMatter
  "Chat WhatsApp s uživatelem *", // cs: WJ, ChatMatter
  "WhatsApp chat med *", // da: ChatMatter
  "WhatsApp Chat mit *", // de: CA, ChatMatter
  "WhatsApp-Chat mit *", // de, newer spelling: seen
  "Συνομιλία WhatsApp με *", // el: ChatMatter
  "Chat de WhatsApp con *", // es: CA, ChatMatter, seen
  "WhatsApp'i vestlus kontaktiga *", // et: ChatMatter
  "گفتگوی WhatsApp با *", // fa: ChatMatter
  "WhatsApp-keskustelu henkilön * kanssa", // fi: ChatMatter
  "Discussion WhatsApp avec *", // fr: CA, ChatMatter
  "* સાથેની WhatsApp વાત", // gu: ChatMatter
  "צ'אט WhatsApp עם *", // he: ChatMatter
  "* के साथ WhatsApp चैट", // hi: ChatMatter
  "WhatsApp razgovor s *", // hr: ChatMatter
  "WhatsApp csevegés vele: *", // hu: ChatMatter
  "Chat WhatsApp dengan *", // id: ChatMatter
  "Chat WhatsApp con *", // it: CA, ChatMatter, seen
  "*とのWhatsAppチャット", // ja: ChatMatter
  "WhatsApp чат: *", // kk: ChatMatter
  "* ಜೊತೆ WhatsApp ಸಂಭಾಷಣೆ", // kn: ChatMatter
  "*님과의 WhatsApp 대화", // ko: ChatMatter
  "WhatsApp pokalbis su *", // lt: ChatMatter
  "WhatsApp sarakste ar *", // lv: ChatMatter
  "WhatsApp разговор со *", // mk: ChatMatter
  "* മായുള്ള WhatsApp ചാറ്റുകൾ", // ml: ChatMatter
  "* सोबतच्या WhatsApp गप्पा", // mr: ChatMatter
  "Sembang WhatsApp dengan *", // ms: ChatMatter
  "WhatsApp-samtale med *", // nb: ChatMatter
  "WhatsApp-chat met *", // nl: WJ, ChatMatter, seen
  "* ਨਾਲ WhatsApp ਗੱਲਬਾਤ", // pa: ChatMatter
  "Czat WhatsApp z *", // pl: ChatMatter, seen
  "Conversa no WhatsApp com *", // pt-PT: CA, ChatMatter
  "Conversa do WhatsApp com *", // pt-BR: CA, ChatMatter
  "Conversație WhatsApp cu *", // ro: ChatMatter
  "Чат WhatsApp с *", // ru: CA, ChatMatter
  "Чат WhatsApp с контактом *", // ru, newer: WJ
  "WhatsApp chat s používateľom *", // sk: ChatMatter
  "WhatsApp klepet z *", // sl: ChatMatter
  "Biseda me * në WhatsApp", // sq: ChatMatter
  "WhatsApp Ћаскање са *", // sr: ChatMatter
  "WhatsApp-chatt med *", // sv: ChatMatter
  "Soga za WhatsApp na *", // sw: ChatMatter
  "* உடன் WhatsApp உரையாடல்", // ta: ChatMatter
  "* తో WhatsApp సంభాషణ", // te: ChatMatter
  "แชท WhatsApp กับ *", // th: ChatMatter
  "WhatsApp Chat kay *", // tl: ChatMatter
  "* ile WhatsApp Sohbeti", // tr: ChatMatter
  "Бесіда WhatsApp з *", // uk: ChatMatter
  "* کے ساتھ WhatsApp بات چیت", // ur: ChatMatter
  "* bilan WhatsApp chati", // uz: ChatMatter
  "Trò chuyện WhatsApp với *", // vi: ChatMatter
  "WhatsApp 与 * 的对话", // zh-CN, zh-SG: ChatMatter
  "WhatsApp 與 * 的對話", // zh-HK, zh-TW: ChatMatter
];

/**
 * Each form as a regex capturing the chat's name, the longest first so that "с контактом" wins over
 * "с". Share targets turn spaces into "_", and cs/ru names hold a no-break space.
 */
const FORMS: readonly RegExp[] = [...NAME_FORMS]
  .sort((a, b) => b.length - a.length)
  .map((form) => {
    const words = form.split("*").map((part) => part.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&").replace(/ /g, "[ _\\u00A0\\u202F]"));
    return new RegExp(`^${words.join("(.+)")}$`, "iud");
  });
/** WhatsApp's name as the forms write it, in Latin letters or Arabic. */
export const BRAND = /whatsapp|واتساب/i;
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
  return isIosChatName(name) || (isTextName(name) && BRAND.test(name) && FORMS.some((form) => form.test(stem(name))));
}

/** The chat's title: the chat's name in WhatsApp's name for the container or the chat text, else the container's name. */
export function exportTitle(containerName: string, chatFileName: string): string {
  return namedTitle(containerName) ?? namedTitle(chatFileName) ?? (stem(containerName) || containerName);
}

function stem(name: string): string {
  return name.normalize("NFC").replace(EXTENSION, "").replace(COPY_SUFFIX, "").trim();
}

function namedTitle(name: string): string | undefined {
  const s = stem(name);
  // Every form names WhatsApp; without the name, the sixty regexes need not be compiled.
  if (!BRAND.test(s)) return undefined;
  for (const form of FORMS) {
    const m = form.exec(s);
    if (m === null) continue;
    const [start, end] = m.indices![1]!;
    const title = s.slice(start, end);
    // When WhatsApp's words came with "_" for spaces, so did the chat's name.
    const underscored = (s.slice(0, start) + s.slice(end)).includes("_");
    return (underscored ? title.replace(/_/g, " ") : title).trim() || undefined;
  }
  return undefined;
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
