// The data stage's pages as a user checks them: the index's order and cards, chats cut into pages
// with day separators and navigation, each message's flags and attachments, the gallery and the
// truncation notice; every value exact.
import { describe, expect, it } from "vitest";
import { buildSite, type PageOptions } from "../../src/data/index.js";
import { stageContext, Warnings, type Chat, type ChatPage, type DayView, type MediaFile, type MediaIndex, type MessageView } from "../../src/model.js";
import { chatOf, daysOf, said } from "./chats.js";
import { language } from "../../src/i18n/index.js";

function site(chats: readonly Chat[], options: Partial<PageOptions> = {}, media: MediaIndex = new Map()) {
  return buildSite(chats, media, { pageSize: 500, lang: language("en"), ...options }, stageContext(new Warnings()));
}

/** Every page of the site's chats, made. */
function pages(chats: readonly Chat[], options: Partial<PageOptions> = {}, media: MediaIndex = new Map()): ChatPage[] {
  return site(chats, options, media).chatPages.map((page) => page.make());
}

const messagesOf = (page: ChatPage): MessageView[] => page.rows.filter((row): row is MessageView => row.type === "message");
const daysOn = (page: ChatPage): DayView[] => page.rows.filter((row): row is DayView => row.type === "day");

describe("the index page", () => {
  const family = chatOf("family", [
    said("2023-01-15T09:04", "Alice", "Lunch on Sunday?"),
    said("2023-02-01T10:00", "Bob", "Yes"),
    said("2023-03-02T18:30", "Alice", "", { deleted: true }),
  ]);
  const work = chatOf("work", [said("2023-05-01T08:00", "Carol", `Minutes:\n${"word ".repeat(40)}`)]);
  const quiet = chatOf("quiet", []);

  it("lists the chats newest activity first, a chat without messages last", () => {
    const index = site([family, quiet, work]).warningPages().index;
    expect(index.chats.map((card) => card.id)).toEqual(["work", "family", "quiet"]);
    expect(index.totals).toBe("3 chats · 4 messages · 0 media files");
    expect(index.warnings).toBe("0 warnings");
  });

  it("gives each card the chat's count, first and last day, participants and last message", () => {
    const [work1, family1, quiet1] = site([family, quiet, work]).warningPages().index.chats;
    expect(family1).toEqual({
      id: "family", title: "Family", href: "chats/family/index.html", participants: { summary: "Alice and Bob" },
      messages: "3 messages", range: "Jan 15, 2023 – Mar 2, 2023", lastPreview: "This message was deleted", lastAuthor: "Alice",
    });
    // Line breaks become spaces, and a long message is cut to 120 characters with "…".
    expect(work1!.lastPreview).toBe(`Minutes: ${"word ".repeat(40)}`.slice(0, 119) + "…");
    expect(work1!.lastPreview).toHaveLength(120);
    expect(work1!.messages).toBe("1 message");
    expect(quiet1).toMatchObject({ messages: "0 messages", range: "", lastPreview: "", lastAuthor: null });
  });

  it("names a group's first two people and counts the rest, in the archive's language, with everyone named apart", () => {
    const names = Array.from({ length: 80 }, (_, i) => (i === 0 ? "Alice" : i === 1 ? "Bob" : `Member ${i + 1}`));
    const big = chatOf("big", names.map((name, i) => said(`2023-01-01T10:${String(i % 60).padStart(2, "0")}`, name, "Hi")));
    const few = chatOf("few", ["Ana", "Ben", "Cy", "Di", "Ed", "Flo"].map((name) => said("2023-01-01T10:00", name, "Hi")));
    const card = (chat: Chat, lang = "en") => site([chat], { lang: language(lang) }).warningPages().index.chats[0]!.participants;
    expect(card(big)).toEqual({ summary: "Alice, Bob, and 78 others", all: `Alice, Bob, ${names.slice(2, -1).join(", ")}, and Member 80` });
    expect(card(big, "de").summary).toBe("Alice, Bob und 78 weitere Personen");
    expect(card(big, "ar").summary).toBe("Alice وBob و78 شخصًا آخر");
    expect(card(few)).toEqual({ summary: "Ana, Ben, Cy, Di, Ed, and Flo" });
    const seven = chatOf("seven", [...few.messages, said("2023-01-01T10:01", "Gus", "Hi")]);
    expect(card(seven).summary).toBe("Ana, Ben, and 5 others");
    // The chat's header names them the same way.
    expect(pages([big])[0]!.chat.participants).toEqual(card(big));
  });

  it("stands for a message without text by its attachment's kind, or by the media the export left out", () => {
    const photo = chatOf("photo", [said("2023-01-01T10:00", "Alice", "", { attachments: [{ fileName: "IMG-1.jpg", kind: "image", present: true }] })]);
    const omitted = chatOf("omitted", [said("2023-01-01T10:00", "Alice", "", { mediaOmitted: true })]);
    expect(site([photo, omitted]).warningPages().index.chats.map((card) => card.lastPreview)).toEqual(["Photo", "Media not included in the export"]);
  });

  it("counts the media files the output holds and the warnings collected", () => {
    const warnings = new Warnings();
    warnings.add("Family.zip", "missingFile", { file: "IMG-2.jpg" }, 5);
    const media: MediaIndex = new Map([["family", new Map([["a.jpg", { original: "media/family/a.jpg", bytes: 1 }], ["b.jpg", { original: "media/family/b.jpg", bytes: 1 }]])]]);
    const index = buildSite([family], media, { pageSize: 500, lang: language("en") }, stageContext(warnings)).warningPages().index;
    expect(index.totals).toBe("1 chat · 3 messages · 2 media files");
    expect(index.warnings).toBe("1 warning");
  });

  it("words the report's warnings in the archive's language", () => {
    const warnings = new Warnings();
    warnings.add("Family.zip", "missingFile", { file: "IMG-2.jpg" }, 5);
    warnings.add("Family.zip", "moreBadTimes", { count: 1200 });
    const report = (code: string) => buildSite([family], new Map(), { pageSize: 500, lang: language(code) }, stageContext(warnings)).warningPages().report.warnings;
    expect(report("en")).toEqual([
      { file: "Family.zip", line: 5, message: "IMG-2.jpg is named in the chat but missing from the export" },
      { file: "Family.zip", line: undefined, message: "1,200 more lines with an impossible time" },
    ]);
    // Indonesian has no catalog, so the words stay English, but the number is written as Indonesian writes it.
    expect(report("id")[1]!.message).toBe("1.200 more lines with an impossible time");
  });
});

