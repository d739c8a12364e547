// The letters of a group member's avatar, from whatever WhatsApp names them by.
import { describe, expect, it } from "vitest";
import { initials } from "../../src/data/initials.js";

describe("initials", () => {
  it("takes the first letters of the first and last names, upper-cased", () => {
    expect(initials("Alice")).toBe("A");
    expect(initials("alice moreau")).toBe("AM");
    expect(initials("Carol Ann Smith")).toBe("CS");
    expect(initials("Émile Zola")).toBe("ÉZ");
    expect(initials("سارة أحمد")).toBe("سأ");
  });

  it("skips words that do not start with a letter, and WhatsApp's ~ before a self-given name", () => {
    expect(initials("Bob 🚴")).toBe("B");
    expect(initials("~ Dana")).toBe("D");
  });

  it("takes a phone number's last two digits", () => {
    expect(initials("+27 82 555 0123")).toBe("23");
    expect(initials("(082) 555-0147")).toBe("47");
  });

  it("takes a name without letters by its first character, a whole emoji", () => {
    expect(initials("👨‍👩‍👧 Family")).toBe("F");
    expect(initials("👨‍👩‍👧")).toBe("👨‍👩‍👧");
    expect(initials("🇿🇦🇿🇦")).toBe("🇿🇦");
  });
});
