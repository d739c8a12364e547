import { describe, expect, it } from "vitest";
import { language } from "../../src/i18n/index.js";

describe("language", () => {
  const en = language("en");

  it("fills placeholders and picks the plural form by count", () => {
    expect(en.t("count.messages", { count: 1 })).toBe("1 message");
    expect(en.t("count.messages", { count: 12345 })).toBe("12,345 messages");
    expect(en.t("media.photoAlt", { author: "Alice", date: "15 Jan 2023" })).toBe("Photo from Alice, 15 Jan 2023");
  });

  it("formats timestamps as written, whatever the machine's zone", () => {
    // Exports hold local times without a zone; late evening must not slip into the next day.
    expect(en.day("2023-01-15T23:30:00")).toBe("Sunday, January 15, 2023");
    expect(en.time("2023-01-15T23:30:00")).toBe("11:30 PM");
    expect(en.month("2023-01")).toBe("January 2023");
  });

  it("words a warning from its code and values: sizes in units, a reason worded first, numbers and plurals in the locale", () => {
    const skipped = { code: "skipped", values: { file: "a.mp4", reason: { code: "tooLarge", values: { size: { bytes: 11_366 }, limit: { bytes: 1000 } } } } } as const;
    expect(en.warning(skipped)).toBe("a.mp4: skipped; it is 11.1 KiB, more than the 1,000 bytes a file may hold");
    expect(en.warning({ code: "moreBadDates", values: { count: 1 } })).toBe("1 more line with an impossible date");
    expect(en.warning({ code: "moreBadDates", values: { count: 1234 } })).toBe("1,234 more lines with an impossible date");
    expect(en.warning({ code: "noChatText" })).toBe("no chat text found in the export");
    // A language without a catalog (Indonesian, here) takes the English words, and still writes numbers its own way.
    expect(language("id").warning(skipped)).toBe("a.mp4: skipped; it is 11,1 KiB, more than the 1.000 bytes a file may hold");
  });

  it("falls back to English for a language without a catalog, and knows right-to-left ones", () => {
    expect(language("xx").t("nav.next")).toBe("Next");
    expect(language("ar").dir).toBe("rtl");
    expect(en.dir).toBe("ltr");
  });
});
