/**
 * Who wrote it: iOS group events written with a person as author are WhatsApp's (system, no author,
 * no marks) in every language we know the words of, a person's own markers stay theirs, an empty
 * body keeps its author, and authors are read without the spaces around them. Chats written here,
 * names and texts invented.
 */
import { describe, expect, it } from "vitest";
import { Warnings } from "../../src/model.js";
import { parseChat } from "../../src/parse/index.js";

const LRM = "\u200e";
const NNBSP = "\u202f";
/** A phone number as iOS writes it for a person not in the contacts: isolates around, no-break spaces inside. */
const PHONE = "\u202a+27\u00a082\u00a0555\u00a00199\u202c";

function parse(lines: readonly string[], title = "Braai Club") {
  const warnings = new Warnings();
  const chat = parseChat(lines.join("\r\n"), { source: "test.txt", title }, warnings);
  expect(warnings.list).toEqual([]);
  return { ...chat, said: chat.messages.map((m) => [m.author, m.system, m.text] as const) };
}

describe("iOS group events with a person as author", () => {
  it("reads English events about anyone as system messages without their marks", () => {
    const { said, participants } = parse([
      "[23/05/24, 18:01:02] Pieter: Welcome all",
      `[23/05/24, 18:02:11] ~${NNBSP}Thandi: ${LRM}Pieter added ~${NNBSP}Thandi`,
      `[23/05/24, 18:02:40] ~${NNBSP}Thandi: Thanks!`,
      `[23/05/24, 18:03:00] Lerato: ${LRM}Sam added Lerato`,
      `[23/05/24, 18:04:00] ${PHONE}: ${LRM}${PHONE} joined using this group's invite link`,
      `[23/05/24, 18:05:00] ${PHONE}: ${LRM}${PHONE} changed their phone number to a new number. ${LRM}Tap to message or add the new number.`,
      `[23/05/24, 18:06:00] Pieter: ${LRM}Pieter turned on disappearing messages. All new messages will disappear from this chat 7 days after they're sent.`,
      `[23/05/24, 18:07:00] Pieter: ${LRM}Your security code with Lerato changed. ${LRM}Tap to learn more.`,
      `[23/05/24, 18:08:00] Pieter: ${LRM}You removed Sam`,
    ]);
    expect(said).toEqual([
      ["Pieter", false, "Welcome all"],
      [null, true, `Pieter added ~${NNBSP}Thandi`],
      ["Thandi", false, "Thanks!"],
      [null, true, "Sam added Lerato"],
      [null, true, "+27\u00a082\u00a0555\u00a00199 joined using this group's invite link"],
      [null, true, "+27\u00a082\u00a0555\u00a00199 changed their phone number to a new number. Tap to message or add the new number."],
      [null, true, "Pieter turned on disappearing messages. All new messages will disappear from this chat 7 days after they're sent."],
      [null, true, "Your security code with Lerato changed. Tap to learn more."],
      [null, true, "You removed Sam"],
    ]);
    // Lerato and the phone number only appear in events: they wrote nothing, so they are no participants.
    expect(participants).toEqual(["Pieter", "Thandi"]);
  });

  it("reads German events, by a name the chat knows or in WhatsApp's German words, as system messages", () => {
    const { said, participants } = parse([
      "[23.05.24, 18:01:02] Jonas: Hallo zusammen",
      `[23.05.24, 18:02:00] Mia: ${LRM}Jonas hat Mia hinzugefügt.`,
      `[23.05.24, 18:03:00] Mia: ${LRM}Anke hat Mia entfernt.`,
      `[23.05.24, 18:04:00] Jonas: ${LRM}Du hast Ole hinzugefügt.`,
      `[23.05.24, 18:05:00] Jonas: ${LRM}Ole hat die Gruppe „Wandern“ erstellt.`,
    ], "Wandern");
    expect(said).toEqual([
      ["Jonas", false, "Hallo zusammen"],
      [null, true, "Jonas hat Mia hinzugefügt."],
      [null, true, "Anke hat Mia entfernt."],
      [null, true, "Du hast Ole hinzugefügt."],
      [null, true, "Ole hat die Gruppe „Wandern“ erstellt."],
    ]);
    expect(participants).toEqual(["Jonas"]);
  });

  it("reads events in Dutch, French, Spanish and Portuguese, about people who never write, as system messages", () => {
    const { said } = parse([
      "[23/05/24, 18:01:02] Noor: Hoi",
      `[23/05/24, 18:02:00] Noor: ${LRM}Daan heeft de groep verlaten`,
      `[23/05/24, 18:03:00] Noor: ${LRM}Camille vous a ajouté`,
      `[23/05/24, 18:04:00] Noor: ${LRM}Lucía te añadió`,
      `[23/05/24, 18:05:00] Noor: ${LRM}Tiago saiu do grupo`,
      `[23/05/24, 18:06:00] Noor: ${LRM}U hebt dit bericht verwijderd.`,
    ]);
    expect(said).toEqual([
      ["Noor", false, "Hoi"],
      [null, true, "Daan heeft de groep verlaten"],
      [null, true, "Camille vous a ajouté"],
      [null, true, "Lucía te añadió"],
      [null, true, "Tiago saiu do grupo"],
      // A Dutch marker, not an event: Noor deleted her message.
      ["Noor", false, ""],
    ]);
  });

  it("leaves a person's own markers theirs, and a mark before words no table knows", () => {
    const { said } = parse([
      "[23/05/24, 18:01:02] Pieter: Photos from Saturday",
      `[23/05/24, 18:02:00] Pieter: ${LRM}image omitted`,
      `[23/05/24, 18:03:00] Pieter: ${LRM}This message was deleted.`,
      `[23/05/24, 18:04:00] Pieter: ${LRM}<attached: 00000004-PHOTO-2024-05-23-18-04-00.jpg>`,
      `[23/05/24, 18:05:00] Pieter: ${LRM}Waiting for this message. This may take a while.`,
    ]);
    expect(said.map(([author, system]) => [author, system])).toEqual(Array(5).fill(["Pieter", false]));
    expect(said[4]![2]).toBe("Waiting for this message. This may take a while.");
  });

  it("keeps a text a person typed that starts with a name, with no mark before it", () => {
    const { said } = parse(["[23/05/24, 18:01:02] Pieter: Lerato added the braai times to the doc"]);
    expect(said).toEqual([["Pieter", false, "Lerato added the braai times to the doc"]]);
  });
});