describe("a chat cut into pages", () => {
  // 300 messages a day: days begin at messages 301, 601 and 901, and page 2 begins inside a day.
  const long = chatOf("long", daysOf(1_001, 300));

  it("cuts 1,001 messages at 500 into pages of 500, 500 and 1, each file named by its number", () => {
    const made = pages([long], { pageSize: 500 });
    expect(site([long], { pageSize: 500 }).chatPages.map((page) => page.messages)).toEqual([500, 500, 1]);
    expect(made.map((page) => messagesOf(page).length)).toEqual([500, 500, 1]);
    expect(made.map((page) => page.path)).toEqual(["chats/long/index.html", "chats/long/2.html", "chats/long/3.html"]);
    expect(made.map((page) => page.title)).toEqual(["Long · Page 1 of 3", "Long · Page 2 of 3", "Long · Page 3 of 3"]);
    expect(made.map((page) => messagesOf(page)[0]!.id)).toEqual([1, 501, 1001]);
    expect(messagesOf(made[1]!)[0]!.permalink).toBe("2.html#m501");
  });

  it("puts a day separator where the day changes, and at the top of every page", () => {
    const made = pages([long], { pageSize: 500 });
    expect(made.map((page) => daysOn(page).map((day) => day.datetime))).toEqual([
      ["2023-01-01", "2023-01-02"],
      ["2023-01-02", "2023-01-03", "2023-01-04"],
      ["2023-01-04"],
    ]);
    expect(daysOn(made[0]!)[1]!.label).toBe("Monday, January 2, 2023");
    // The separator stands right before the day's first message.
    const rows = made[0]!.rows;
    const second = rows.findIndex((row) => row.type === "day" && row.datetime === "2023-01-02");
    expect(rows[second + 1]).toMatchObject({ type: "message", id: 301 });
    expect(rows[0]).toMatchObject({ type: "day", datetime: "2023-01-01" });
  });

  it("links first, previous, each page, next and last, with null where a link leads nowhere", () => {
    const nav = pages([long], { pageSize: 500 }).map((page) => page.nav);
    expect(nav[0]).toEqual([
      { label: "First", href: null }, { label: "Previous", href: null },
      { label: "1", href: "index.html", current: true }, { label: "2", href: "2.html", current: false }, { label: "3", href: "3.html", current: false },
      { label: "Next", href: "2.html" }, { label: "Last", href: "3.html" },
    ]);
    expect(nav[1]).toEqual([
      { label: "First", href: "index.html" }, { label: "Previous", href: "index.html" },
      { label: "1", href: "index.html", current: false }, { label: "2", href: "2.html", current: true }, { label: "3", href: "3.html", current: false },
      { label: "Next", href: "3.html" }, { label: "Last", href: "3.html" },
    ]);
    expect(nav[2]!.map((link) => [link.label, link.href])).toEqual([
      ["First", "index.html"], ["Previous", "2.html"], ["1", "index.html"], ["2", "2.html"], ["3", "3.html"], ["Next", null], ["Last", null],
    ]);
  });

  it("shows the pages near the current one and the first and last, with … between", () => {
    const nav = pages([chatOf("ten", daysOf(10, 10))], { pageSize: 1 })[4]!.nav;
    expect(nav.map((link) => link.label)).toEqual(["First", "Previous", "1", "…", "3", "4", "5", "6", "7", "…", "10", "Next", "Last"]);
    expect(nav.filter((link) => link.label === "…").map((link) => link.href)).toEqual([null, null]);
    expect(nav.find((link) => link.current)?.label).toBe("5");
  });

  it("has no navigation, and its title alone, when the chat fits on one page", () => {
    const [page] = pages([chatOf("short", daysOf(3, 3))]);
    expect(page!.nav).toEqual([]);
    expect(page!.title).toBe("Short");
    expect(page!.pageLabel).toBe("Page 1 of 1");
  });

  it("makes one empty page for a chat without messages", () => {
    const made = pages([chatOf("quiet", [])]);
    expect(made.map((page) => [page.path, page.rows.length])).toEqual([["chats/quiet/index.html", 0]]);
  });

  it("says on every page of a truncated chat that older messages are probably missing, and on no other chat's", () => {
    const other = chatOf("other", daysOf(3, 3));
    const made = pages([long, other], { pageSize: 500, truncated: new Map([["long", 40_000]]) });
    expect(made.map((page) => page.truncated?.slice(0, 44))).toEqual([
      "The oldest export of this chat holds 40,000 ", "The oldest export of this chat holds 40,000 ", "The oldest export of this chat holds 40,000 ", undefined,
    ]);
    expect(made[0]!.truncated).toContain("older messages are probably missing");
    expect(made[3]).not.toHaveProperty("truncated");
  });
});

