/**
 * The language of an export, read from WhatsApp's own words only (src/parse/language.ts): for every
 * language of markers.ts an export written with its words, in the shape of the platform(s) that
 * write them, and exports where people's words must not count.
 */
import { describe, expect, it } from "vitest";
import { Warnings } from "../../src/model.js";
import { parseChat } from "../../src/parse/index.js";
import { MARKERS, type LocaleMarkers } from "../../src/parse/markers.js";

const LRM = "\u200e";
const PHOTO = "00000005-PHOTO-2023-01-15-21-07-45.jpg";
const MAP = "https://maps.google.com/?q=-33.9249,18.4241";

type Platform = "ios" | "android";

/** A chat text of one message per body, headed as the platform writes headers. */
function exportOf(platform: Platform, bodies: readonly (readonly [author: string | null, body: string])[]): string {
  return bodies.map(([author, body], i) => {
    const minute = String(i % 60).padStart(2, "0");
    if (platform === "android") return `15/01/2023, 21:${minute} - ${author === null ? "" : `${author}: `}${body}\n`;
    // iOS writes its notices with the chat's name as author, and a mark before its own words.
    return `${body.startsWith(LRM) ? LRM : ""}[15/01/2023, 21:${minute}:05] ${author ?? "Family"}: ${body}\r\n`;
  }).join("");
}

/** Every marker word of one language, written where and as the platform writes it. */
function markerBodies(m: LocaleMarkers, platform: Platform): string[] {
  const ios = platform === "ios";
  const mark = ios ? LRM : "";
  const bodies: string[] = [];
  const whole = (words: readonly string[] | undefined): void => {
    for (const w of words ?? []) bodies.push(`${mark}${w}`);
  };
  if (ios) {
    for (const words of Object.values(m.omitted ?? {})) whole(words);
    for (const w of m.attached ?? []) bodies.push(`${LRM}<${w}: ${PHOTO}>`);
    for (const w of m.attachedSuffix ?? []) bodies.push(`${LRM}<${PHOTO} ${w}>`);
    whole(m.voiceCall);
    whole(m.videoCall);
  } else {
    for (const w of m.mediaOmitted ?? []) bodies.push(`<${w}>`);
    for (const w of m.fileAttached ?? []) bodies.push(`IMG-20230115-WA0001.jpg (${w})`);
  }
  whole(m.deleted);
  whole(m.liveLocation);
  whole(m.missedVoiceCall);
  whole(m.missedVideoCall);
  for (const w of m.edited ?? []) bodies.push(`See you at seven ${mark}<${w}>`);
  for (const w of m.location ?? []) bodies.push(`${mark}${w}: ${MAP}`);
  return bodies;
}

const parse = (text: string, title?: string) => parseChat(text, { source: "chat.txt", title }, new Warnings());

/** Which platforms write a language's markers: iOS names each omitted kind, Android has its own placeholders. */
function platformsOf(m: LocaleMarkers): Platform[] {
  const platforms: Platform[] = [];
  if (m.omitted || m.attached || m.attachedSuffix) platforms.push("ios");
  if (m.mediaOmitted || m.fileAttached) platforms.push("android");
  return platforms;
}

/**
 * Exports whose every marker word another variant of the language writes alike: the words cannot
 * tell them apart, so the language is what the variants share. Hong Kong's and Taiwan's Android
 * words are the same Traditional Chinese.
 */
const SHARED_WORDS: Readonly<Record<string, string>> = {
  "zh-HK android": "zh-Hant",
  "zh-TW android": "zh-Hant",
};

