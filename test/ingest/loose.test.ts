import { describe, expect, it } from "vitest";
import { namedIn } from "../../src/ingest/loose.js";

const sorted = (names: Set<string>): string[] => [...names].sort();

describe("namedIn: which of a folder's files a chat text names", () => {
  it("finds Android and iOS attachment lines, whatever the language of the marker", () => {
    const text = [
      "15/01/2023, 09:05 - Ann: IMG-20230115-WA0001.jpg (file attached)",
      "15/01/2023, 09:06 - Ann: \u200ePTT-20230115-WA0002.opus (Datei angehängt)",
      "[1/15/23, 09:07:00] Ben: \u200e<attached: 00000012-PHOTO-2023-01-15-09-07-00.jpg>",
      "15/01/2023, 09:08 - Ann: Holiday plan 2023.pdf (archivo adjunto)",
    ].join("\n");
    const files = ["IMG-20230115-WA0001.jpg", "PTT-20230115-WA0002.opus", "00000012-PHOTO-2023-01-15-09-07-00.jpg", "Holiday plan 2023.pdf", "IMG-20230115-WA0003.jpg"];
    expect(sorted(namedIn(text, files))).toEqual(["00000012-PHOTO-2023-01-15-09-07-00.jpg", "Holiday plan 2023.pdf", "IMG-20230115-WA0001.jpg", "PTT-20230115-WA0002.opus"]);
  });

  it("does not take the end or the start of a longer name for a name", () => {
    const text = "15/01/2023, 09:05 - Ann: IMG-20230115-WA0001.jpg (file attached)\n15/01/2023, 09:06 - Ann: notes.txt.bak (file attached)\n";
    expect(sorted(namedIn(text, ["WA0001.jpg", "0001.jpg", "IMG-20230115-WA0001.jp", "notes.txt", "IMG-20230115-WA0001.jpg"]))).toEqual(["IMG-20230115-WA0001.jpg"]);
  });

  it("finds names without an extension, names at the very start and end of the text, and names in any case only as written", () => {
    expect(sorted(namedIn("README (file attached)\nphoto.JPG", ["README", "photo.JPG", "photo.jpg", "Readme"]))).toEqual(["README", "photo.JPG"]);
  });
});