describe("a message on its page", () => {
  const family = chatOf("family", [
    said("2023-01-15T09:04", "Alice", "Morning"),
    said("2023-01-15T09:05", "Alice", "Anyone up?"),
    said("2023-01-15T09:10", "Bob", "Me"),
    said("2023-01-15T09:11", null, "Bob changed the group name"),
    said("2023-01-15T09:12", "Bob", "", { deleted: true }),
    said("2023-01-15T09:13", "Bob", "Fixed typo", { edited: true }),
    said("2023-01-16T07:00", "Bob", "Next day"),
    said("2023-01-16T07:01", "Alice", "👍"),
    said("2023-01-16T07:02", "Alice", "", { call: "missed-voice" }),
  ]);
  const views = () => messagesOf(pages([family], { me: new Map([["family", ["Alice"]]]) })[0]!);

  it("shows the name on the first message of a run of one author, and again after a system message or a new day", () => {
    expect(views().map((m) => m.firstOfRun)).toEqual([true, false, true, true, true, false, true, true, false]);
  });

  it("puts the messages of the names the me map gives on the right, and no one's in a chat it does not name", () => {
    expect(views().map((m) => m.mine)).toEqual([true, true, false, false, false, false, false, true, true]);
    const other = chatOf("other", [said("2023-01-15T09:04", "Alice", "Hi")]);
    expect(messagesOf(pages([other], { me: new Map([["family", ["Alice"]]]) })[0]!)[0]!.mine).toBe(false);
  });

  it("carries system, deleted and edited flags, the time, the author's colour and a call's notice", () => {
    const v = views();
    expect(v[3]).toMatchObject({ system: true, author: null, color: 0, blocks: [{ type: "paragraph", inlines: [{ type: "text", text: "Bob changed the group name" }] }] });
    expect(v[4]).toMatchObject({ deleted: true, edited: false, system: false });
    expect(v[5]).toMatchObject({ edited: true, deleted: false });
    expect(v[0]).toMatchObject({ id: 1, anchor: "m1", permalink: "index.html#m1", datetime: "2023-01-15T09:04:00", time: "09:04 AM", author: "Alice", color: 0 });
    expect(v[2]!.color).toBe(1);
    expect(v[7]!.emojiOnly).toBe(true);
    expect(v[8]!.notice).toBe("Missed voice call");
    expect(v[0]).not.toHaveProperty("notice");
  });

  it("gives the first of a run of someone else's messages in a group chat its author's initials, and a chat of two none", () => {
    const group = chatOf("group", [...family.messages, said("2023-01-16T07:03", "Carol Ann Smith", "Hi")]);
    const made = pages([group], { me: new Map([["group", ["Alice"]]]) })[0]!;
    expect(made.group).toBe(true);
    // Alice's are her own; Bob's first of each run, and Carol's.
    expect(messagesOf(made).map((m) => m.initials)).toEqual([undefined, undefined, "B", undefined, "B", undefined, "B", undefined, undefined, "CS"]);
    const two = pages([family])[0]!;
    expect(two.group).toBe(false);
    expect(messagesOf(two).some((m) => "initials" in m)).toBe(false);
  });

  it("gives an author one colour in every chat of the archive", () => {
    const second = chatOf("second", [said("2023-01-15T09:04", "Carol", "Hi"), said("2023-01-15T09:05", "Bob", "Hi")]);
    const colors = pages([family, second]).slice(1).flatMap((page) => messagesOf(page).map((m) => [m.author, m.color]));
    expect(colors).toEqual([["Carol", 2], ["Bob", 1]]);
  });
});

