/**
 * Header lines as real exports write them beyond the common shapes (FORMAT.md §11): copied messages
 * pasted into a message, `\r\r\n` line ends, dates with month words, the semicolon form, and
 * Solar Hijri dates. Names and texts are invented.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Warnings } from "../../src/model.js";
import { solarHijriToGregorian } from "../../src/parse/dates.js";
import { parseChat } from "../../src/parse/index.js";

const parse = (text: string) => {
  const warnings = new Warnings();
  const chat = parseChat(text, { source: "chat.txt" }, warnings);
  return { ...chat, warnings: warnings.list };
};
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const rows = (text: string) => parse(text).messages.map((m) => [m.timestamp, m.author, m.text]);
const NNBSP = "\u202f";

describe("a copied message pasted into a message", () => {
  // Each case: an export of one shape, with lines of other shapes pasted into its second message.
  const cases: { name: string; text: string; pasted: string; timestamps: string[] }[] = [
    {
      name: "iOS 24h: a copy without seconds, with and without an author",
      text: "[13/01/2023, 21:04:10] Ann: hi\r\n[14/01/2023, 08:00:05] Bob: look what you wrote:\r\n" +
        "[02/11/2019, 10:00] Ann: the old plan\r\n[02/11/2019, 10:01] meet at noon\r\n[15/01/2023, 09:00:00] Ann: ha\r\n",
      pasted: "look what you wrote:\n[02/11/2019, 10:00] Ann: the old plan\n[02/11/2019, 10:01] meet at noon",
      timestamps: ["2023-01-13T21:04:10", "2023-01-14T08:00:05", "2023-01-15T09:00:00"],
    },
    {
      name: "iOS 12h: a copy without seconds",
      text: `[1/13/23, 9:04:10${NNBSP}PM] Ann: hi\r\n[1/14/23, 8:00:05${NNBSP}AM] Bob: you said\r\n` +
        `[2/11/19, 10:00${NNBSP}AM] Ann: see you\r\n[1/15/23, 9:00:00${NNBSP}AM] Ann: ha\r\n`,
      pasted: `you said\n[2/11/19, 10:00${NNBSP}AM] Ann: see you`,
      timestamps: ["2023-01-13T21:04:10", "2023-01-14T08:00:05", "2023-01-15T09:00:00"],
    },
    {
      name: "Android 24h: a bracketed copy, and one of another year with dots",
      text: "13/01/2023, 21:04 - Ann: hi\n14/01/2023, 08:00 - Bob: forwarded:\n[02/11/2019, 10:00] Ann: the old plan\n" +
        "02.11.2019, 10:01 - Ann: meet at noon\n[02/11/2019, 10:02] no author here\n15/01/2023, 09:00 - Ann: ha\n",
      pasted: "forwarded:\n[02/11/2019, 10:00] Ann: the old plan\n02.11.2019, 10:01 - Ann: meet at noon\n[02/11/2019, 10:02] no author here",
      timestamps: ["2023-01-13T21:04:00", "2023-01-14T08:00:00", "2023-01-15T09:00:00"],
    },
    {
      name: "Android 12h: a 24h copy and an iOS line with seconds",
      text: `1/13/23, 9:04${NNBSP}PM - Ann: hi\n1/14/23, 8:00${NNBSP}AM - Bob: from the other group\n` +
        "11/2/19, 22:00 - Ann: late\n[11/2/19, 10:00:00 PM] Ann: later\n1/15/23, 9:00" + NNBSP + "AM - Ann: ha\n",
      pasted: "from the other group\n11/2/19, 22:00 - Ann: late\n[11/2/19, 10:00:00 PM] Ann: later",
      timestamps: ["2023-01-13T21:04:00", "2023-01-14T08:00:00", "2023-01-15T09:00:00"],
    },
    {
      name: "Android year first: a copy written day first",
      text: "2023/01/13, 21:04 - Ann: hi\n2023/01/14, 08:00 - Bob: forwarded\n02/11/2019, 10:00 - Ann: old\n2023/01/15, 09:00 - Ann: ha\n",
      pasted: "forwarded\n02/11/2019, 10:00 - Ann: old",
      timestamps: ["2023-01-13T21:04:00", "2023-01-14T08:00:00", "2023-01-15T09:00:00"],
    },
  ];
  for (const { name, text, pasted, timestamps } of cases) {
    it(`keeps it as text (${name})`, () => {
      const { messages, warnings } = parse(text);
      expect(messages.map((m) => m.timestamp)).toEqual(timestamps);
      expect(messages[1]).toMatchObject({ author: "Bob", text: pasted });
      // No date-order guess, no bad date, nothing reported.
      expect(warnings).toEqual([]);
    });
  }

  it("reads a 12-hour file whose first headers are all before noon", () => {
    const text = `1/5/23, 9:04${NNBSP}AM - Ann: morning\n1/5/23, 9:05${NNBSP}AM - Bob: hi\n[1/5/23, 09:06] Ann: pasted\n` +
      `1/5/23, 9:30${NNBSP}PM - Ann: night\n`;
    const chat = parse(text);
    expect(chat.clock).toBe("12h");
    expect(chat.messages.map((m) => [m.timestamp, m.text])).toEqual([
      ["2023-01-05T09:04:00", "morning"],
      ["2023-01-05T09:05:00", "hi\n[1/5/23, 09:06] Ann: pasted"],
      ["2023-01-05T21:30:00", "night"],
    ]);
  });

  it("reports lines before the first header of the file's shape, and keeps the rest as text", () => {
    const { messages, warnings } = parse("[05.05.23, 15:48:11] Ann: pasted first\n13/01/2023, 21:04 - Ann: hi\n" +
      "[05.05.23, 15:49:00] Bob: pasted later\n14/01/2023, 08:00 - Bob: ok\n14/01/2023, 08:01 - Ann: fine\n");
    expect(messages.map((m) => m.text)).toEqual(["hi\n[05.05.23, 15:49:00] Bob: pasted later", "ok", "fine"]);
    expect(warnings).toEqual([{ file: "chat.txt", line: 1, code: "textBefore", values: { text: "[05.05.23, 15:48:11] Ann: pasted first" } }]);
  });
});

describe("\\r\\r\\n line ends (old iOS)", () => {
  it("leave no \\r in first lines, continuation lines or system messages", () => {
    const { messages, warnings } = parse(fixture("ios-crcrlf.txt"));
    expect(messages.map((m) => [m.timestamp, m.author, m.text, m.system])).toEqual([
      ["2016-02-03T19:01:05", "Lotte", "Zin in morgen?", false],
      ["2016-02-03T19:02:11", null, "Daan changed the subject to “Fietstocht”", true],
      ["2016-02-03T19:03:40", "Daan", "Ja!\nIk neem de kaart mee\n\nen koffie", false],
      ["2016-02-04T08:15:00", "Lotte", "Tot straks", false],
    ]);
    expect(messages.map((m) => m.line)).toEqual([1, 2, 3, 7]);
    expect(warnings).toEqual([]);
  });

  it("number the lines before the first message as a reader counts them", () => {
    const { warnings } = parse("Chat\r\r\nexport\r\r\n[13/02/2016, 19:01:05] Lotte: hi\r\r\n");
    expect(warnings.map((w) => [w.line, w.values])).toEqual([[1, { text: "Chat" }], [2, { text: "export" }]]);
  });
});

describe("dates with month words", () => {
  const cases: { language: string; text: string; iso: string }[] = [
    { language: "en", text: "20 Aug 2022, 14:05 - Anna: hi\n21 Aug 2022, 09:00 - Ben: yo\n", iso: "2022-08-20T14:05:00" },
    { language: "en (iOS, long)", text: "[20 August 2022, 14:05:09] Anna: hi\r\n[21 August 2022, 09:00:00] Ben: yo\r\n", iso: "2022-08-20T14:05:09" },
    { language: "en-US", text: `Aug 20, 2022, 2:05${NNBSP}PM - Anna: hi\nAug 21, 2022, 9:00${NNBSP}AM - Ben: yo\n`, iso: "2022-08-20T14:05:00" },
    { language: "de", text: "20. Aug. 2022, 14:05 - Anna: hi\n21. Aug. 2022, 09:00 - Ben: yo\n", iso: "2022-08-20T14:05:00" },
    { language: "de (long)", text: "[20. März 2022, 14:05:09] Anna: hi\r\n[21. März 2022, 09:00:00] Ben: yo\r\n", iso: "2022-03-20T14:05:09" },
    { language: "fr", text: "20 août 2022 à 14:05 - Anna: salut\n21 août 2022 à 09:00 - Ben: yo\n", iso: "2022-08-20T14:05:00" },
    { language: "fr (short)", text: "20 févr. 2022 14:05 - Anna: salut\n21 févr. 2022 09:00 - Ben: yo\n", iso: "2022-02-20T14:05:00" },
    { language: "es", text: "20 ago 2022, 14:05 - Ana: hola\n21 ago 2022, 09:00 - Beto: hey\n", iso: "2022-08-20T14:05:00" },
    { language: "es (de)", text: "[20 de agosto de 2022, 14:05:09] Ana: hola\r\n[21 de agosto de 2022, 9:00:00] Beto: hey\r\n", iso: "2022-08-20T14:05:09" },
    { language: "nl", text: "20 mrt 2022 14:05 - Anna: hoi\n21 mrt 2022 09:00 - Bram: hé\n", iso: "2022-03-20T14:05:00" },
    { language: "af", text: "20 Okt. 2022, 14:05 - Anna: hallo\n21 Okt. 2022, 09:00 - Ben: goed\n", iso: "2022-10-20T14:05:00" },
    { language: "pt", text: "20 de out. de 2022 14:05 - Ana: oi\n21 de out. de 2022 09:00 - Bia: olá\n", iso: "2022-10-20T14:05:00" },
  ];
  for (const { language, text, iso } of cases) {
    it(`reads the month from its word (${language}), with no order to guess`, () => {
      const { messages, warnings } = parse(text);
      expect(messages).toHaveLength(2);
      expect(messages[0]!.timestamp).toBe(iso);
      expect(messages[1]!.timestamp.slice(0, 10)).toBe(`${iso.slice(0, 8)}21`);
      expect(warnings).toEqual([]);
    });
  }

  it("takes a two-digit year as this century and keeps numeric lines as text", () => {
    expect(rows("5 Jan 23, 14:05 - Anna: hi\n05/01/2023, 14:06 - Anna: pasted\n6 Jan 23, 09:00 - Ben: yo\n")).toEqual([
      ["2023-01-05T14:05:00", "Anna", "hi\n05/01/2023, 14:06 - Anna: pasted"],
      ["2023-01-06T09:00:00", "Ben", "yo"],
    ]);
  });
});

describe("the semicolon form", () => {
  it("reads date - time; then the author as usual", () => {
    const chat = parse("12.07.2017 - 22:35:22; Jana: Hallo: alles gut?\n13.07.2017 - 08:01:00; Tom Berg: ja\nund du?\n");
    expect(chat.platform).toBe("android");
    expect(chat.messages.map((m) => [m.timestamp, m.author, m.text])).toEqual([
      ["2017-07-12T22:35:22", "Jana", "Hallo: alles gut?"],
      ["2017-07-13T08:01:00", "Tom Berg", "ja\nund du?"],
    ]);
  });
});

describe("Solar Hijri dates", () => {
  it("are converted to Gregorian (Persian digits, year first)", () => {
    const { messages, warnings } = parse(fixture("android-fa-solar-hijri.txt"));
    expect(messages.map((m) => [m.timestamp, m.author])).toEqual([
      ["2023-01-15T21:04:00", "سارا"],
      ["2023-01-15T21:05:00", "رضا"],
      ["2023-03-20T08:00:00", "سارا"],
      ["2023-03-21T00:01:00", "رضا"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("are converted with Latin digits and the year last", () => {
    expect(rows("25/10/1401, 21:04 - Sara: salam\n26/10/1401, 08:00 - Reza: salam\n")).toEqual([
      ["2023-01-15T21:04:00", "Sara", "salam"],
      ["2023-01-16T08:00:00", "Reza", "salam"],
    ]);
  });

  it("convert every day of 1388–1412 as ICU's Persian calendar shows it", () => {
    const persian = new Intl.DateTimeFormat("en-u-ca-persian", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
    const wrong: string[] = [];
    let days = 0;
    for (let t = Date.UTC(2009, 2, 21); t < Date.UTC(2034, 2, 21); t += 86_400_000, days++) {
      const part = (type: string) => Number(persian.formatToParts(t).find((p) => p.type === type)!.value);
      const iso = new Date(t).toISOString().slice(0, 10);
      if (solarHijriToGregorian(part("year"), part("month"), part("day")) !== iso) wrong.push(iso);
    }
    expect(days).toBeGreaterThan(9000);
    expect(wrong).toEqual([]);
  });

  it("refuse a day the month does not have", () => {
    expect(solarHijriToGregorian(1401, 7, 31)).toBeNull();
    // 1403 is a leap year, 1401 not: Esfand has 30 days only in the first.
    expect(solarHijriToGregorian(1403, 12, 30)).toBe("2025-03-20");
    expect(solarHijriToGregorian(1401, 12, 30)).toBeNull();
  });
});
