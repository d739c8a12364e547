import { describe, expect, it } from "vitest";
import { hasCatalog, language } from "../../src/i18n/index.js";

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

  it("writes Afrikaans dates, numbers and counts as an Afrikaans phone does", () => {
    const af = language("af");
    expect(af.day("2023-01-15T23:30:00")).toBe("Sondag 15 Januarie 2023");
    expect(af.date("2023-01-15T23:30:00")).toBe("15 Jan. 2023");
    expect(af.time("2023-01-15T23:30:00")).toBe("23:30");
    expect(af.month("2023-03")).toBe("Maart 2023");
    expect(af.t("count.messages", { count: 1 })).toBe("1 boodskap");
    expect(af.t("count.messages", { count: 12345 })).toBe("12\u00a0345 boodskappe");
    expect(af.t("chat.page", { number: 2, count: 7 })).toBe("Bladsy 2 van 7");
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

describe("a language's clock, lists and regions", () => {
  const en = language("en");

  it("writes times on the export's clock, else the language's own", () => {
    const de = language("de");
    expect(de.time("2023-01-15T16:03:00")).toBe("16:03");
    expect(de.time("2023-01-15T16:03:00", "12h")).toMatch(/^4:03\sPM$/);
    expect(en.time("2023-01-15T16:03:00", "24h")).toBe("16:03");
    expect(en.time("2023-01-15T09:04:00", "12h")).toMatch(/^9:04\sAM$/);
    expect(language("af").time("2023-01-15T16:03:00", "12h")).toMatch(/^4:03\snm\.$/);
  });

  it("joins names as the language does", () => {
    expect(en.list(["Alice", "Bob", "Carol"])).toBe("Alice, Bob, and Carol");
    expect(language("af").list(["Alice", "Bob", "Carol"])).toBe("Alice, Bob en Carol");
  });

  it("takes a region's variant for its language, keeping the region's dates", () => {
    const br = language("pt-BR");
    expect(br.t("nav.next")).toBe(language("pt").t("nav.next"));
    expect(br.speaks("pt-PT")).toBe(true);
    expect(br.speaks("es")).toBe(false);
    expect(language("ar-EG").dir).toBe("rtl");
    expect(hasCatalog("pt-BR")).toBe(true);
    expect(hasCatalog("it")).toBe(false);
    expect(hasCatalog("not a code")).toBe(false);
  });
});
