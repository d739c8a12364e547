/**
 * Merging exports of one chat: a generated conversation is written as several overlapping exports
 * (other platforms, date formats and languages, with and without media, with gaps), parsed, merged,
 * and must come back as the conversation: every message once, in order.
 */
import { describe, expect, it } from "vitest";
import { language } from "../../src/i18n/index.js";
import { mergeExports } from "../../src/merge/index.js";
import { stageContext, Warnings, type ExportSource, type Message } from "../../src/model.js";
import { parseExports } from "../../src/parse/index.js";
import { FORMATS } from "../parse/writers.js";
import { ANDROID_DE, ANDROID_US, AUTHORS, conversation, exportOf, IOS, iosPhoto, minuteOf, type Said } from "./conversation.js";

function merge(...exports: ExportSource[]) {
  const warnings = new Warnings();
  const merged = mergeExports(parseExports(exports, {}, stageContext(warnings)), stageContext(warnings));
  return { merged, warnings: warnings.list.map((w) => `${w.file}${w.line ? `:${w.line}` : ""}: ${language("en").warning(w)}`) };
}

/** What must survive a merge: minute, author, text, and whether a photo is attached (or left out). */
const seen = (m: Message) => [m.timestamp.slice(0, 16), m.author, m.text, m.attachments.length > 0 || m.mediaOmitted];
const expected = (said: readonly Said[]) => said.map((s) => [
  minuteOf(s), s.author, s.photo === undefined ? s.text : "", s.photo !== undefined,
]);

