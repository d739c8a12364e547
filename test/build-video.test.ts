/**
 * An export holding a real video, a real voice note (both made by ffmpeg here) and a file that only
 * pretends to be a video, built for real: the chat shows the video's poster at its size with its
 * length and a link to the original, the voice note its length, the gallery a poster tile; the
 * pretender is a tile with a download link and one warning; a second build reads nothing again.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load, type CheerioAPI } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive, type BuildResult } from "../src/build.js";
import { language } from "../src/i18n/index.js";
import { Warnings } from "../src/model.js";
import { makeZip } from "./ingest/fixtures.js";
import { makeVideo, makeVoiceNote } from "./media/clips.js";

const VIDEO = "00000002-VIDEO-2023-01-15-09-05-00.mp4";
const VOICE = "00000003-AUDIO-2023-01-15-09-06-00.opus";
const BROKEN = "00000004-VIDEO-2023-01-15-09-07-00.mp4";
/** WhatsApp's GIF: a short silent MP4. */
const GIF = "00000005-GIF-2023-01-15-09-08-00.mp4";

let scratch: string;
let zip: string;
let first: BuildResult & { lines: string[] };

async function build(output: string, cacheDir: string): Promise<BuildResult & { lines: string[] }> {
  const warnings = new Warnings();
  const result = await buildArchive({ inputs: [zip], output: join(scratch, output), pageSize: 500, cache: true, cacheDir: join(scratch, cacheDir) }, warnings);
  return { ...result, lines: warnings.list.map((w) => `${w.file}: ${language("en").warning(w)}`) };
}

const page = (output: string, path: string): CheerioAPI => load(readFileSync(join(scratch, output, path), "utf8"));

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "chat-archive-video-build-"));
  const chat = [
    "[15/01/2023, 09:04:31] Ann Lee: Look at this",
    `[15/01/2023, 09:05:00] Ann Lee: \u200e<attached: ${VIDEO}>`,
    `[15/01/2023, 09:06:00] Ben Okoro: \u200e<attached: ${VOICE}>`,
    `[15/01/2023, 09:07:00] Ann Lee: \u200e<attached: ${BROKEN}>`,
    `[15/01/2023, 09:08:00] Ben Okoro: \u200e<attached: ${GIF}>`,
    "",
  ].join("\n");
  zip = join(scratch, "WhatsApp Chat - Ann Lee.zip");
  await writeFile(zip, await makeZip([
    { name: "_chat.txt", data: chat },
    // 62.5 seconds: "1:02", a minute and two seconds, as WhatsApp counts it.
    { name: VIDEO, data: await makeVideo(62.5, 640, 360) },
    { name: VOICE, data: await makeVoiceNote(3) },
    { name: BROKEN, data: Buffer.from("not a video at all, though named .mp4") },
    { name: GIF, data: await makeVideo(1, 200, 150) },
  ]));
  first = await build("site", "cache");
}, 120_000);

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("an export with a video and a voice note", () => {
  it("shows the video as its poster at the poster's size, with its length, linking to the original", () => {
    const $ = page("site", "chats/ann-lee/index.html");
    const video = $("a.media.video");
    expect(video.length).toBe(1);
    expect(video.attr("href")).toBe(`../../media/ann-lee/${VIDEO}`);
    const poster = video.find("img");
    expect([poster.attr("src"), poster.attr("width"), poster.attr("height")]).toEqual([`../../thumbs/ann-lee/${VIDEO}.webp`, "480", "270"]);
    expect(poster.attr("alt")).toBe("Video from Ann Lee, Jan 15, 2023, 1 minute, 2 seconds");
    expect(video.find(".duration").text()).toBe("1:02");
    expect(readFileSync(join(scratch, "site", "thumbs", "ann-lee", `${VIDEO}.webp`)).subarray(8, 12).toString()).toBe("WEBP");
  });

  it("loops a GIF where it is, muted, over its poster at the poster's size", () => {
    const $ = page("site", "chats/ann-lee/index.html");
    const gif = $("video.media.gif");
    expect([gif.attr("src"), gif.attr("poster"), gif.attr("width"), gif.attr("height")])
      .toEqual([`../../media/ann-lee/${GIF}`, `../../thumbs/ann-lee/${GIF}.webp`, "200", "150"]);
    expect([gif.is("[loop]"), gif.is("[muted]"), gif.attr("aria-label")]).toEqual([true, true, "GIF from Ben Okoro, Jan 15, 2023"]);
  });

  it("shows the voice note's length beside its player, read out in words", () => {
    const $ = page("site", "chats/ann-lee/index.html");
    const audio = $(".media.audio");
    expect(audio.find("audio").attr("src")).toBe(`../../media/ann-lee/${VOICE}`);
    expect(audio.find(".duration [aria-hidden]").text()).toBe("0:03");
    expect(audio.find(".duration .visually-hidden").text()).toBe("3 seconds");
  });

  it("shows the video in the gallery as its poster with its length, not as a text tile", () => {
    const $ = page("site", "chats/ann-lee/media.html");
    const tiles = $(".gallery-video a");
    expect(tiles.length).toBe(2);
    expect($(".gallery-gif img").attr("src")).toBe(`../../thumbs/ann-lee/${GIF}.webp`);
    const tile = tiles.first();
    expect(tile.attr("data-original")).toBe(`../../media/ann-lee/${VIDEO}`);
    expect(tile.find("img").attr("src")).toBe(`../../thumbs/ann-lee/${VIDEO}.webp`);
    expect(tile.find(".duration").text()).toBe("1:02");
    expect(tile.text()).not.toContain("▶");
  });

  it("shows the file that is no video as a tile saying so, with a link to download it, and one warning naming it", () => {
    const $ = page("site", "chats/ann-lee/index.html");
    const placeholder = $(".placeholder.media-video");
    expect(placeholder.text()).toBe("⌀ Video — can't be previewed · Download");
    expect(placeholder.find("a").attr("href")).toBe(`../../media/ann-lee/${BROKEN}`);
    const tile = page("site", "chats/ann-lee/media.html")(".gallery-video a").last();
    expect(tile.text().trim()).toBe("Video — can't be previewed");
    // Not a stop of the lightbox, which could not play it either.
    expect(tile.attr("data-lightbox")).toBeUndefined();
    expect(first.lines).toEqual([`WhatsApp Chat - Ann Lee.zip: ${BROKEN}: not a readable video (Invalid data found when processing input); shown as a placeholder`]);
  });

  it("reads the clips once: a new build with the same cache takes them all from it, to the same pages", async () => {
    expect(first.clips).toEqual({ made: 4, reused: 0 });
    const second = await build("again", "cache");
    expect(second.clips).toEqual({ made: 0, reused: 4 });
    expect(second.lines).toEqual(first.lines);
    for (const path of ["chats/ann-lee/index.html", "chats/ann-lee/media.html"]) {
      expect(readFileSync(join(scratch, "again", path), "utf8")).toBe(readFileSync(join(scratch, "site", path), "utf8"));
    }
  });
});
