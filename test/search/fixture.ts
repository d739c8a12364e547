/**
 * A small one-to-one export, Android style, with words in many scripts, an accented word, a word
 * the demo also uses ("summit") and a message that is HTML: what search must find and show as text.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SEARCH_CHAT = { file: "WhatsApp Chat with Ляля.txt", title: "Ляля" };

/** Each message's text by what a test searches for; the export holds them in this order, ids 1…n. */
export const SEARCH_MESSAGES = {
  cyrillic: "Привет! Встретимся у памятника в субботу",
  arabic: "مرحبا بالعالم من القاهرة",
  devanagari: "नमस्ते दुनिया, कल मिलते हैं",
  thai: "สวัสดีครับ ไปกินข้าวกันไหม",
  japanese: "東京タワーで会いましょう",
  accented: "Let's meet at the café near the station",
  shared: "The summit photos came out great",
  html: `<img src=x onerror="document.title='pwned'"> is what she typed`,
} as const;

/** Writes the export into `dir` and returns its path. */
export function writeSearchExport(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const lines = Object.values(SEARCH_MESSAGES).map((text, i) => {
    const author = i % 2 === 0 ? "Ляля" : "Sam";
    return `12/03/2021, 10:${String(10 + i).padStart(2, "0")} - ${author}: ${text}`;
  });
  const path = join(dir, SEARCH_CHAT.file);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}
