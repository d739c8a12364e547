import { describe, expect, it } from "vitest";
import { formatDuration } from "../../src/data/duration.js";

describe("formatDuration", () => {
  it("counts whole seconds down as players do: minutes and two-digit seconds, hours when there are any", () => {
    expect(formatDuration(62.5, "en")).toEqual({ text: "1:02", label: "1 minute, 2 seconds" });
    expect(formatDuration(59.99, "en")).toEqual({ text: "0:59", label: "59 seconds" });
    expect(formatDuration(3600, "en")).toEqual({ text: "1:00:00", label: "1 hour" });
    expect(formatDuration(36_061, "en")).toEqual({ text: "10:01:01", label: "10 hours, 1 minute, 1 second" });
  });

  it("shows a clip under a second as one second, not as nothing", () => {
    expect(formatDuration(0.2, "en")).toEqual({ text: "0:01", label: "1 second" });
  });

  it("words the length in the archive's language", () => {
    // French keeps a number and its unit together with a no-break space, as ICU writes it.
    expect(formatDuration(62, "fr").label).toBe("1 minute et 2\u00a0secondes");
    expect(formatDuration(62, "nl").label).toBe("1 minuut en 2 seconden");
    expect(formatDuration(125, "ar")).toEqual({ text: "2:05", label: "دقيقتان و5 ثوان" });
  });
});
