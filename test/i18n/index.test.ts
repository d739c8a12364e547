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

  it("falls back to English for a language without a catalog, and knows right-to-left ones", () => {
    expect(language("xx").t("nav.next")).toBe("Next");
    expect(language("ar").dir).toBe("rtl");
    expect(en.dir).toBe("ltr");
  });
});
