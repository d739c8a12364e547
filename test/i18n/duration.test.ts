import { describe, expect, it } from "vitest";
import { language } from "../../src/i18n/index.js";

describe("a language's durations", () => {
  it("counts whole seconds down as players do: minutes and two-digit seconds, hours when there are any", () => {
    expect(language("en").duration(62.5)).toEqual({ text: "1:02", label: "1 minute, 2 seconds" });
    expect(language("en").duration(59.99)).toEqual({ text: "0:59", label: "59 seconds" });
    expect(language("en").duration(3600)).toEqual({ text: "1:00:00", label: "1 hour" });
    expect(language("en").duration(36_061)).toEqual({ text: "10:01:01", label: "10 hours, 1 minute, 1 second" });
  });

  it("shows a clip under a second as one second, not as nothing", () => {
    expect(language("en").duration(0.2)).toEqual({ text: "0:01", label: "1 second" });
  });

  it("words the length in the archive's language", () => {
    // French keeps a number and its unit together with a no-break space, as ICU writes it.
    expect(language("fr").duration(62).label).toBe("1 minute et 2\u00a0secondes");
    expect(language("nl").duration(62).label).toBe("1 minuut en 2 seconden");
    expect(language("ar").duration(125)).toEqual({ text: "2:05", label: "دقيقتان و5 ثوان" });
  });
});
