import { describe, expect, it } from "vitest";
import { language } from "../../src/i18n/index.js";
import { UserError, Warnings } from "../../src/model.js";
import { parseChat } from "../../src/parse/index.js";

const parse = (text: string, title?: string) => {
  const warnings = new Warnings();
  const chat = parseChat(text, { source: "chat.txt", title }, warnings);
  return { ...chat, warnings: warnings.list };
};

describe("parseChat", () => {
  it("refuses a text that is no export, naming the file", () => {
    const diary = () => parseChat("Dear diary,\ntoday nothing happened.\n", { source: "diary.txt" }, new Warnings());
    expect(diary).toThrowError(UserError);
    expect(diary).toThrowError(expect.objectContaining({
      message: "diary.txt: not a WhatsApp chat export (no line starts with a date and time as WhatsApp writes them)",
      notice: { code: "noDateTime" },
    }));
  });

  it("keeps blank lines and header-like lines inside a message", () => {
    const { messages } = parse("15/01/2023, 21:04 - Ann: first\n\n2016-04-29 10:30:00 is a date\n[2,4,0,4,11]\n16/01/2023, 08:00 - Bob: hi\n");
    expect(messages.map((m) => m.text)).toEqual(["first\n\n2016-04-29 10:30:00 is a date\n[2,4,0,4,11]", "hi"]);
    expect(messages.map((m) => m.line)).toEqual([1, 5]);
  });

  it("reports text before the first message word for word", () => {
    const { messages, warnings } = parse("Chat export\n15/01/2023, 21:04 - Ann: hi\n");
    expect(messages).toHaveLength(1);
    expect(warnings).toEqual([{ file: "chat.txt", line: 1, code: "textBefore", values: { text: "Chat export" } }]);
    expect(language("en").warning(warnings[0]!)).toBe("text before the first message, kept only here: Chat export");
  });

  it("tells a system text with a colon from a message", () => {
    const { messages, participants } = parse(
      '15/01/2023, 21:04 - Ann: hi\n15/01/2023, 21:05 - Ann changed the subject from "a: b" to "c"\n15/01/2023, 21:06 - Ann: ok\n',
    );
    expect(messages[1]).toMatchObject({ author: null, system: true, text: 'Ann changed the subject from "a: b" to "c"' });
    expect(participants).toEqual(["Ann"]);
  });

  it("reads an author followed by a colon and no space", () => {
    const { messages } = parse("15/01/2023, 21:04 - Ann: hi\n15/01/2023, 21:05 - Ann:.\n");
    expect(messages[1]).toMatchObject({ author: "Ann", system: false, text: "." });
  });

  it("takes iOS texts carrying the chat's name with a mark before them as system messages", () => {
    const text = "[15/01/2023, 21:04:00] Hikers: \u200eMessages and calls are end-to-end encrypted.\r\n" +
      "[15/01/2023, 21:04:01] Hikers: \u200eAnn added Bob\r\n[15/01/2023, 21:05:00] Ann: hi\r\n";
    const { messages, participants } = parse(text, "Hikers");
    expect(messages.map((m) => [m.author, m.system, m.text])).toEqual([
      [null, true, "Messages and calls are end-to-end encrypted."],
      [null, true, "Ann added Bob"],
      ["Ann", false, "hi"],
    ]);
    expect(participants).toEqual(["Ann"]);
  });

  it("strips the tilde iOS puts before people who are not contacts", () => {
    const { messages } = parse("[15/01/2023, 21:04:00] ~\u202fErin: hi\r\n");
    expect(messages[0]!.author).toBe("Erin");
  });

  it("does not start a line at U+2028, which is no line break in an export", () => {
    const { messages } = parse("15/01/2023, 21:04 - Ann: a\u202815/01/2023, 21:05 - Bob: b\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toBe("a\u202815/01/2023, 21:05 - Bob: b");
  });

  it("reads old Mac line endings", () => {
    const { messages } = parse("15/01/2023, 21:04 - Ann: a\rmore\r16/01/2023, 21:05 - Bob: b");
    expect(messages.map((m) => [m.text, m.line])).toEqual([["a\nmore", 1], ["b", 3]]);
  });

  it("warns when nothing shows which number is the day", () => {
    const { dateOrder, warnings } = parse("05/06/2023, 21:04 - Ann: hi\n");
    expect(dateOrder).toBe("dmy");
    expect(warnings.map((w) => language("en").warning(w))).toEqual([
      "no date shows which number is the day; read as day/month/year (set --date-order to change it)",
    ]);
  });

  it("follows --date-order over the inference", () => {
    const warnings = new Warnings();
    const chat = parseChat("05/06/2023, 21:04 - Ann: hi\n", { source: "chat.txt", dateOrder: "mdy" }, warnings);
    expect(chat.messages[0]!.timestamp).toBe("2023-05-06T21:04:00");
    expect(warnings.list).toEqual([]);
  });

  it("reads a poll", () => {
    const { messages } = parse("[20/06/2019, 16:30:44] Lo: POLL:\r\nWhen?\r\nOPTION: Thursday (2 votes)\r\nOPTION: Friday (1 vote)\r\n");
    expect(messages[0]).toMatchObject({
      text: "",
      poll: { question: "When?", options: [{ text: "Thursday", votes: 2 }, { text: "Friday", votes: 1 }] },
    });
  });
});
