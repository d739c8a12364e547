/**
 * Exports as phones in other languages write them, for the archive in that language: an Afrikaans
 * one-to-one chat and an Arabic one (right to left), Android style, with a photo, a message left
 * out, a deleted one and a location in WhatsApp's own words of that language, over three months so
 * that the timeline has bars and a small page size gives several pages. Written by us.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";

export interface LanguageExport {
  /** The chat's title: the contact, so that the other one is "me". */
  readonly title: string;
  /** The chat text's name, as a phone in the language names it (src/ingest/names.ts). */
  readonly file: string;
  readonly me: string;
  /** A word only this chat's messages hold, for search. */
  readonly word: string;
  /** The photo the chat names, and the day of its message. */
  readonly photo: string;
  /** Each line of the chat as its author wrote it; WhatsApp's markers in the export's language. */
  readonly lines: readonly (readonly [author: "me" | "contact", text: string])[];
}

export const LANGUAGE_EXPORTS = {
  af: {
    title: "Annelie",
    file: "WhatsApp Gesprek met Annelie",
    me: "Johan",
    word: "Drakensberg",
    photo: "IMG-20230115-WA0001.jpg",
    lines: [
      ["contact", "Goeiemôre! Is julle reg vir die naweek?"],
      ["me", "Ja, ons ry Vrydag Drakensberg toe 🏔️"],
      ["contact", "<Media weggelaat>"],
      ["me", "IMG-20230115-WA0001.jpg (lêer aangeheg)\nKyk hoe mooi is die uitsig!"],
      ["contact", "Hierdie boodskap was uitgevee"],
      ["me", "ligging: https://maps.google.com/?q=-28.75,28.88"],
      ["contact", "Lekker! Sien julle Saterdag."],
    ],
  },
  ar: {
    title: "أحمد",
    file: "دردشة واتساب مع أحمد",
    me: "سارة",
    word: "الإسكندرية",
    photo: "IMG-20230115-WA0001.jpg",
    lines: [
      ["contact", "صباح الخير! هل أنتم مستعدون لعطلة نهاية الأسبوع؟"],
      ["me", "نعم، سنسافر إلى الإسكندرية يوم الجمعة 🌊"],
      ["contact", "<تم استبعاد الوسائط>"],
      ["me", "IMG-20230115-WA0001.jpg (الملف مرفق)\nانظر إلى هذا المنظر الجميل!"],
      ["contact", "تم حذف هذه الرسالة"],
      ["me", "موقع: https://maps.google.com/?q=31.2,29.9"],
      ["contact", "رائع! أراكم يوم السبت."],
    ],
  },
} as const satisfies Record<string, LanguageExport>;

export type ExportLanguage = keyof typeof LANGUAGE_EXPORTS;

/** The days the chat has messages on: three months, a few days each, the photo's day among them. */
export const LANGUAGE_DAYS = ["2023-01-15", "2023-01-16", "2023-02-04", "2023-03-11", "2023-03-12"] as const;

/** Writes the export as a folder into `dir` (Android "with media": the text beside its files) and returns the folder. */
export async function writeLanguageExport(dir: string, lang: ExportLanguage): Promise<string> {
  const chat = LANGUAGE_EXPORTS[lang];
  const folder = join(dir, chat.file);
  mkdirSync(folder, { recursive: true });
  const lines = LANGUAGE_DAYS.flatMap((day, d) => {
    const [y, m, dd] = day.split("-");
    return chat.lines.map(([who, text], i) => {
      // Only the photo's day names the photo; other days say the same things without it.
      const body = d === 0 || !text.startsWith("IMG-") ? text : text.split("\n")[1]!;
      return `${dd}/${m}/${y}, ${String(8 + i).padStart(2, "0")}:${String(5 * i).padStart(2, "0")} - ${who === "me" ? chat.me : chat.title}: ${body}`;
    });
  });
  writeFileSync(join(folder, `${chat.file}.txt`), `${lines.join("\n")}\n`);
  await sharp({ create: { width: 480, height: 320, channels: 3, background: { r: 40, g: 110, b: 160 } } }).jpeg().toFile(join(folder, chat.photo));
  return folder;
}