describe("an attachment on its page", () => {
  const photo: MediaFile = {
    original: "media/family/IMG 1.jpg", bytes: 1_331,
    image: { width: 960, height: 960, thumb: "thumbs/family/IMG 1.jpg.webp", thumbWidth: 480, thumbHeight: 480 },
  };
  const pdf: MediaFile = { original: "media/family/plan.pdf", bytes: 2_500_000, broken: { code: "imageError", values: { error: "not a PDF" } } };
  const family = chatOf("family", [
    said("2023-01-15T09:04", "Alice", "", { attachments: [{ fileName: "IMG 1.jpg", kind: "image", present: true }] }),
    said("2023-01-15T09:05", "Alice", "", { attachments: [{ fileName: "IMG-2.jpg", kind: "image", present: false }] }),
    said("2023-01-15T09:06", "Bob", "", { attachments: [{ fileName: "plan.pdf", kind: "document", present: true }] }),
    said("2023-01-15T09:07", "Bob", "", { mediaOmitted: true }),
    said("2023-01-15T09:08", "Bob", "", { mediaOmitted: true, omittedKind: "video" }),
    said("2023-01-15T09:09", "Bob", "", { mediaOmitted: true, viewOnce: true }),
  ]);
  const media: MediaIndex = new Map([["family", new Map([["IMG 1.jpg", photo], ["plan.pdf", pdf]])]]);
  const views = () => messagesOf(pages([family], {}, media)[0]!).map((m) => m.media);

  it("shows a video as its poster with its length, a voice note with its length, and a video without a poster as a tile", () => {
    const clips = chatOf("clips", [
      said("2023-01-15T09:04", "Alice", "", { attachments: [{ fileName: "v.mp4", kind: "video", present: true }] }),
      said("2023-01-15T09:05", "Bob", "", { attachments: [{ fileName: "n.opus", kind: "voice", present: true }] }),
      said("2023-01-15T09:06", "Bob", "", { attachments: [{ fileName: "x.mp4", kind: "video", present: true }] }),
    ]);
    const files: MediaIndex = new Map([["clips", new Map<string, MediaFile>([
      ["v.mp4", { original: "media/clips/v.mp4", bytes: 2048, duration: 3723.4, poster: { width: 1080, height: 1920, thumb: "thumbs/clips/v.mp4.webp", thumbWidth: 480, thumbHeight: 853 } }],
      ["n.opus", { original: "media/clips/n.opus", bytes: 1024, duration: 3.01 }],
      ["x.mp4", { original: "media/clips/x.mp4", bytes: 10, broken: { code: "videoUnreadable", values: { error: "Invalid data" } } }],
    ])]]);
    const [video, voice, broken] = messagesOf(pages([clips], {}, files)[0]!).map((m) => m.media[0]);
    expect(video).toEqual({
      kind: "video", label: "Video", href: "../../media/clips/v.mp4", fileName: "v.mp4", size: "2 KB",
      duration: { text: "1:02:03", label: "1 hour, 2 minutes, 3 seconds" },
      poster: { src: "../../thumbs/clips/v.mp4.webp", width: 480, height: 853, alt: "Video from Alice, Jan 15, 2023, 1 hour, 2 minutes, 3 seconds" },
    });
    expect(voice).toEqual({
      kind: "voice", label: "Voice message", href: "../../media/clips/n.opus", fileName: "n.opus", size: "1 KB", duration: { text: "0:03", label: "3 seconds" },
    });
    expect(broken).toMatchObject({ href: "../../media/clips/x.mp4", problem: "Video — can't be previewed" });
    // In the archive's language: German words, Arabic's own.
    const [german] = messagesOf(pages([clips], { lang: language("de") }, files)[0]!).map((m) => m.media[0]);
    expect(german?.duration).toEqual({ text: "1:02:03", label: "1 Stunde, 2 Minuten und 3 Sekunden" });
  });

  it("links a file the output holds, with its thumbnail, size and a description", () => {
    expect(views()[0]).toEqual([{
      kind: "image", label: "Photo", href: "../../media/family/IMG%201.jpg", fileName: "IMG 1.jpg", size: "1.3 KB",
      thumb: { src: "../../thumbs/family/IMG%201.jpg.webp", width: 480, height: 480, alt: "Photo from Alice, Jan 15, 2023" },
    }]);
  });

  it("keeps a missing file as a placeholder without a link, saying which file is missing", () => {
    expect(views()[1]).toEqual([{ kind: "image", label: "Photo", href: null, fileName: "IMG-2.jpg", problem: "IMG-2.jpg is missing from the export" }]);
  });

  it("links a file that could not be shown, saying so", () => {
    expect(views()[2]).toEqual([{
      kind: "document", label: "Document · PDF", href: "../../media/family/plan.pdf", fileName: "plan.pdf", name: "plan.pdf", size: "2.4 MB", problem: "plan.pdf could not be shown",
    }]);
  });

  it("says what the export left out, by kind when the export names it, and view-once media as such", () => {
    expect(views().slice(3)).toEqual([
      [{ kind: "omitted", label: "Media not included in the export", href: null, problem: "Media not included in the export" }],
      [{ kind: "omitted", label: "Video not included in the export", href: null, problem: "Video not included in the export" }],
      [{ kind: "omitted", label: "View-once media, not in the export", href: null, problem: "View-once media, not in the export" }],
    ]);
  });
});

