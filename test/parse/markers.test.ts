/**
 * WhatsApp's markers as real exports write them (docs/export-format.md#special-bodies): localized polls
 * with their marks, admin deletions naming the admin, video notes, voice chats and Android's
 * three-line venues, in exports of our own (test/fixtures/*-markers.txt, names and texts invented).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { language } from "../../src/i18n/index.js";
import { Warnings } from "../../src/model.js";
import { parseChat } from "../../src/parse/index.js";

const parseFixture = (file: string) => {
  const text = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), "utf8");
  const warnings = new Warnings();
  return { ...parseChat(text, { source: file }, warnings), warnings: warnings.list };
};
const parse = (text: string) => parseChat(text, { source: "chat.txt" }, new Warnings());

describe("an iOS export in German", () => {
  const chat = parseFixture("ios-de-markers.txt");
  const at = (line: number) => chat.messages.find((m) => m.line === line)!;

  it("reads a poll whose words and units are German, with marks, no-break spaces and a question over two lines", () => {
    expect(at(2)).toMatchObject({
      author: "Mia Hoffmann", text: "",
      poll: {
        question: "Wann grillen wir?\nBitte bis Freitag abstimmen",
        options: [{ text: "Samstag", votes: 3 }, { text: "Sonntag (Abend)", votes: 1 }, { text: "Gar nicht", votes: 0 }],
      },
    });
  });

  it("reads an admin's deletion as deleted, keeping the sentence that names the admin", () => {
    expect(at(9)).toMatchObject({ author: "Lea Brandt", deleted: true, text: "Diese Nachricht wurde von Admin Mia Hoffmann gelöscht." });
  });

  it("reads an omitted video note as an omitted video", () => {
    expect(at(10)).toMatchObject({ text: "", mediaOmitted: true, omittedKind: "video" });
  });

  it("reads a voice chat as a call of its own kind, its details as the text", () => {
    expect(at(11)).toMatchObject({ call: "voice-chat", text: "2 Sek. • 1 beigetreten", deleted: false });
    expect(at(12)).toMatchObject({ text: "Sprachchat ist mir zu laut" });
    expect(at(12).call).toBeUndefined();
  });

  it("keeps a poll whose option lines are not WhatsApp's as text, line for line", () => {
    expect(at(13).poll).toBeUndefined();
    expect(at(13).text).toBe("UMFRAGE:\nWer bringt Kohle mit?\nOPTION: niemand, wir haben Gas");
  });

  it("is German, and reports nothing", () => {
    expect(chat.lang).toBe("de");
    expect(chat.warnings).toEqual([]);
  });
});

describe("an Android export in Spanish", () => {
  const chat = parseFixture("android-es-markers.txt");
  const at = (line: number) => chat.messages.find((m) => m.line === line)!;

  it("reads a poll whose counts follow a mark inside the parenthesis", () => {
    expect(at(2).poll).toEqual({ question: "¿Cenamos el viernes?", options: [{ text: "sí", votes: 4 }, { text: "no", votes: 1 }] });
  });

  it("reads a venue over three lines, with or without the word for location, as a named location", () => {
    const venue = { text: "", location: { name: "Parque del Oeste (Paseo de Moret 2, Madrid)", url: "https://maps.google.com/?q=40.4301,-3.7202" } };
    expect(at(6)).toMatchObject(venue);
    expect(at(9)).toMatchObject({ text: "", location: { name: "Café Lunar (Calle Luna 12, Madrid)", url: "https://maps.google.com/?q=40.4230,-3.7070" } });
  });

  it("keeps three lines ending in a link that is no map's as text", () => {
    expect(at(12)).toMatchObject({ text: "Quedamos aquí\nantes de cenar\nhttps://example.com/mapa" });
    expect(at(12).location).toBeUndefined();
  });

  it("is Spanish", () => {
    expect(chat.lang).toBe("es");
  });
});

describe("an iOS export in English", () => {
  const chat = parseFixture("ios-en-markers.txt");
  const at = (line: number) => chat.messages.find((m) => m.line === line)!;

  it("reads the poll, the admin's deletion, the video note and the voice chat", () => {
    expect(at(2).poll).toEqual({ question: "Next book?", options: [{ text: "The Long Walk", votes: 2 }, { text: "Tides", votes: 1 }] });
    expect(at(6)).toMatchObject({ deleted: true, text: "This message was deleted by admin Zanele Dube." });
    expect(at(7)).toMatchObject({ mediaOmitted: true, omittedKind: "video" });
    expect(at(8)).toMatchObject({ call: "voice-chat", text: "" });
  });

  it("keeps a message that starts with the words for a voice chat as text", () => {
    expect(at(9)).toMatchObject({ text: "Voice chat next week?" });
    expect(at(9).call).toBeUndefined();
  });

  it("is English", () => {
    expect(chat.lang).toBe("en");
  });
});

describe("markers with a part of their own", () => {
  it("reads Android's admin deletions, without marks, as deleted", () => {
    const { messages } = parse([
      "16/03/2024, 18:38 - Ana: This message was deleted by admin Bo Li",
      "16/03/2024, 18:39 - Ana: Mensagem apagada por um admin",
      "16/03/2024, 18:40 - Ana: This message was deleted by admin",
    ].join("\n"));
    expect(messages.map((m) => [m.deleted, m.text])).toEqual([
      [true, "This message was deleted by admin Bo Li"],
      [true, ""],
      // No name: not WhatsApp's sentence, so the words stay text.
      [false, "This message was deleted by admin"],
    ]);
  });

  it("counts polls towards the export's language", () => {
    const poll = (n: number) => `16/03/2024, 18:3${n} - Eva: PEILING:\nPizza?\nOPTIE: ja (${n} stemmen)\nOPTIE: nee (0 stemmen)`;
    const chat = parse([poll(1), poll(2), "16/03/2024, 18:39 - Eva: <Media omitted>"].join("\n"));
    expect(chat.messages.map((m) => m.poll?.options[0]?.votes)).toEqual([1, 2, undefined]);
    expect(chat.lang).toBe("nl");
  });

  it("labels a voice chat in every catalog", () => {
    for (const code of ["en", "de", "nl", "fr", "es", "pt", "af", "ar"]) {
      expect(language(code).t("message.callVoiceChat")).not.toBe("");
    }
  });
});
