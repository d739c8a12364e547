// Every catalog says what the English one says: the same keys, the same placeholders, a form for
// each plural category its language has, and nothing left in English by oversight.
import { describe, expect, it } from "vitest";
import { en, type StringKey } from "../../src/i18n/en.js";
import { CATALOGS, LANGUAGES, language } from "../../src/i18n/index.js";

const keys = Object.keys(en).sort() as StringKey[];
const translations = Object.entries(CATALOGS).filter(([code]) => code !== "en");

/**
 * Strings a language writes as English does, and the languages that do: symbols, the app's name
 * (Arabic writes واتساب) and loanwords. Anything else equal to the English was left untranslated.
 */
const AS_IN_ENGLISH: Readonly<Record<string, string>> = {
  "chat.range": "af de nl fr es pt ar",
  "search.system": "af de nl fr es pt",
  "kind.gif": "af de nl fr es pt",
  "kind.video": "af de nl es",
  "kind.audio": "de nl fr es",
  "kind.sticker": "de nl fr es",
  "kind.image": "fr",
  "kind.document": "nl fr",
  "archive.chats": "de nl es",
  "search.chat": "de nl es",
  "count.chats": "nl",
  /** "+3": a count over a tile, with no word to translate. */
  "album.more": "af de nl fr es pt ar",
};

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const forms = (entry: unknown): [string, string][] =>
  typeof entry === "string" ? [["", entry]] : Object.entries(entry as Record<string, string>);

/** Whether exactly one whole number takes `category` in `code`: its form may write that number as a word. */
function singleNumber(code: string, category: string): boolean {
  const rules = new Intl.PluralRules(code);
  return Array.from({ length: 1000 }, (_, n) => n).filter((n) => rules.select(n) === category).length === 1;
}

describe("the translated catalogs", () => {
  it("are registered, each with its language's own name", () => {
    expect(LANGUAGES).toEqual([
      { code: "en", name: "English" }, { code: "af", name: "Afrikaans" }, { code: "de", name: "Deutsch" },
      { code: "nl", name: "Nederlands" }, { code: "fr", name: "Français" }, { code: "es", name: "Español" },
      { code: "pt", name: "Português" }, { code: "ar", name: "العربية" },
    ]);
  });

  describe.each(translations)("%s", (code, catalog) => {
    it("has exactly the English keys, each counting where the English counts", () => {
      expect(Object.keys(catalog).sort()).toEqual(keys);
      expect(keys.filter((key) => typeof catalog[key] !== typeof en[key])).toEqual([]);
    });

    it("keeps every placeholder of the English, and adds none", () => {
      const wrong = keys.flatMap((key) => {
        const wanted = placeholders(forms(en[key])[0]![1]);
        return forms(catalog[key]).filter(([category, text]) => {
          const has = placeholders(text);
          // "رسالتان", "رسالة واحدة": a form for one number alone may say it in words.
          const allowed = category !== "" && singleNumber(code, category) ? [wanted, wanted.filter((p) => p !== "count")] : [wanted];
          return !allowed.some((set) => JSON.stringify(set) === JSON.stringify(has));
        }).map(([category, text]) => `${key}${category && `.${category}`}: ${text}`);
      });
      expect(wrong).toEqual([]);
    });

    it("has a form for every plural category of the language, and no other", () => {
      const categories = [...new Intl.PluralRules(code).resolvedOptions().pluralCategories].sort();
      const wrong = keys.filter((key) => typeof catalog[key] !== "string")
        .filter((key) => JSON.stringify(Object.keys(catalog[key]).sort()) !== JSON.stringify(categories));
      expect(wrong).toEqual([]);
    });

    it("leaves no string empty, and none in English but the few written so", () => {
      expect(keys.filter((key) => forms(catalog[key]).some(([, text]) => text.trim() === ""))).toEqual([]);
      const english = keys.filter((key) => JSON.stringify(catalog[key]) === JSON.stringify(en[key]) && !AS_IN_ENGLISH[key]?.split(" ").includes(code));
      expect(english).toEqual([]);
    });
  });

  it("counts in Arabic with the dual and the plural for 3 to 10", () => {
    const ar = language("ar");
    expect([0, 1, 2, 3, 10, 11, 100].map((count) => ar.t("count.messages", { count }))).toEqual([
      "لا رسائل", "رسالة واحدة", "رسالتان", "3 رسائل", "10 رسائل", "11 رسالة", "100 رسالة",
    ]);
  });

  it("counts 0 with 1 in French, and says de before a million", () => {
    const fr = language("fr");
    expect(fr.t("archive.reportWarnings", { count: 0 })).toBe("0 avertissement");
    expect(fr.t("count.messages", { count: 1_000_000 })).toBe("1\u202f000\u202f000 de messages");
  });
});