describe("a chat's gallery", () => {
  const file = (name: string): MediaFile => ({ original: `media/trip/${name}`, bytes: 10 });
  const trip = chatOf("trip", [
    said("2023-06-01T10:00", "Alice", "", { attachments: [{ fileName: "a.jpg", kind: "image", present: true }] }),
    said("2023-06-01T10:01", "Alice", "Look"),
    said("2023-06-02T10:00", "Bob", "", { attachments: [{ fileName: "missing.jpg", kind: "image", present: false }] }),
    said("2023-06-02T10:01", "Bob", "", { attachments: [{ fileName: "notes.pdf", kind: "document", present: true }] }),
    said("2023-06-03T10:00", "Bob", "", { attachments: [{ fileName: "b.mp4", kind: "video", present: true }] }),
    said("2023-06-03T10:01", "Bob", "", { attachments: [{ fileName: "s.webp", kind: "sticker", present: true }] }),
    said("2023-06-04T10:00", "Alice", "", { attachments: [{ fileName: "c.gif", kind: "gif", present: true }] }),
  ]);
  // The video has the poster and length ffmpeg gave it; the GIF none, as when ffmpeg could not read it.
  const video: MediaFile = { ...file("b.mp4"), duration: 62.5, poster: { width: 640, height: 360, thumb: "thumbs/trip/b.mp4.webp", thumbWidth: 480, thumbHeight: 270 } };
  const media: MediaIndex = new Map([["trip", new Map([...["a.jpg", "notes.pdf", "s.webp", "c.gif"].map((name) => [name, file(name)] as const), ["b.mp4", video]])]]);

  it("shows the photos, videos and GIFs the output holds, each linking to the page of its message, with who sent it and when for the lightbox", () => {
    const [gallery] = site([trip], { pageSize: 2 }, media).galleries;
    expect(gallery).toEqual({
      path: "chats/trip/media.html",
      root: "../../",
      title: "Photos and videos in Trip",
      heading: "Photos and videos in Trip",
      back: { label: "Trip", href: "index.html" },
      items: [
        { href: "index.html#m1", kind: "image", label: "Photo · Jun 1, 2023", original: "../../media/trip/a.jpg", author: "Alice", date: "Thursday, June 1, 2023 · 10:00 AM" },
        {
          href: "3.html#m5", kind: "video", label: "Video · Jun 3, 2023", original: "../../media/trip/b.mp4", author: "Bob", date: "Saturday, June 3, 2023 · 10:00 AM",
          thumb: { src: "../../thumbs/trip/b.mp4.webp", width: 480, height: 270, alt: "Video from Bob, Jun 3, 2023, 1 minute, 2 seconds" }, small: false,
          duration: { text: "1:02", label: "1 minute, 2 seconds" },
        },
        { href: "4.html#m7", kind: "gif", label: "GIF — can't be previewed", original: "../../media/trip/c.gif", author: "Alice", date: "Sunday, June 4, 2023 · 10:00 AM" },
      ],
    });
  });

  it("gives a gallery, and a link to it, only to a chat with photos, videos or GIFs", () => {
    const words = chatOf("words", [said("2023-06-01T10:00", "Alice", "No pictures here")]);
    const built = site([trip, words, chatOf("quiet", [])], {}, media);
    expect(built.galleries.map((g) => [g.path, g.items.length])).toEqual([["chats/trip/media.html", 3]]);
    expect(built.chatPages.map((page) => page.make().gallery)).toEqual(["media.html", null, null]);
  });

  it("marks a picture smaller than a tile, to be shown at its own size rather than blown up", () => {
    const image = (width: number, height: number): MediaFile => ({ ...file("a.jpg"), image: { thumb: "thumbs/a.webp", width, height, thumbWidth: width, thumbHeight: height } });
    const small = (width: number, height: number) => site([trip], {}, new Map([["trip", new Map([["a.jpg", image(width, height)]])]])).galleries[0]!.items[0]!.small;
    expect(small(48, 48)).toBe(true);
    expect(small(640, 100)).toBe(true);
    expect(small(640, 480)).toBe(false);
  });
});
