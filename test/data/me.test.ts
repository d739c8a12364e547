import { describe, expect, it } from "vitest";
import { nameKey, whoIsMe } from "../../src/data/me.js";
import { language } from "../../src/i18n/index.js";
import { stageContext, Warnings, type Chat } from "../../src/model.js";

/** A chat as whoIsMe sees it: its id, its title (from the export's name) and who wrote in it. */
function chat(title: string, participants: readonly string[]): Chat {
  return { id: title.toLowerCase().replace(/\W+/g, "-"), title, platform: "android", sources: [`WhatsApp Chat with ${title}.txt`], participants, messages: [] };
}

function infer(...chats: Chat[]) {
  const warnings = new Warnings();
  const me = whoIsMe(chats, [], stageContext(warnings));
  expect(warnings.list).toEqual([]);
  return { byChat: Object.fromEntries(me.byChat), summary: me.summary };
}

describe("nameKey", () => {
  it("compares names as one whatever their case, spacing, Unicode form, direction marks or iOS's ~ for a non-contact", () => {
    expect(nameKey("~\u202fErin")).toBe(nameKey("Erin"));
    expect(nameKey("~ Erin")).toBe(nameKey("erin"));
    expect(nameKey("  ERIN\u00a0 Smith ")).toBe(nameKey("erin smith"));
    expect(nameKey("Rene\u0301e")).toBe(nameKey("Ren\u00e9e"));
    expect(nameKey("\u200eJonas\u200f")).toBe(nameKey("Jonas"));
    expect(nameKey("\u2066Jonas\u2069")).toBe(nameKey("Jonas"));
    expect(nameKey("Erin S.")).not.toBe(nameKey("Erin"));
  });

  it("compares phone numbers by their digits, inside the embedding marks phones write around them", () => {
    expect(nameKey("\u202a+49 151 2345678\u202c")).toBe(nameKey("+49 1512 345678"));
    expect(nameKey("\u202a+27 (82) 123-4567\u202c")).toBe(nameKey("+27821234567"));
    expect(nameKey("+49 151 2345678")).not.toBe(nameKey("+49 151 2345679"));
    // Too few digits for a phone number: a name like any other.
    expect(nameKey("007")).toBe("007");
  });
});

