/**
 * An iOS export may write an author with spaces after the name (`AP `) where the Android export of
 * the same chat writes `AP`: merged, each person is one person and each message is there once.
 */
import { describe, expect, it } from "vitest";
import { mergeExports } from "../../src/merge/index.js";
import { stageContext, Warnings } from "../../src/model.js";
import { parseExports } from "../../src/parse/index.js";
import { ANDROID_US, conversation, exportOf, IOS, minuteOf, type Said } from "./conversation.js";

const AUTHORS = ["AP", "Lerato M", "Sipho"];

describe("mergeExports with authors written with spaces", () => {
  it("merges an iOS export writing `AP ` and an Android one writing `AP` into one person per name", () => {
    const said = conversation(300, { authors: AUTHORS, seed: 7 });
    // The iOS export pads every name, with a space or a no-break space, as some iOS versions do.
    const padded: Said[] = said.map((s, i) => ({ ...s, author: `${s.author}${i % 2 === 0 ? " " : "\u00a0"}` }));
    const warnings = new Warnings();
    const merged = mergeExports(parseExports([
      exportOf("WhatsApp Chat - Club.zip", "Club", IOS, padded.slice(0, 200), { media: false }),
      exportOf("WhatsApp Chat with Club.txt", "Club", ANDROID_US, said.slice(100), { media: false }),
    ], {}, stageContext(warnings)), stageContext(warnings));
    expect(warnings.list).toEqual([]);
    expect(merged).toHaveLength(1);
    const { chat } = merged[0]!;
    expect(chat.messages.map((m) => [m.timestamp.slice(0, 16), m.author, m.text])).toEqual(
      said.map((s) => [minuteOf(s), s.author, s.photo === undefined ? s.text : ""]),
    );
    expect([...chat.participants].sort()).toEqual([...AUTHORS].sort());
  });
});
