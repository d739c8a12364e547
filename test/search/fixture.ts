/**
 * A small one-to-one export, Android style, with words in many scripts, an accented word, a word
 * the demo also uses ("summit"), a message and an author's name that are HTML: what search must find and show as text.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SEARCH_CHAT = { file: "WhatsApp Chat with Ляля.txt", title: "Ляля" };

/** Who writes, in turn; the second name is HTML, which results and filters must show as text. */
export const SEARCH_AUTHORS = ["Ляля", `Sam <img src=y onerror="document.title='pwned by a name'">`] as const;

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
    const author = SEARCH_AUTHORS[i % 2]!;
    return `12/03/2021, 10:${String(10 + i).padStart(2, "0")} - ${author}: ${text}`;
  });
  const path = join(dir, SEARCH_CHAT.file);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}
