import { describe, expect, it } from "vitest";
import { archiveLanguage } from "../../src/i18n/choose.js";
import type { Chat, Message } from "../../src/model.js";

const chat = (messages: number, lang?: string): Chat => ({
  id: `chat-${messages}-${lang}`, title: "Chat", platform: "android", sources: [], participants: [],
  messages: Array.from({ length: messages }, (_, i) => ({ id: i + 1 }) as Message),
  ...(lang && { lang }),
});

describe("the archive's language", () => {
  it("is the one a person chose", () => {
    expect(archiveLanguage([chat(10, "af")], "en")).toEqual({ code: "en", how: "given" });
  });

  it("is the language most messages were detected in, across the chats", () => {
    expect(archiveLanguage([chat(8, "af"), chat(4, "de"), chat(5, "de")]).code).toBe("de");
    expect(archiveLanguage([chat(10, "af"), chat(4, "de"), chat(100)]).code).toBe("af");
  });

  it("is English where nothing was detected, or no catalog speaks what was", () => {
    expect(archiveLanguage([chat(3)]).code).toBe("en");
    expect(archiveLanguage([]).code).toBe("en");
    expect(archiveLanguage([chat(10, "it"), chat(2, "af")])).toEqual({ code: "en", how: "no-catalog", detected: "it" });
    expect(archiveLanguage([chat(3)]).how).toBe("none-detected");
  });

  it("settles a tie the same way every time", () => {
    expect(archiveLanguage([chat(5, "nl"), chat(5, "af")]).code).toBe("af");
    expect(archiveLanguage([chat(5, "af"), chat(5, "nl")]).code).toBe("af");
  });
});
