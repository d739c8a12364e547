// Albums as a reader sees them on a chat's page: photos and videos one author sent together become one
// row with every message in it, in order; what breaks a run, the caption rule, page ends, and the
// album's label and "+N" count.
import { describe, expect, it } from "vitest";
import { buildSite, type PageOptions } from "../../src/data/index.js";
import { albumSpans } from "../../src/data/albums.js";
import { language } from "../../src/i18n/index.js";
import { stageContext, Warnings, type AttachmentKind, type Chat, type ChatPage, type MediaFile, type MediaIndex } from "../../src/model.js";
import { chatOf, said, type Said } from "./chats.js";

const image = (name: string): MediaFile => ({
  original: `media/trip/${name}`, bytes: 1_000,
  image: { width: 800, height: 600, thumb: `thumbs/trip/${name}.webp`, thumbWidth: 400, thumbHeight: 300 },
});
const MEDIA: MediaIndex = new Map([["trip", new Map<string, MediaFile>([
  ...["1", "2", "3", "4", "5", "6", "7", "8"].map((n) => [`p${n}.jpg`, image(`p${n}.jpg`)] as const),
  ["v.mp4", { original: "media/trip/v.mp4", bytes: 5_000 }],
  ["s.webp", image("s.webp")],
  ["doc.pdf", { original: "media/trip/doc.pdf", bytes: 100 }],
  ["bad.jpg", { original: "media/trip/bad.jpg", bytes: 3, broken: { code: "imageError", values: { error: "truncated" } } }],
])]]);

/** A message with one attachment of `fileName`, `second`s after 10:00 on 1 June 2023. */
function sent(second: number, fileName: string, author = "Alice", text = "", kind: AttachmentKind = kindOf(fileName)): Said {
  const time = `2023-06-01T10:${String(Math.floor(second / 60)).padStart(2, "0")}:${String(second % 60).padStart(2, "0")}`;
  return said(time, author, text, { attachments: [{ fileName, kind, present: true }] });
}
function kindOf(fileName: string): AttachmentKind {
  return fileName.endsWith(".mp4") ? "video" : fileName.startsWith("s.") ? "sticker" : fileName.endsWith(".pdf") ? "document" : "image";
}

function pages(messages: readonly Said[], options: Partial<PageOptions> = {}, lang = "en"): ChatPage[] {
  const chat: Chat = chatOf("trip", messages);
  return buildSite([chat], MEDIA, { pageSize: 500, lang: language(lang), ...options }, stageContext(new Warnings())).chatPages.map((p) => p.make());
}

/** Each page's rows as a reader scans them: an album as the ids of its messages, a message as its id. */
function shape(messages: readonly Said[], options: Partial<PageOptions> = {}): (number | number[])[][] {
  return pages(messages, options).map((page) => page.rows.flatMap((row): (number | number[])[] => row.type === "day" ? [] : row.type === "album" ? [row.items.map((m) => m.id)] : [row.id]));
}