describe("whoIsMe without --me", () => {
  it("takes, in a one-to-one chat, the one who is not the contact the export is named after", () => {
    expect(infer(chat("Jonas", ["Jonas", "Mia"]))).toEqual({
      byChat: { jonas: ["Mia"] },
      summary: { names: ["Mia"], how: "one-to-one", contacts: ["Jonas"], unknownIn: [] },
    });
  });

  it("matches the title to the contact after normalising: ~, case, Unicode form, and phone numbers by digits", () => {
    expect(infer(chat("renée", ["~\u202fRene\u0301e", "Mia"])).byChat).toEqual({ "ren-e": ["Mia"] });
    expect(infer(chat("+49 151 2345678", ["\u202a+49 151 2345678\u202c", "Mia"])).byChat).toEqual({ "-49-151-2345678": ["Mia"] });
  });

  it("leaves a one-to-one chat undecided when the title names neither participant, or both", () => {
    expect(infer(chat("Jonas", ["Jonas Weber", "Mia"])).summary).toEqual({ names: [], how: "unknown", contacts: [], unknownIn: [] });
    expect(infer(chat("Jonas", ["Jonas", "~ Jonas"])).byChat).toEqual({});
  });

  it("takes, across two chats or more, the one name that is in every one of them", () => {
    expect(infer(chat("Climbers", ["Ann", "~\u202fErin", "Bob"]), chat("Book Club", ["Cem", "Erin", "Dee"]))).toEqual({
      byChat: { climbers: ["~\u202fErin"], "book-club": ["Erin"] },
      summary: { names: ["~\u202fErin", "Erin"], how: "every-chat", contacts: [], unknownIn: [] },
    });
  });

  it("gives a chat nobody wrote in no say in which name is in every chat", () => {
    expect(infer(chat("Climbers", ["Ann", "Erin"]), chat("Book Club", ["Erin", "Cem"]), chat("Notices", [])).byChat).toEqual({ climbers: ["Erin"], "book-club": ["Erin"] });
  });

  it("leaves every chat undecided when no name, or more than one, is in every chat, and a lone group chat too", () => {
    const none = { byChat: {}, summary: { names: [], how: "unknown", contacts: [], unknownIn: [] } };
    expect(infer(chat("Climbers", ["Ann", "Bob"]), chat("Book Club", ["Cem", "Dee"]))).toEqual(none);
    expect(infer(chat("Climbers", ["Ann", "Bob", "Erin"]), chat("Book Club", ["Ann", "Erin"]))).toEqual(none);
    expect(infer(chat("Climbers", ["Ann", "Bob", "Erin"]))).toEqual(none);
  });

  it("uses the name a one-to-one chat found in a group that holds it, and says which groups it stayed unknown in", () => {
    expect(infer(chat("Jonas", ["Jonas", "Mia"]), chat("Climbers", ["Ann", "Mia", "Bob"]), chat("Book Club", ["Cem", "Dee"]))).toEqual({
      byChat: { jonas: ["Mia"], climbers: ["Mia"] },
      summary: { names: ["Mia"], how: "one-to-one", contacts: ["Jonas"], unknownIn: ["Book Club"] },
    });
  });

  it("never takes a one-to-one chat's contact as the name in every chat", () => {
    // Jonas and Mia are both in every chat, but Jonas is the contact: Mia is me everywhere.
    expect(infer(chat("Jonas", ["Jonas", "Mia"]), chat("Climbers", ["Jonas", "Mia", "Ann"])).byChat).toEqual({ jonas: ["Mia"], climbers: ["Mia"] });
  });

  it("lets one-to-one chats that disagree each keep their own name, a group the one it holds, and a group with both stay undecided", () => {
    const found = infer(
      chat("Jonas", ["Jonas", "Mia"]), chat("Lena", ["Mia K.", "Lena"]),
      chat("Climbers", ["Ann", "Mia"]), chat("Book Club", ["Mia K.", "Cem"]), chat("Family", ["Mia", "Mia K.", "Dee"]),
    );
    expect(found).toEqual({
      byChat: { jonas: ["Mia"], lena: ["Mia K."], climbers: ["Mia"], "book-club": ["Mia K."] },
      summary: { names: ["Mia", "Mia K."], how: "one-to-one", contacts: ["Jonas", "Lena"], unknownIn: ["Family"] },
    });
  });
});

describe("whoIsMe with --me", () => {
  it("takes every name given, in every chat that holds it, instead of inferring", () => {
    const warnings = new Warnings();
    const me = whoIsMe([chat("Jonas", ["Jonas", "Mia"]), chat("Climbers", ["Ann", "erin s."]), chat("Book Club", ["Erin", "Cem"])], ["Erin", "Erin S.", "Jonas"], stageContext(warnings));
    expect(Object.fromEntries(me.byChat)).toEqual({ jonas: ["Jonas"], climbers: ["erin s."], "book-club": ["Erin"] });
    expect(me.summary).toEqual({ names: ["Jonas", "erin s.", "Erin"], how: "given", contacts: [], unknownIn: [] });
    expect(warnings.list).toEqual([]);
  });

  it("warns, once a name, about a name that is nobody in any chat, listing a few of the names there are", () => {
    const warnings = new Warnings();
    const chats = [chat("Climbers", ["Ann", "Erin", "Bob", "Cem", "Dee", "Eve"]), chat("Book Club", ["Erin", "Fay"])];
    const me = whoIsMe(chats, ["Bob", "Bobby", "bobby ", "Erin"], stageContext(warnings));
    expect(me.summary.names).toEqual(["Erin", "Bob"]);
    expect(warnings.list).toEqual([{ file: "--me", code: "unknownMe", values: { name: "Bobby", names: "Erin, Ann, Bob, Cem, Dee, …" } }]);
    expect(language("en").warning(warnings.list[0]!)).toBe('"Bobby" is not the name of anyone in the exports; check the spelling (names: Erin, Ann, Bob, Cem, Dee, …)');
  });

  it("decides nothing when no name given is in the exports", () => {
    const warnings = new Warnings();
    const me = whoIsMe([chat("Jonas", ["Jonas", "Mia"])], ["Bob"], stageContext(warnings));
    expect(me.byChat.size).toBe(0);
    expect(me.summary).toEqual({ names: [], how: "given", contacts: [], unknownIn: [] });
    expect(warnings.list).toEqual([{ file: "--me", code: "unknownMe", values: { name: "Bob", names: "Jonas, Mia" } }]);
  });
});
