import { describe, expect, it } from "vitest";
import { folderNames, safeName } from "../../src/media/names.js";

describe("safeName", () => {
  it("keeps names every common file system accepts, spaces, unicode, #, % and all", () => {
    for (const name of ["IMG-20230115-WA0004.jpg", "00000012-PHOTO-2023-01-15-09-05-00.jpg", "Report #3 (final) 100%.pdf", "Ünïcødé 写真 🎉.jpg"]) {
      expect(safeName(name)).toBe(name);
    }
  });

  it("replaces what Windows refuses, control characters, and leading and trailing dots", () => {
    expect(safeName('a/b\\c:d*e?f"g<h>i|j.jpg')).toBe("a_b_c_d_e_f_g_h_i_j.jpg");
    expect(safeName("tab\there\u0000.jpg")).toBe("tab_here_.jpg");
    expect(safeName("..evil.jpg")).toBe("__evil.jpg");
    expect(safeName("../../etc/passwd")).toBe("___.._etc_passwd");
    expect(safeName("..")).toBe("__");
    expect(safeName("notes. ")).toBe("notes__");
    expect(safeName("")).toBe("_");
  });

  it("prefixes device names Windows keeps, whatever their extension", () => {
    expect(safeName("CON")).toBe("_CON");
    expect(safeName("nul.txt")).toBe("_nul.txt");
    expect(safeName("com1.jpg")).toBe("_com1.jpg");
    expect(safeName("console.jpg")).toBe("console.jpg");
  });

  it("cuts long names under 255 bytes at a character boundary, keeping the extension", () => {
    const name = `${"ä".repeat(300)}.jpeg`;
    const safe = safeName(name);
    expect(safe.endsWith("ä.jpeg")).toBe(true);
    expect(Buffer.byteLength(`${safe}-99.webp`)).toBeLessThanOrEqual(255);
  });
});

describe("folderNames", () => {
  it("gives replaced names a number when they meet a name the export uses, which keeps its own", () => {
    const names = folderNames(["a?b.jpg", "a_b.jpg", "a:b.jpg"]);
    expect(Object.fromEntries(names)).toEqual({ "a_b.jpg": "a_b.jpg", "a?b.jpg": "a_b-2.jpg", "a:b.jpg": "a_b-3.jpg" });
  });

  it("treats names differing only in case or normalization as the same, as macOS and Windows do", () => {
    const names = folderNames(["Photo.JPG", "photo.jpg", "e\u0301.jpg", "\u00e9.jpg"]);
    expect(new Set(names.values()).size).toBe(4);
    expect(names.get("Photo.JPG")).toBe("Photo.JPG");
    expect(names.get("photo.jpg")).toBe("photo-2.jpg");
    expect(names.get("\u00e9.jpg")).toBe("\u00e9-2.jpg");
  });
});