describe("mergeExports", () => {
  const said = conversation(1000);

  it("merges overlapping exports from two platforms in two languages into one timeline, every message once", () => {
    const { merged, warnings } = merge(
      exportOf("WhatsApp Chat - Walkers.zip", "Walkers", IOS, said.slice(0, 600), { media: true }),
      exportOf("WhatsApp Chat mit Walkers.txt", "Walkers", ANDROID_DE, said.slice(400), { media: false, omitted: "<Medien ausgeschlossen>" }),
    );
    expect(warnings).toEqual([]);
    expect(merged).toHaveLength(1);
    const { chat, exports } = merged[0]!;
    expect(chat.messages.map(seen)).toEqual(expected(said));
    expect(chat.messages.map((m) => m.id)).toEqual(said.map((_, i) => i + 1));
    expect(chat.sources).toEqual(["WhatsApp Chat - Walkers.zip", "WhatsApp Chat mit Walkers.txt"]);
    expect(exports.map((e) => e.source)).toEqual(chat.sources);
    expect([...chat.participants].sort()).toEqual([...AUTHORS].sort());
  });

  it("gives the merged chat the media of whichever export holds it", () => {
    // The older export left the media out; the newer one, which overlaps it, has the photos.
    const { merged } = merge(
      exportOf("old.txt", "Walkers", ANDROID_US, said.slice(0, 700), { media: false }),
      exportOf("new.zip", "Walkers", IOS, said.slice(300), { media: true }),
    );
    const photos = merged[0]!.chat.messages.filter((m) => m.attachments.length > 0 || m.mediaOmitted);
    const inOverlapOrLater = said.flatMap((s, i) => (s.photo !== undefined && i >= 300 ? [s] : []));
    const withFile = photos.filter((m) => m.attachments.some((a) => a.present));
    expect(withFile.map((m) => m.attachments[0]!.fileName)).toEqual(inOverlapOrLater.map(iosPhoto));
    expect(photos.length).toBe(said.filter((s) => s.photo !== undefined).length);
  });

  it("keeps both sides of a gap between exports, in order, and invents nothing", () => {
    const { merged } = merge(
      exportOf("b.txt", "Walkers", ANDROID_US, said.slice(500, 800), { media: false }),
      exportOf("a.txt", "Walkers", ANDROID_US, said.slice(0, 300), { media: false }),
    );
    expect(merged[0]!.chat.messages.map(seen)).toEqual(expected([...said.slice(0, 300), ...said.slice(500, 800)]));
    expect(merged[0]!.chat.sources).toEqual(["a.txt", "b.txt"]);
  });

  it("reads the same export twice as one", () => {
    const once = exportOf("a.txt", "Walkers", ANDROID_US, said.slice(0, 300), { media: false });
    const { merged } = merge(once, { ...once, source: "copy of a.txt" });
    expect(merged[0]!.chat.messages.map(seen)).toEqual(expected(said.slice(0, 300)));
  });

  it("keeps a message said twice in one minute twice", () => {
    const twice: Said[] = [...said.slice(0, 10), { ...said[10]!, text: "ok" }, { ...said[10]!, text: "ok" }, ...said.slice(11, 20)];
    const { merged } = merge(
      exportOf("a.txt", "Walkers", ANDROID_US, twice.slice(0, 15), { media: false }),
      exportOf("b.txt", "Walkers", IOS, twice.slice(5), { media: false }),
    );
    expect(merged[0]!.chat.messages.map(seen)).toEqual(expected(twice));
  });

  it("keeps an export's own order where its times run backwards", () => {
    // WhatsApp writes some notices with an earlier time than the line before them.
    const shifted: Said[] = [...said.slice(0, 50), { ...said[20]!, text: "a notice from the past" }, ...said.slice(50, 100)];
    const { merged } = merge(
      exportOf("a.txt", "Walkers", ANDROID_US, shifted.slice(0, 80), { media: false }),
      exportOf("b.txt", "Walkers", ANDROID_US, shifted.slice(40), { media: false }),
    );
    expect(merged[0]!.chat.messages.map(seen)).toEqual(expected(shifted));
  });

  it("keeps both versions of a message the exports disagree on, and says where", () => {
    const changed = said.slice(0, 200).map((s, i) => (i === 150 ? { ...s, text: `${s.text} (changed)` } : s));
    const { merged, warnings } = merge(
      exportOf("a.txt", "Walkers", ANDROID_US, said.slice(0, 160), { media: false }),
      exportOf("b.txt", "Walkers", ANDROID_US, changed.slice(100), { media: false }),
    );
    const texts = merged[0]!.chat.messages.map((m) => m.text);
    expect(texts).toContain(said[150]!.text);
    expect(texts).toContain(changed[150]!.text);
    expect(merged[0]!.chat.messages).toHaveLength(201);
    expect(warnings).toEqual([
      "b.txt:51: 1 message differs from a.txt in the same minute from the same author; both versions are kept",
    ]);
  });

  it("keeps exports with one title but other messages at the same times as two chats, and says so", () => {
    const other = conversation(300, { seed: 7 });
    const { merged, warnings } = merge(
      exportOf("Family 1.txt", "Family", ANDROID_US, said.slice(0, 300), { media: false }),
      exportOf("Family 2.txt", "Family", ANDROID_US, other, { media: false }),
    );
    expect(merged.map((m) => m.chat.id)).toEqual(["family", "family-2"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Family [12]\.txt: has the title of another export \("Family"\) but other messages at the same times; kept as a chat of its own$/);
  });

  it("merges a renamed group's exports by their shared messages, under the newer title", () => {
    const { merged } = merge(
      exportOf("WhatsApp Chat - Walkers.txt", "Walkers", ANDROID_US, said.slice(0, 600), { media: false }),
      exportOf("WhatsApp Chat - Weekend Walkers.txt", "Weekend Walkers", ANDROID_US, said.slice(300), { media: false }),
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]!.chat.title).toBe("Weekend Walkers");
    expect(merged[0]!.chat.messages.map(seen)).toEqual(expected(said));
  });

  describe("language and clock", () => {
    const ANDROID_ES = FORMATS.find((f) => f.name === "android es 12h")!;
    const spanish = { media: false, omitted: "<Multimedia omitido>" };
    const merged = (...exports: ExportSource[]) => merge(...exports).merged[0]!.chat;

    it("takes the language most messages were exported in, and the newest export's clock", () => {
      const chat = merged(
        exportOf("a.zip", "Walkers", IOS, said.slice(0, 700), { media: false }),
        exportOf("b.txt", "Walkers", ANDROID_ES, said.slice(600), spanish),
      );
      expect([chat.lang, chat.clock]).toEqual(["en", "12h"]);
    });

    it("takes the newest export's language when as many messages were exported in each", () => {
      const chat = merged(
        exportOf("b.txt", "Walkers", ANDROID_ES, said.slice(400), spanish),
        exportOf("a.zip", "Walkers", IOS, said.slice(0, 600), { media: false }),
      );
      expect([chat.lang, chat.clock]).toEqual(["es", "12h"]);
    });

    it("gives an export whose language showed nowhere no say", () => {
      // Without photos, an export has no "omitted" line: no word of WhatsApp's shows its language.
      const chat = merged(
        exportOf("a.zip", "Walkers", IOS, said.slice(0, 800).filter((s) => s.photo === undefined), { media: false }),
        exportOf("b.txt", "Walkers", ANDROID_ES, said.slice(700), spanish),
      );
      expect(chat.lang).toBe("es");
      const none = merged(exportOf("a.zip", "Walkers", IOS, said.filter((s) => s.photo === undefined), { media: false }));
      expect(none.lang).toBeUndefined();
      expect(none.clock).toBe("24h");
    });
  });

  it("says when an export holds about as many messages as WhatsApp's cap, so older ones are probably missing", () => {
    const capped = conversation(10_000, { seed: 3 });
    const { merged, warnings } = merge(exportOf("capped.txt", "Big", ANDROID_US, capped, { media: false }));
    expect(merged[0]!.truncatedAt).toBe(10_000);
    expect(warnings).toEqual([
      "capped.txt: holds 10,000 messages, about WhatsApp's cap of 10,000 for one export: older messages are probably missing; " +
        "export the chat again from an older backup or with fewer media, and the build will merge them",
    ]);
    const { merged: whole } = merge(exportOf("small.txt", "Big", ANDROID_US, capped.slice(0, 9_000), { media: false }));
    expect(whole[0]!.truncatedAt).toBeUndefined();
  });
});
