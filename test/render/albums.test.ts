// An album as the chat page's markup gives it, for the kinds of grid the data stage makes: three with
// a video among them (one wide above two), whose video tile is a labelled link to the video that the
// lightbox opens, or its poster with the play symbol and its length where the output has one.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "cheerio";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/data/index.js";
import { language } from "../../src/i18n/index.js";
import { stageContext, Warnings, type MediaFile, type MediaIndex } from "../../src/model.js";
import { renderSite } from "../../src/render/index.js";
import { chatOf, said } from "../data/chats.js";

const scratch = mkdtempSync(join(tmpdir(), "chat-archive-render-albums-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const image = (name: string): MediaFile => ({
  original: `media/trip/${name}`, bytes: 1_000,
  image: { width: 800, height: 600, thumb: `thumbs/trip/${name}.webp`, thumbWidth: 400, thumbHeight: 300 },
});

const attach = (fileName: string, kind: "image" | "video") => ({ attachments: [{ fileName, kind, present: true }] });

/** The chat page of a three-message album whose middle message is a video the output holds as `clip`. */
async function albumPage(folder: string, clip: MediaFile): Promise<ReturnType<typeof load>> {
  const trip = chatOf("trip", [
    said("2023-06-01T10:00:00", "Alice", "", attach("a.jpg", "image")),
    said("2023-06-01T10:00:02", "Alice", "", attach("clip.mp4", "video")),
    said("2023-06-01T10:00:04", "Alice", "Our day <3", attach("b.jpg", "image")),
  ]);
  const media: MediaIndex = new Map([["trip", new Map([["a.jpg", image("a.jpg")], ["b.jpg", image("b.jpg")], ["clip.mp4", clip]])]]);
  const site = buildSite([trip], media, { pageSize: 500, lang: language("en") }, stageContext(new Warnings()));
  const out = join(scratch, folder);
  await renderSite(site, out, {}, stageContext(new Warnings()));
  return load(readFileSync(join(out, "chats", "trip", "index.html"), "utf8"));
}

describe("an album on a chat's page", () => {
  it("is one bubble, a group named by its count, whose tiles carry their messages' ids and link to the originals", async () => {
    const $ = await albumPage("still-less", { original: "media/trip/clip.mp4", bytes: 9_000 });

    expect($(".bubble").length).toBe(1);
    const album = $(".bubble .album");
    expect([album.attr("role"), album.attr("aria-label"), album.hasClass("album-3")]).toEqual(["group", "Album, 3 photos and videos", true]);
    const tiles = album.find("a.tile").toArray().map((tile) => ({
      id: $(tile).attr("id"), href: $(tile).attr("href"), kind: $(tile).attr("data-lightbox"), alt: $(tile).find("img").attr("alt"), label: $(tile).find(".tile-label").text(),
    }));
    expect(tiles).toEqual([
      { id: "m1", href: "../../media/trip/a.jpg", kind: "image", alt: "Photo from Alice, Jun 1, 2023", label: "" },
      // No still yet: the tile is the video's label, over the tile's colour.
      { id: "m2", href: "../../media/trip/clip.mp4", kind: "video", alt: undefined, label: "Video" },
      { id: "m3", href: "../../media/trip/b.jpg", kind: "image", alt: "Photo from Alice, Jun 1, 2023", label: "" },
    ]);
    // The last photo's caption sits under the grid, escaped, and the bubble's time is that photo's.
    expect($(".bubble .album + .text").text()).toBe("Our day <3");
    expect($(".bubble .meta a.time").attr("href")).toBe("index.html#m3");
  }, 60_000);

  it("shows a video's poster in its tile, with the play symbol and its length, and its alt text for a name", async () => {
    const $ = await albumPage("poster", {
      original: "media/trip/clip.mp4", bytes: 9_000, duration: 62.4,
      poster: { width: 1280, height: 720, thumb: "thumbs/trip/clip.mp4.webp", thumbWidth: 480, thumbHeight: 270 },
    });
    const tile = $("a.tile#m2");
    expect({
      src: tile.find("img").attr("src"), alt: tile.find("img").attr("alt"), play: tile.find(".play").length,
      length: tile.find(".duration").text(), label: tile.find(".tile-label").length,
    }).toEqual({ src: "../../thumbs/trip/clip.mp4.webp", alt: "Video from Alice, Jun 1, 2023, 1 minute, 2 seconds", play: 1, length: "1:02", label: 0 });
  }, 60_000);
});
