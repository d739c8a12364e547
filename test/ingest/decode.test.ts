import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/ingest/decode.js";

const TEXT = "[1/15/23, 09:04:31] Zoë: héllo 👋\r\n";
const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));

describe("decodeText", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeText(bytes(TEXT))).toEqual({ text: TEXT, encoding: "UTF-8" });
  });

  it("strips a UTF-8 BOM, and only the BOM", () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], TEXT)).text).toBe(TEXT);
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], "\uFEFF", TEXT)).text).toBe(`\uFEFF${TEXT}`);
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]);
    const be = Buffer.from(le).swap16();
    expect(decodeText(le)).toEqual({ text: TEXT, encoding: "UTF-16" });
    expect(decodeText(be)).toEqual({ text: TEXT, encoding: "UTF-16" });
  });

  it("shows the few bytes of a damaged UTF-8 text as U+FFFD and counts them", () => {
    // A stray Latin-1 byte, a stray continuation byte, and a three-byte sequence cut off at the end.
    const decoded = decodeText(bytes(TEXT, "caf", [0xe9], " na", [0xbf], "ve ", [0xe2, 0x82]));
    expect(decoded.text).toBe(`${TEXT}caf\uFFFD na\uFFFDve \uFFFD`);
    expect(decoded.notice).toEqual({ code: "notValidText", values: { encoding: "UTF-8", count: 4 } });
  });

  it("does not count a genuine U+FFFD in the file as unreadable", () => {
    expect(decodeText(bytes("a \uFFFD b")).notice).toBeUndefined();
    expect(decodeText(bytes("a \uFFFD é ", [0xff], " b")).notice?.values).toEqual({ encoding: "UTF-8", count: 1 });
  });

  it("counts a lone surrogate and an odd last byte in UTF-16", () => {
    const le = bytes([0xff, 0xfe], [0x61, 0x00, 0x00, 0xd8, 0x62, 0x00, 0xfd, 0xff, 0x63]);
    const decoded = decodeText(le);
    expect(decoded.text).toBe("a\uFFFDb\uFFFD\uFFFD");
    expect(decoded.notice?.values).toEqual({ encoding: "UTF-16", count: 3 });
  });
});