describe("messages with an empty body", () => {
  it("keep their author on iOS, whether the line ends at the colon or after its space", () => {
    const { said, participants } = parse([
      `[4/22/25, 6:15:09${NNBSP}PM] ~${NNBSP}Sipho:`,
      `[4/22/25, 6:15:10${NNBSP}PM] ~${NNBSP}Sipho: ${LRM}<attached: 00000012-PHOTO-2025-04-22-18-15-10.jpg>`,
      `[4/22/25, 6:16:00${NNBSP}PM] Naledi: `,
      `[4/22/25, 6:16:30${NNBSP}PM] Naledi: Lovely`,
    ]);
    expect(said).toEqual([["Sipho", false, ""], ["Sipho", false, ""], ["Naledi", false, ""], ["Naledi", false, "Lovely"]]);
    expect(participants).toEqual(["Sipho", "Naledi"]);
  });

  it("keep their author on Android", () => {
    const warnings = new Warnings();
    const chat = parseChat(["2/4/25, 6:15 PM - Sipho: ", "2/4/25, 6:15 PM - Sipho:", "2/4/25, 6:16 PM - Sipho: Sorry, sent too soon"].join("\n"),
      { source: "test.txt" }, warnings);
    expect(chat.messages.map((m) => [m.author, m.system, m.text])).toEqual([
      ["Sipho", false, ""], ["Sipho", false, ""], ["Sipho", false, "Sorry, sent too soon"],
    ]);
  });

  it("give a line ending in a colon no author the file does not know from elsewhere", () => {
    const warnings = new Warnings();
    const chat = parseChat(["2/4/25, 6:15 PM - Sipho: Hi", "2/4/25, 6:16 PM - Naledi changed the group description to:"].join("\n"),
      { source: "test.txt" }, warnings);
    expect(chat.messages.map((m) => [m.author, m.system, m.text])).toEqual([
      ["Sipho", false, "Hi"], [null, true, "Naledi changed the group description to:"],
    ]);
  });
});

describe("authors", () => {
  it("are read without the spaces around them, plain or no-break", () => {
    const { said, participants } = parse([
      "[23/05/24, 18:01:02] AP : Morning",
      "[23/05/24, 18:02:00] AP: Coffee?",
      `[23/05/24, 18:03:00] ~${NNBSP}Lerato\u00a0: Yes`,
      `[23/05/24, 18:04:00] Lerato${NNBSP}: Two please`,
    ]);
    expect(said).toEqual([["AP", false, "Morning"], ["AP", false, "Coffee?"], ["Lerato", false, "Yes"], ["Lerato", false, "Two please"]]);
    expect(participants).toEqual(["AP", "Lerato"]);
  });
});
