import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../src/build.js";
import { readChats } from "../src/read.js";
import { Warnings, type Chat, type Phase, type Progress } from "../src/model.js";
import { searchableText } from "../src/search/documents.js";

const root = join(import.meta.dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "chat-archive-build-"));
const output = join(scratch, "site");
let chats: Chat[] = [];
/** Each phase the build reported: its total, the steps it said were done, and whether it ended; in the order they started. */
const phases = new Map<Phase, { total: number; done: number; ended: boolean }>();
const progress: Progress = {
  start: (phase, total) => void phases.set(phase, { total, done: 0, ended: false }),
  advance: (phase, count = 1) => void (phases.get(phase)!.done += count),
  end: (phase) => void (phases.get(phase)!.ended = true),
};
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(async () => {
  const warnings = new Warnings();
  // A small page size, so the demo spans several pages and paging is exercised.
  await buildArchive({ inputs: [join(root, "content")], output, pageSize: 25, cache: false, progress }, warnings);
  chats = (await readChats([join(root, "content")], undefined, new Warnings())).map((c) => c.chat);
}, 120_000);

const html = (path: string): CheerioAPI => load(readFileSync(join(output, path), "utf8"));
const htmlFiles = (): string[] => walk(output).filter((f) => f.endsWith(".html"));
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe("the built demo archive", () => {
  it("reported every phase, each counted to its end", () => {
    const files = (dir: string): number => (existsSync(join(output, dir)) ? walk(join(output, dir)).length : 0);
    // Media and the index run at the same time, so either may start first.
    expect([...phases.keys()]).toEqual(expect.arrayContaining(["read", "media", "index", "render"]));
    expect([...phases.keys()][0]).toBe("read");
    expect([...phases.keys()][3]).toBe("render");
    expect(Object.fromEntries(phases)).toEqual({
      read: { total: 2, done: 2, ended: true },
      media: { total: files("media"), done: files("media"), ended: true },
      // The search index counts the messages it indexed: those with words.
      index: { total: 110, done: chats.flatMap((c) => c.messages).filter((m) => searchableText(m) !== "").length, ended: true },
      render: { total: htmlFiles().length, done: htmlFiles().length, ended: true },
    });
  });

  it("lists every chat on the index, newest activity first, linking to its first page", () => {
    const $ = html("index.html");
    const cards = $(".chat-card").toArray().map((card) => [$(card).find(".chat-card-title").text(), $(card).find("a").attr("href")]);
    expect(cards).toEqual([
      ["Hiking Club", "chats/hiking-club/index.html"],
      ["Jonas", "chats/jonas/index.html"],
    ]);
    expect($(".totals").text()).toContain("2 chats");
  });

  it("shows every message with its author and time, once, on the page its permalink names", () => {
    for (const chat of chats) {
      const pages = readdirSync(join(output, "chats", chat.id)).filter((f) => /^(index|\d+)\.html$/.test(f));
      const seen = new Map<string, string>();
      for (const page of pages) {
        const $ = html(join("chats", chat.id, page));
        // A message in an album is its tile, which carries its id.
        $(".row.msg[id], .row.system, .tile").each((_, el) => {
          const id = $(el).attr("id")!;
          expect(seen.has(id), `${id} appears twice`).toBe(false);
          seen.set(id, page);
        });
      }
      expect(seen.size).toBe(chat.messages.length);
      for (const m of chat.messages) {
        const page = seen.get(`m${m.id}`)!;
        const $ = html(join("chats", chat.id, page));
        const row = $(`#m${m.id}`);
        if (row.hasClass("tile")) {
          // A photo of an album: its tile links to the photo, and the album's bubble names who sent it.
          expect(row.attr("href")).toBe(`../../media/${chat.id}/${m.attachments[0]!.fileName}`);
          expect(row.closest(".row").find(".author").text()).toBe(m.author);
          continue;
        }
        expect(row.find("time").attr("datetime")).toBe(m.timestamp);
        if (m.author !== null) expect(row.find(".author").text()).toBe(m.author);
        const shown = row.text().replace(/\s+/g, " ");
        for (const line of m.text.split("\n").filter((l) => l.trim())) {
          // Formatting markers are rendered as elements; the words themselves must all be there.
          const words = line.replace(/[*_~`]/g, " ").split(/\s+/).filter((w) => /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(w));
          for (const word of words) expect(shown).toContain(word);
        }
        expect(row.find(`a.time`).attr("href")).toBe(`${page}#m${m.id}`);
      }
    }
  });

  it("shows Bongani's six Cape Point photos, sent seconds apart, as one album bubble of six tiles with +3 over the fourth", () => {
    const $ = html("chats/hiking-club/3.html");
    const albums = $(".album");
    expect(albums.length).toBe(1);
    expect(albums.attr("role")).toBe("group");
    expect(albums.attr("aria-label")).toBe("Album, 6 photos");
    expect(albums.closest(".bubble").find(".author").text()).toBe("Bongani Dlamini");
    const tiles = albums.find("a.tile").toArray();
    expect(tiles.map((tile) => $(tile).attr("id"))).toEqual(["m69", "m70", "m71", "m72", "m73", "m74"]);
    // Each tile links to its photo, whose thumbnail it shows with its alt text, as a stop of the lightbox.
    for (const tile of tiles) {
      expect($(tile).attr("href")).toMatch(/^\.\.\/\.\.\/media\/hiking-club\/000000\d\d-PHOTO-2023-03-18-12-41-\d\d\.jpg$/);
      expect($(tile).attr("data-lightbox")).toBe("image");
      expect($(tile).find("img").attr("alt")).toBe("Photo from Bongani Dlamini, Mar 18, 2023");
    }
    expect(albums.find(".tile-more").toArray().map((more) => [$(more).parent().attr("id"), $(more).text()])).toEqual([["m72", "+3"]]);
    // The bubble's time is its last photo's, linking to it.
    expect(albums.closest(".bubble").find(".meta a.time").attr("href")).toBe("3.html#m74");
  });

  it("puts the bubbles of Alice, who exported both demo chats, on the right in both, and everyone else's on the left", () => {
    for (const chat of chats) {
      const pages = readdirSync(join(output, "chats", chat.id)).filter((f) => /^(index|\d+)\.html$/.test(f));
      const sides = new Map<string, Set<boolean>>();
      for (const page of pages) {
        const $ = html(join("chats", chat.id, page));
        $(".row.msg").each((_, row) => {
          const author = $(row).find(".author").text();
          sides.set(author, (sides.get(author) ?? new Set()).add($(row).hasClass("mine")));
        });
      }
      expect(Object.fromEntries([...sides].map(([author, mine]) => [author, [...mine]])), chat.id).toEqual(
        Object.fromEntries(chat.participants.map((name) => [name, [name === "Alice Moreau"]])),
      );
    }
  });

  it("shows HTML in a message as text", () => {
    const source = readFileSync(join(output, "chats/hiking-club/index.html"), "utf8");
    expect(source).not.toContain("<script>alert");
    const texts = htmlFiles().flatMap((f) => load(readFileSync(f, "utf8"))(".text").toArray().map((el) => load(el).text()));
    expect(texts.some((t) => t.includes('<script>alert("hi")</script>'))).toBe(true);
  });

  it("links only within the archive, relatively, to files that exist", () => {
    for (const file of htmlFiles()) {
      const $ = load(readFileSync(file, "utf8"));
      const links = $("a[href], img[src], video[src], audio[src], link[href], script[src]").toArray()
        .map((el) => $(el).attr("href") ?? $(el).attr("src")!);
      for (const link of links) {
        if (/^https?:\/\//.test(link)) continue; // a link in a message leads out, on purpose
        expect(link, `${relative(output, file)}: ${link}`).not.toMatch(/^(\/|[a-z]+:)/i);
        const [path, hash] = link.split("#") as [string, string | undefined];
        const target = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
        expect(existsSync(target), `${relative(output, file)}: ${link}`).toBe(true);
        expect(statSync(target).isFile(), `${relative(output, file)}: ${link} names a file`).toBe(true);
        if (hash) expect(load(readFileSync(target, "utf8"))(`[id="${hash}"]`).length, `${link}`).toBe(1);
      }
    }
  });

  it("gives every page a language, a title, a viewport, noindex and a Content-Security-Policy", () => {
    for (const file of htmlFiles()) {
      const $ = load(readFileSync(file, "utf8"));
      expect($("html").attr("lang")).toBe("en");
      expect($("title").text().trim()).not.toBe("");
      expect($('meta[name="viewport"]').length).toBe(1);
      expect($('meta[name="robots"]').attr("content")).toBe("noindex, nofollow");
      // A policy that allows nothing remote and nothing inline: no host, no scheme, no 'unsafe-…'.
      const policy = $('meta[http-equiv="Content-Security-Policy"]').attr("content") ?? "";
      expect(policy).toMatch(/^default-src 'none';/);
      expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'|blob:/);
      expect($("[onclick], [onload], [onerror], [style]").length, file).toBe(0);
      expect($("script:not([src])").length, file).toBe(0);
    }
  });

  it("puts one search box on every page, scoped to the chat on a chat's pages, with both indexes beside it", () => {
    for (const file of htmlFiles()) {
      const $ = load(readFileSync(file, "utf8"));
      const form = $('form[role="search"]');
      expect(form.length, file).toBe(1);
      expect(form.find('input[type="search"]').length, file).toBe(1);
      expect(form.find("label").first().text()).toBe("Search messages");
      const chat = /chats\/([^/]+)\/(?:index|\d+)\.html$/.exec(file)?.[1] ?? "";
      expect(form.attr("data-chat"), file).toBe(chat);
      expect($('script[src$="assets/search.js"]').length, file).toBe(1);
    }
    expect(existsSync(join(output, "assets", "search.js"))).toBe(true);
    expect(existsSync(join(output, "search", "index.js"))).toBe(true);
    expect(existsSync(join(output, "pagefind", "0", "pagefind.js"))).toBe(true);
  });

  it("shows photos as thumbnails linking to the original, and a placeholder for the missing one", () => {
    const $ = html("chats/hiking-club/index.html");
    const photo = $("a.photo").first();
    expect(photo.attr("href")).toMatch(/^\.\.\/\.\.\/media\/hiking-club\/\d+-PHOTO-.*\.jpg$/);
    const img = photo.find("img");
    expect(img.attr("src")).toMatch(/^\.\.\/\.\.\/thumbs\/hiking-club\/.*\.webp$/);
    // The chat's first photo is the square 1080 × 1080 one (content/README.md), made 480 pixels wide.
    expect([img.attr("width"), img.attr("height")]).toEqual(["480", "480"]);
    expect(img.attr("loading")).toBe("lazy");
    expect(img.attr("alt")).toMatch(/^Photo from Bongani Dlamini, .*2022$/);
    const all = htmlFiles().map((f) => readFileSync(f, "utf8")).join("");
    expect(all).toContain("00000058-PHOTO-2023-02-18-16-40-27.jpg is missing from the export");
  });

  it("shows what WhatsApp's markers stood for, in words", () => {
    const pages = readdirSync(join(output, "chats/hiking-club")).filter((f) => f.endsWith(".html") && f !== "media.html");
    const $ = load(pages.map((p) => readFileSync(join(output, "chats/hiking-club", p), "utf8")).join(""));
    expect($(".deleted").first().text()).toBe("This message was deleted");
    expect($(".edited").first().text()).toBe("edited");
    expect($(".media.audio a[download]").text()).toBe("Download");
    expect($("audio[controls][preload=none]").length).toBe(1);
    // The demo's video and voice note are real: the video shows its poster and length, the voice note its length.
    expect($("a.media.video img[width=320][height=240]").length).toBe(1);
    expect($("a.media.video .duration").text()).toBe("0:02");
    expect($(".media.audio .duration [aria-hidden]").text()).toBe("0:03");
    expect($(".media.contact .card-title").text()).toBe("Mountain Rescue");
    expect($(".media.contact .card-detail").text()).toBe("+27 21 555 0123");
    // The name it was sent with, not iOS's numbered copy; the page count iOS wrote before its marker.
    const doc = $(".media.document");
    expect(doc.find(".card-title").text()).toBe("Route-Plan.pdf");
    expect(doc.find(".card-kind").text()).toBe("Document · PDF");
    // The PDF in the zip is 1,354 bytes.
    expect(doc.find(".card-detail").text()).toBe("1.3 KB · 1 page");
    expect(doc.find("a").toArray().map((a) => [$(a).attr("href"), $(a).attr("download"), $(a).text()])).toEqual([
      ["../../media/hiking-club/00000062-Route-Plan.pdf", "Route-Plan.pdf", "Download"],
    ]);
    // "Route-Plan.pdf • 1 page" was all the message's text: the card says it, nothing repeats it.
    expect(doc.closest(".bubble").find(".text").length).toBe(0);
    expect(doc.closest(".row").hasClass("bare")).toBe(true);
    expect($(".location a").attr("href")).toBe("https://maps.google.com/?q=-33.9249,18.4241");
    expect($(".poll-question").text()).toContain("Where should we go on Sunday 15 January?");
    expect($(".notice").text()).toContain("Missed voice call");
    expect($('a[rel="noopener noreferrer nofollow"]').toArray().every((a) => /^https?:\/\//.test($(a).attr("href")!))).toBe(true);
  });

  it("lists every warning of the build in report.html, linked from the index", () => {
    expect(html("index.html")('a[href="report.html"]').length).toBe(1);
    const $ = html("report.html");
    // Worded, not its code: file, line and what happened in the archive's language.
    expect($(".report tbody tr").toArray().map((tr) => $(tr).find("td").toArray().map((td) => $(td).text()))).toEqual([
      ["WhatsApp Chat - Hiking Club.zip", expect.stringMatching(/^\d+$/), "00000058-PHOTO-2023-02-18-16-40-27.jpg is named in the chat but missing from the export"],
    ]);
  });
});