describe("the language of an export", () => {
  describe("is the language of WhatsApp's marker words", () => {
    for (const [code, markers] of Object.entries(MARKERS)) {
      for (const platform of platformsOf(markers)) {
        const expected = SHARED_WORDS[`${code} ${platform}`] ?? code;
        it(`${code}, ${platform}${expected === code ? "" : ` (words shared with a sibling variant: ${expected})`}`, () => {
          const bodies = markerBodies(markers, platform);
          const chat = parse(exportOf(platform, [["Ann", "hello"], ...bodies.map((b) => ["Ann", b] as const)]));
          // Every marker was read as one: what people wrote is all that is left as text.
          expect(chat.messages.slice(1).map((m) => m.text).filter((t) => t !== "" && t !== "See you at seven")).toEqual([]);
          expect(chat.lang).toBe(expected);
        });
      }
    }
  });

  describe("is the language of WhatsApp's encryption notice", () => {
    for (const [code, markers] of Object.entries(MARKERS)) {
      const notice = markers.encryption?.[0];
      if (notice === undefined) continue;
      it(`${code}, on iOS (the chat's name as author) and on Android (a system line)`, () => {
        const people = [["Ann", "hello"], ["Bob", "hi"]] as const;
        expect(parse(exportOf("ios", [[null, `${LRM}${notice} …`], ...people]), "Family").lang).toBe(code);
        expect(parse(exportOf("android", [[null, `${notice} …`], ...people])).lang).toBe(code);
      });
    }
  });

  it("is absent when WhatsApp wrote no word of its own", () => {
    const chat = parse(exportOf("android", [["Ann", "Goeienaand almal!"], ["Bob", "Hallo, hoe gaan dit?"], ["Ann", "null"]]));
    expect(chat.lang).toBeUndefined();
    expect("lang" in chat).toBe(false);
  });

  it("does not count marker words that people write inside their sentences", () => {
    const chat = parse(exportOf("android", [
      ["Ann", "Diese Nachricht wurde gelöscht, stand da bei mir"],
      ["Bob", "I only saw <Media omitted> in the export"],
      ["Ann", "location: see the map I sent"],
      ["Bob", "Messages and calls are end-to-end encrypted. Is that true?"],
      ["Ann", "Hierdie boodskap was uitgevee"],
    ]));
    // The last message is a marker (a whole body is one); the sentences around the others are not.
    expect(chat.messages.map((m) => m.deleted)).toEqual([false, false, false, false, true]);
    expect(chat.lang).toBe("af");
  });

  it("does not take a person quoting the encryption notice for WhatsApp", () => {
    const chat = parse(exportOf("ios", [["Ann", "Messages and calls are end-to-end encrypted."], ["Bob", `${LRM}Bild weggelassen`]]), "Family");
    expect(chat.messages[0]).toMatchObject({ author: "Ann", system: false });
    expect(chat.lang).toBe("de");
  });

  it("is the language most messages were recognised in", () => {
    const chat = parse(exportOf("ios", [
      ["Ann", `${LRM}image omitted`],
      ["Bob", `${LRM}Bild weggelassen`],
      ["Ann", `${LRM}Video weggelassen`],
      ["Bob", `${LRM}Diese Nachricht wurde gelöscht.`],
    ]));
    expect(chat.lang).toBe("de");
  });

  it("counts a word several languages write for each of them, so the others decide", () => {
    // "Localização" is pt-BR's and pt-PT's; "imagem não revelada" only pt-PT's.
    const chat = parse(exportOf("ios", [["Ann", `${LRM}Localização: ${MAP}`], ["Bob", `${LRM}imagem não revelada`]]));
    expect(chat.lang).toBe("pt-PT");
  });

  it("is the code variants share when only their shared words showed", () => {
    expect(parse(exportOf("android", [["Ann", "Esta mensagem foi apagada"]])).lang).toBe("pt");
    expect(parse(exportOf("android", [["Ann", "此訊息已刪除。"]])).lang).toBe("zh-Hant");
    expect(parse(exportOf("ios", [["Ann", `${LRM}<附件: ${PHOTO}>`]])).lang).toBe("zh");
  });

  it("is absent when different languages tie", () => {
    // "priloženo" is the iOS attachment word of both Croatian and Slovenian.
    expect(parse(exportOf("ios", [["Ann", `${LRM}<priloženo: ${PHOTO}>`]])).lang).toBeUndefined();
    expect(parse(exportOf("ios", [["Ann", `${LRM}image omitted`], ["Bob", `${LRM}Bild weggelassen`]])).lang).toBeUndefined();
  });

  it("counts a message once, by its marker rather than its edited suffix", () => {
    // Counted word by word, English would win three to two.
    const chat = parse(exportOf("android", [
      ["Ann", "IMG-20230115-WA0001.jpg (Datei angehängt) <This message was edited>"],
      ["Bob", "IMG-20230115-WA0002.jpg (Datei angehängt) <This message was edited>"],
      ["Ann", "See you at seven <This message was edited>"],
    ]));
    expect(chat.messages.map((m) => [m.edited, m.attachments.length])).toEqual([[true, 1], [true, 1], [true, 0]]);
    expect(chat.lang).toBe("de");
  });
});

describe("the clock of an export", () => {
  it("is the clock of the file's own headers, not of a line pasted in", () => {
    const pasted = "[1/14/23, 9:00:00 PM] Bob: copied";
    expect(parse(`15/01/2023, 21:04 - Ann: hi\n${pasted}\n15/01/2023, 21:05 - Bob: ho\n`).clock).toBe("24h");
    expect(parse("1/15/23, 9:04 PM - Ann: hi\n1/15/23, 9:05 PM - Bob: ho\n").clock).toBe("12h");
    expect(parse("[2023/01/15 午後9:05:00] 山本 健: 今どこ？\r\n").clock).toBe("12h");
  });
});
