import { describe, expect, it } from "vitest";
import { parseVcard } from "../../src/media/vcard.js";

const card = (lines: string[]): Buffer => Buffer.from(`${lines.join("\r\n")}\r\n`);

describe("parseVcard", () => {
  it("reads WhatsApp's vCard 3.0: the name and the first number", () => {
    const bytes = card([
      "BEGIN:VCARD", "VERSION:3.0", "N:Smith;Alice;;;", "FN:Alice Smith",
      "item1.TEL;waid=27821234567:+27 82 123 4567", "item1.X-ABLabel:Mobile", "TEL;TYPE=HOME:+27 21 000 0000", "END:VCARD",
    ]);
    expect(parseVcard(bytes)).toEqual({ name: "Alice Smith", phone: "+27 82 123 4567" });
  });

  it("unfolds long lines and undoes escapes", () => {
    const bytes = card(["BEGIN:VCARD", "VERSION:3.0", "FN:Smith\\, Alice and", "  Bob \\; friends", "END:VCARD"]);
    expect(parseVcard(bytes)).toEqual({ name: "Smith, Alice and Bob ; friends" });
  });

  it("decodes vCard 2.1 quoted-printable with a charset, soft line breaks included", () => {
    const utf8 = card(["BEGIN:VCARD", "VERSION:2.1", "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=89mile Zo=", "=C3=A9", "TEL;CELL:+33 6 12 34 56 78", "END:VCARD"]);
    expect(parseVcard(utf8)).toEqual({ name: "Émile Zoé", phone: "+33 6 12 34 56 78" });
    const latin1 = card(["BEGIN:VCARD", "VERSION:2.1", "FN;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Andr=E9", "END:VCARD"]);
    expect(parseVcard(latin1)).toEqual({ name: "André" });
  });

  it("falls back to N, and reads vCard 4 tel: URIs", () => {
    const bytes = card(["BEGIN:VCARD", "VERSION:4.0", "N:Smith;Alice;;Dr.;", "TEL;VALUE=uri;TYPE=cell:tel:+1-555-0100", "END:VCARD"]);
    expect(parseVcard(bytes)).toEqual({ name: "Dr. Alice Smith", phone: "+1-555-0100" });
  });

  it("reads only the first card, the first 64 KiB, and plain one-line text", () => {
    const two = card(["BEGIN:VCARD", "FN:First", "END:VCARD", "BEGIN:VCARD", "FN:Second", "TEL:123", "END:VCARD"]);
    expect(parseVcard(two)).toEqual({ name: "First" });
    const late = Buffer.concat([card(["BEGIN:VCARD", `PHOTO;ENCODING=b:${"A".repeat(70_000)}`]), card(["FN:Too late", "END:VCARD"])]);
    expect(parseVcard(late)).toBeUndefined();
    expect(parseVcard(card(["BEGIN:VCARD", "FN:a\u0007b\u001b[31m", "END:VCARD"]))).toEqual({ name: "a b [31m" });
    expect(parseVcard(card(["BEGIN:VCARD", `FN:${"x".repeat(1000)}`, "END:VCARD"]))?.name).toHaveLength(200);
  });

  it("finds nothing in a file that is not a card", () => {
    expect(parseVcard(Buffer.alloc(0))).toBeUndefined();
    expect(parseVcard(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBeUndefined();
  });
});