describe("albums", () => {
  it("joins two, three, four and more photos sent together by one author", () => {
    for (const count of [2, 3, 4, 5, 8]) {
      const run = Array.from({ length: count }, (_, i) => sent(i * 2, `p${i + 1}.jpg`));
      expect(shape(run)).toEqual([[Array.from({ length: count }, (_, i) => i + 1)]]);
    }
  });

  it("labels the album by its count and kinds, and counts what the grid does not show over its fourth tile", () => {
    const album = (n: number, lang = "en", video = false) => {
      const run = Array.from({ length: n }, (_, i) => sent(i, video && i === 1 ? "v.mp4" : `p${i + 1}.jpg`));
      const row = pages(run, {}, lang)[0]!.rows[1]!;
      if (row.type !== "album") throw new Error(`not an album: ${row.type}`);
      return [row.label, row.more];
    };
    expect(album(2)).toEqual(["Album, 2 photos", undefined]);
    expect(album(4)).toEqual(["Album, 4 photos", undefined]);
    // Six tiles: three seen, and three under "+3" (the fourth is covered by it).
    expect(album(6)).toEqual(["Album, 6 photos", "+3"]);
    expect(album(5, "en", true)).toEqual(["Album, 5 photos and videos", "+2"]);
    expect(album(2, "ar")).toEqual(["ألبوم، صورتان", undefined]);
    // Arabic's plural for 3 to 10, in the digits its number format writes.
    const ar = language("ar").number;
    expect(album(7, "ar")).toEqual([`ألبوم، ${ar(7)} صور`, `+${ar(4)}`]);
    expect(album(5, "de")).toEqual(["Album, 5 Fotos", "+2"]);
  });

  it("keeps each message's own view in the album: its id, anchor, link, time and photo", () => {
    const row = pages([sent(0, "p1.jpg"), sent(30, "p2.jpg")], { pageSize: 500 })[0]!.rows[1]!;
    if (row.type !== "album") throw new Error("not an album");
    expect(row.items.map((m) => [m.anchor, m.permalink, m.time, m.media[0]!.href, m.firstOfRun])).toEqual([
      ["m1", "index.html#m1", "10:00 AM", "../../media/trip/p1.jpg", true],
      ["m2", "index.html#m2", "10:00 AM", "../../media/trip/p2.jpg", false],
    ]);
  });

  it("takes videos in, and photos up to a minute apart, but breaks at a longer gap", () => {
    expect(shape([sent(0, "p1.jpg"), sent(5, "v.mp4"), sent(65, "p2.jpg"), sent(126, "p3.jpg"), sent(130, "p4.jpg")]))
      .toEqual([[[1, 2, 3], [4, 5]]]);
  });

  it("breaks where the author changes, and gives each author's run its own album", () => {
    expect(shape([sent(0, "p1.jpg"), sent(1, "p2.jpg"), sent(2, "p3.jpg", "Bob"), sent(3, "p4.jpg", "Bob"), sent(4, "p5.jpg")]))
      .toEqual([[[1, 2], [3, 4], 5]]);
  });

  it("lets a captioned photo close an album, its caption under the grid, and starts anew after it", () => {
    const made = pages([sent(0, "p1.jpg"), sent(1, "p2.jpg", "Alice", "The summit"), sent(2, "p3.jpg"), sent(3, "p4.jpg", "Alice", "Going down"), sent(4, "p5.jpg")]);
    expect(made.map((page) => page.rows.flatMap((row): (number | number[])[] => row.type === "album" ? [row.items.map((m) => m.id)] : row.type === "message" ? [row.id] : [])))
      .toEqual([[[1, 2], [3, 4], 5]]);
    const last = made[0]!.rows[1]!.type === "album" ? made[0]!.rows[1]!.items.at(-1)! : undefined;
    expect(last?.blocks).toEqual([{ type: "paragraph", inlines: [{ type: "text", text: "The summit" }] }]);
  });

  it("is broken by stickers, documents, missing or broken files, deleted, text and system messages", () => {
    const breakers: Said[] = [
      sent(2, "s.webp"), sent(2, "doc.pdf"), sent(2, "gone.jpg"), sent(2, "bad.jpg"),
      said("2023-06-01T10:00:02", "Alice", "", { deleted: true }), said("2023-06-01T10:00:02", "Alice", "Nice"),
      said("2023-06-01T10:00:02", null, "Alice changed the group name"), said("2023-06-01T10:00:02", "Alice", "", { mediaOmitted: true }),
    ];
    for (const breaker of breakers) {
      expect(shape([sent(0, "p1.jpg"), sent(1, "p2.jpg"), breaker, sent(3, "p3.jpg"), sent(4, "p4.jpg")])).toEqual([[[1, 2], 3, [4, 5]]]);
    }
  });

  it("never spans two pages, nor two days", () => {
    expect(shape([sent(0, "p1.jpg"), sent(1, "p2.jpg"), sent(2, "p3.jpg"), sent(3, "p4.jpg"), sent(4, "p5.jpg")], { pageSize: 3 }))
      .toEqual([[[1, 2, 3]], [[4, 5]]]);
    expect(shape([sent(0, "p1.jpg"), sent(1, "p2.jpg"), sent(2, "p3.jpg"), sent(3, "p4.jpg")], { pageSize: 3 })).toEqual([[[1, 2, 3]], [4]]);
    const midnight = [
      said("2023-06-01T23:59:40", "Alice", "", { attachments: [{ fileName: "p1.jpg", kind: "image", present: true }] }),
      said("2023-06-02T00:00:10", "Alice", "", { attachments: [{ fileName: "p2.jpg", kind: "image", present: true }] }),
    ];
    expect(shape(midnight)).toEqual([[1, 2]]);
  });
});

describe("albumSpans", () => {
  it("finds nothing in an empty page or among messages that cannot be in one", () => {
    expect(albumSpans([], () => true)).toEqual([]);
    const run = chatOf("x", [sent(0, "p1.jpg"), sent(1, "p2.jpg")]).messages;
    expect(albumSpans(run, () => false)).toEqual([]);
    expect(albumSpans(run, () => true)).toEqual([{ start: 0, end: 2 }]);
  });
});
