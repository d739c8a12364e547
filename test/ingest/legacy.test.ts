import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Archive } from "../../src/model.js";
import { cli } from "../run-cli.js";
import { decodeText } from "../../src/ingest/decode.js";
import { decodeLegacy } from "../../src/ingest/legacy.js";

/** An iOS 12-hour export as WhatsApp writes it: U+202F before the AM/PM, U+200E before attachments, accents and emoji. */
const IOS_12H = [
  "[3/4/24, 9:15:02\u202fAM] Zoë Adeyemi: Bonjour à tous 👋",
  "[3/4/24, 9:16:40\u202fAM] Tomás: ¿Qué tal? Ýes, Ámsterdam, Ïris, Ðan — “soon” ĝis 🍍",
  "[3/4/24, 9:17:05\u202fAM] Zoë Adeyemi: \u200e<attached: 00000031-PHOTO-2024-03-04-09-17-05.jpg>",
  "[3/4/24, 1:02:59\u202fPM] Tomás: café crème, 5 € …",
  "and a second line",
  "",
].join("\r\n");

/** What a program shows when it reads UTF-8 `text` as Windows-1252: every byte one character. */
const misread = (text: string): string =>
  [...Buffer.from(text)].map((b) => decodeLegacy(Uint8Array.of(b), "Windows-1252")).join("");

/** `text` in Windows-1251, for the Cyrillic letters and the ASCII used here. */
const cp1251 = (text: string): Buffer =>
  Buffer.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80) return code;
      if (c === "ё") return 0xb8;
      if (code >= 0x410 && code <= 0x44f) return 0xc0 + code - 0x410;
      throw new Error(`no Windows-1251 byte for ${c}`);
    }),
  );

describe("decodeLegacy", () => {
  it("reads Windows-1252's own characters in 0x80–0x9F, and keeps its five undefined bytes as C1 controls", () => {
    const bytes = Uint8Array.of(0x80, 0x81, 0x85, 0x8d, 0x8f, 0x90, 0x93, 0x94, 0x9d, 0x9f, 0xe9, 0x41);
    expect(decodeLegacy(bytes, "Windows-1252")).toBe("€\u0081…\u008d\u008f\u0090“”\u009dŸéA");
  });
});

describe("decodeText on a double-encoded text", () => {
  it("shows what the misreading looks like", () => {
    expect(misread("9:15\u202fAM \u200e<é>")).toBe("9:15â€¯AM â€Ž<Ã©>");
  });

  it("gives back the text as it was, with one notice", () => {
    expect(decodeText(Buffer.from(misread(IOS_12H)))).toEqual({ text: IOS_12H, encoding: "UTF-8", notice: { code: "doubleEncoded" } });
  });

  it("also undoes a Latin-1 misreading, which keeps every byte in 0x80–0x9F as a C1 control", () => {
    const latin1 = Buffer.from(Buffer.from(IOS_12H).toString("latin1"));
    expect(decodeText(latin1).text).toBe(IOS_12H);
  });

  it("drops the BOM the text had before the misreading, and the one it was saved with", () => {
    const bom = "\uFEFF";
    expect(decodeText(Buffer.from(misread(bom + IOS_12H))).text).toBe(IOS_12H);
    expect(decodeText(Buffer.from(bom + misread(bom + IOS_12H))).text).toBe(IOS_12H);
  });

  it("leaves alone a chat that contains `Ã©` among text that is right", () => {
    const quoted = `${IOS_12H}[3/4/24, 1:03:10\u202fPM] Tomás: my mail shows cafÃ© and Ã¨ and Ã´\r\n`;
    expect(decodeText(Buffer.from(quoted))).toEqual({ text: quoted, encoding: "UTF-8" });
    // No character beyond Latin-1, but a lone é that is right.
    const latin = "15/01/2023, 09:05 - Renée: it says cafÃ© and Ã¨ and Ã´\n";
    expect(decodeText(Buffer.from(latin))).toEqual({ text: latin, encoding: "UTF-8" });
  });

  it("leaves alone an ASCII chat with one `Ã©`: too little to tell", () => {
    const one = "15/01/2023, 09:05 - Ren: it says cafÃ©\n";
    expect(decodeText(Buffer.from(one))).toEqual({ text: one, encoding: "UTF-8" });
  });

  it("leaves a misread text alone when it was damaged too: its bytes would not be UTF-8", () => {
    const damaged = misread(IOS_12H).replace("Ã©", "Ã");
    expect(decodeText(Buffer.from(damaged))).toEqual({ text: damaged, encoding: "UTF-8" });
  });
});

describe("decodeText on a legacy text", () => {
  it("reads a Windows-1252 text, quotes and euro sign included, and names the encoding", () => {
    const text = "15/01/2023, 09:05 - Renée: café “crème” à 5 €\n15/01/2023, 09:06 - Jürgen: Grüße\n";
    const bytes = Buffer.from(text.replace("“", "\x93").replace("”", "\x94").replace("€", "\x80"), "latin1");
    expect(decodeText(bytes)).toEqual({
      text, encoding: "Windows-1252", notice: { code: "legacyEncoding", values: { encoding: "Windows-1252" } },
    });
  });

  it("reads a Russian Windows-1251 text", () => {
    const text = "15.01.2023, 09:05 - Алёна: Привет, как дела?\n15.01.2023, 09:06 - Борис: Всё хорошо, спасибо!\n";
    expect(decodeText(cp1251(text))).toEqual({
      text, encoding: "Windows-1251", notice: { code: "legacyEncoding", values: { encoding: "Windows-1251" } },
    });
  });

  it("reads a UTF-8 text with a few bad bytes as UTF-8, not as a legacy text", () => {
    const damaged = Buffer.concat([Buffer.from(IOS_12H), Buffer.from([0xe9, 0x41, 0xff]), Buffer.from(IOS_12H)]);
    expect(decodeText(damaged)).toEqual({
      text: `${IOS_12H}\uFFFDA\uFFFD${IOS_12H}`, encoding: "UTF-8", notice: { code: "notValidText", values: { encoding: "UTF-8", count: 2 } },
    });
  });

  it("reads an ASCII text cut off inside its last character as UTF-8", () => {
    const cut = Buffer.from("15/01/2023, 09:05 - Ren: ok 👋").subarray(0, -2);
    expect(decodeText(cut).notice).toEqual({ code: "notValidText", values: { encoding: "UTF-8", count: 2 } });
  });

  it("reads one Windows-1252 byte among ASCII as Windows-1252, which keeps it", () => {
    expect(decodeText(Buffer.from("15/01/2023, 09:05 - Ren: it\x92s late\n", "latin1")).text).toBe("15/01/2023, 09:05 - Ren: it’s late\n");
  });

  it("reads a UTF-8 text with one bad byte among several good characters as UTF-8", () => {
    const damaged = Buffer.concat([Buffer.from("15/01/2023, 09:05 - Renée: café crème "), Buffer.from([0xff]), Buffer.from(" ok\n")]);
    expect(decodeText(damaged).text).toBe("15/01/2023, 09:05 - Renée: café crème \uFFFD ok\n");
  });
});

describe("chat-archive parse on a chat text in the wrong encoding", () => {
  const scratch = mkdtempSync(join(tmpdir(), "chat-archive-encoding-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const parse = (name: string, bytes: Buffer): { archive: Archive; stderr: string } => {
    const file = join(scratch, name);
    writeFileSync(file, bytes);
    const { status, stdout, stderr } = cli("parse", file);
    expect(status).toBe(0);
    return { archive: JSON.parse(stdout) as Archive, stderr };
  };

  it("reads a double-encoded iOS export as the messages of the export it was, with one warning", () => {
    const original = parse("WhatsApp Chat with Zoë.txt", Buffer.from(IOS_12H));
    const repaired = parse("WhatsApp Chat with Zoë.txt", Buffer.from(misread(IOS_12H)));
    expect(original.archive.chats[0]!.messages).toHaveLength(4);
    expect(repaired.archive).toEqual(original.archive);
    expect(repaired.stderr.replace(original.stderr, "").trim().split("\n")).toEqual([
      "WhatsApp Chat with Zoë.txt: the chat text had been read once in the wrong encoding (UTF-8 as Windows-1252) and saved again, which shows as â€¯ and Ã©; it was repaired",
    ]);
  });

  it("reads a Russian Windows-1251 export, saying so", () => {
    const text = "15.01.2023, 09:05 - Алёна: Привет, как дела?\n15.01.2023, 09:06 - Борис: Всё хорошо\n";
    const { archive, stderr } = parse("WhatsApp Chat with Алёна.txt", cp1251(text));
    expect(archive.chats[0]!.messages.map((m) => [m.author, m.text])).toEqual([["Алёна", "Привет, как дела?"], ["Борис", "Всё хорошо"]]);
    expect(stderr.trim()).toBe("WhatsApp Chat with Алёна.txt: the chat text is not UTF-8; it was read as Windows-1251, the older encoding it is in");
  });
});
