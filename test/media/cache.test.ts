/**
 * The thumbnail cache on its own (src/media/cache.ts, keys from src/media/thumbnail.ts): what one
 * build stores, the next build finds whole, under a key that changes with anything that would change
 * the thumbnail; a cache that cannot be written costs a warning, never the build.
 */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { language } from "../../src/i18n/index.js";
import { ThumbnailCache } from "../../src/media/cache.js";
import { contentDigest } from "../../src/media/copy.js";
import { makeThumbnail, thumbnailKey, type Thumbnail } from "../../src/media/thumbnail.js";
import { Warnings } from "../../src/model.js";
import { noise } from "./images.js";

let photo: Buffer;
let otherPhoto: Buffer;
let thumbnail: Thumbnail;

beforeAll(async () => {
  photo = await noise(640, 480).jpeg().toBuffer();
  otherPhoto = await sharp({ create: { width: 640, height: 480, channels: 3, background: "teal" } }).jpeg().toBuffer();
  thumbnail = await makeThumbnail(photo, 480);
});

let dir: string;
let cacheDir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "chat-archive-cache-"));
  cacheDir = join(dir, "cache");
});

afterEach(() => rm(dir, { recursive: true, force: true }));

describe("ThumbnailCache", () => {
  it("gives a later build the thumbnail an earlier one stored, size and bytes, and writes nothing else", async () => {
    expect(thumbnail).toMatchObject({ size: { width: 640, height: 480, thumbWidth: 480, thumbHeight: 360 } });
    const key = await thumbnailKey(contentDigest(photo), 480);
    const warnings = new Warnings();
    await new ThumbnailCache(cacheDir, warnings).put(key, thumbnail);

    // A new cache object over the same folder is what the next build has.
    expect(await new ThumbnailCache(cacheDir, warnings).get(key)).toEqual(thumbnail);
    // Written under a temporary name and renamed: no temporary file is left behind.
    expect((await readdir(cacheDir)).sort()).toEqual([`${key}.json`, `${key}.webp`]);
    expect(warnings.list).toEqual([]);
  });

  it("remembers that an image is unreadable, so a later build does not decode it again", async () => {
    const bytes = photo.subarray(0, 100);
    const unreadable = await makeThumbnail(bytes, 480);
    expect(unreadable).toMatchObject({ broken: { code: expect.stringMatching(/^image/) } });
    const key = await thumbnailKey(contentDigest(bytes), 480);
    await new ThumbnailCache(cacheDir, new Warnings()).put(key, unreadable);
    expect(await new ThumbnailCache(cacheDir, new Warnings()).get(key)).toEqual(unreadable);
    expect(await readdir(cacheDir)).toEqual([`${key}.json`]);
  });

  it("finds nothing for a key it never stored, or in a folder that does not exist", async () => {
    await new ThumbnailCache(cacheDir, new Warnings()).put(await thumbnailKey(contentDigest(photo), 480), thumbnail);
    expect(await new ThumbnailCache(cacheDir, new Warnings()).get(await thumbnailKey(contentDigest(otherPhoto), 480))).toBeUndefined();
    expect(await new ThumbnailCache(join(dir, "never-made"), new Warnings()).get(await thumbnailKey(contentDigest(photo), 480))).toBeUndefined();
  });

  it("takes a half-written, damaged or emptied entry for none, so the thumbnail is made again", async () => {
    const key = await thumbnailKey(contentDigest(photo), 480);
    const cache = new ThumbnailCache(cacheDir, new Warnings());
    const entry = async (json: string, webp?: Buffer): Promise<Thumbnail | undefined> => {
      await rm(cacheDir, { recursive: true, force: true });
      await mkdir(cacheDir);
      await writeFile(join(cacheDir, `${key}.json`), json);
      if (webp) await writeFile(join(cacheDir, `${key}.webp`), webp);
      return cache.get(key);
    };
    const size = JSON.stringify({ width: 640, height: 480, thumbWidth: 480, thumbHeight: 360 });
    expect(await entry(size, Buffer.from("webp"))).toEqual({ size: JSON.parse(size), webp: Buffer.from("webp") });
    // The sizes are there but the picture is not (a cache folder cleaned by hand).
    expect(await entry(size)).toBeUndefined();
    expect(await entry("{not json", Buffer.from("webp"))).toBeUndefined();
    expect(await entry(JSON.stringify({ width: 640, height: 480, thumbWidth: 0, thumbHeight: 360 }), Buffer.from("webp"))).toBeUndefined();
    expect(await entry(JSON.stringify({ width: "640", height: 480, thumbWidth: 480, thumbHeight: 360 }), Buffer.from("webp"))).toBeUndefined();
    expect(await entry(JSON.stringify({ broken: 42 }))).toBeUndefined();
    // An older version wrote the reason in words, and a notice with a code no catalog has cannot be worded.
    expect(await entry(JSON.stringify({ broken: "not a readable image (unknown format)" }))).toBeUndefined();
    expect(await entry(JSON.stringify({ broken: { code: "noSuchCode" } }))).toBeUndefined();
    expect(await entry(JSON.stringify({ broken: { code: "imageError", values: { error: null } } }))).toBeUndefined();
    expect(await entry(JSON.stringify({ broken: { code: "imageFormat" } }))).toEqual({ broken: { code: "imageFormat" } });
    expect(await entry("null")).toBeUndefined();
  });

  it("goes on when its folder cannot be made, saying so once for the whole build", async () => {
    // A file where the folder should be: refused whoever runs the test, root included.
    const blocker = join(dir, "a-file");
    await writeFile(blocker, "");
    const warnings = new Warnings();
    const cache = new ThumbnailCache(blocker, warnings);
    await cache.put(await thumbnailKey(contentDigest(photo), 480), thumbnail);
    await cache.put(await thumbnailKey(contentDigest(otherPhoto), 480), thumbnail);
    expect(warnings.list).toEqual([{ file: blocker, code: "cacheUnwritable", values: { error: "EEXIST" } }]);
    expect(language("en").warning(warnings.list[0]!)).toBe("the thumbnail cache cannot be written (EEXIST); the next build will make thumbnails again");
    expect(await cache.get(await thumbnailKey(contentDigest(photo), 480))).toBeUndefined();
  });

  it("goes on when an entry cannot be written into an existing folder, with the error's code", async () => {
    const key = await thumbnailKey(contentDigest(photo), 480);
    await mkdir(cacheDir);
    // A folder where the entry's picture should be renamed to.
    await mkdir(join(cacheDir, `${key}.webp`));
    const warnings = new Warnings();
    await new ThumbnailCache(cacheDir, warnings).put(key, thumbnail);
    expect(warnings.list).toEqual([{ file: cacheDir, code: "cacheUnwritable", values: { error: expect.stringMatching(/^E[A-Z]+$/) } }]);
    // The temporary file is removed again, and no sizes are stored without their picture.
    expect(await readdir(cacheDir)).toEqual([`${key}.webp`]);
  });
});

describe("thumbnailKey", () => {
  it("is the same for the same content and width, in any build", async () => {
    expect(await thumbnailKey(contentDigest(Buffer.from(photo)), 480)).toBe(await thumbnailKey(contentDigest(photo), 480));
  });

  it("is another for other bytes or another width", async () => {
    const key = await thumbnailKey(contentDigest(photo), 480);
    expect(await thumbnailKey(contentDigest(otherPhoto), 480)).not.toBe(key);
    expect(await thumbnailKey(contentDigest(photo), 200)).not.toBe(key);
    // One byte more is other content.
    expect(await thumbnailKey(contentDigest(Buffer.concat([photo, Buffer.from([0])])), 480)).not.toBe(key);
  });

  it("names the recipe number, the WebP quality, the pixel cap and the library versions besides width and content", async () => {
    // Each of these changes the thumbnail, so a change of any of them must miss the entries made
    // before it; the constants are thumbnail.ts's RECIPE, QUALITY and MAX_INPUT_PIXELS.
    const { versions } = sharp;
    const recipe = `1 webp q75 w480 max100000000 sharp ${versions.sharp} vips ${versions.vips}`;
    const expected = createHash("sha256").update(recipe).update("\0").update(createHash("sha256").update(photo).digest("hex")).digest("hex");
    expect(await thumbnailKey(contentDigest(photo), 480)).toBe(expected);
  });
});

describe("ThumbnailCache for videos and voice notes", () => {
  const poster = { size: { width: 640, height: 360, thumbWidth: 480, thumbHeight: 270 }, webp: Buffer.from("poster webp") };

  it("gives a later build a video's poster and length, a voice note's length alone, and why a video is unreadable", async () => {
    const clips = {
      video: { duration: 62.5, poster },
      voice: { duration: 3.01 },
      broken: { broken: { code: "videoUnreadable", values: { error: "Invalid data found when processing input" } } },
    } as const;
    const warnings = new Warnings();
    for (const [key, clip] of Object.entries(clips)) await new ThumbnailCache(cacheDir, warnings).putClip(key, clip);
    for (const [key, clip] of Object.entries(clips)) expect(await new ThumbnailCache(cacheDir, warnings).getClip(key)).toEqual(clip);
    // Only the video has a picture; nothing temporary is left behind.
    expect((await readdir(cacheDir)).sort()).toEqual(["broken.json", "video.json", "video.webp", "voice.json"]);
    expect(warnings.list).toEqual([]);
  });

  it("takes an image's entry, a poster's sizes without its picture, or damaged sizes for none, so the clip is read again", async () => {
    const cache = new ThumbnailCache(cacheDir, new Warnings());
    await cache.put("image", thumbnail);
    expect(await cache.getClip("image")).toBeUndefined();
    await cache.putClip("video", { duration: 2, poster });
    await rm(join(cacheDir, "video.webp"));
    expect(await cache.getClip("video")).toBeUndefined();
    await writeFile(join(cacheDir, "odd.json"), JSON.stringify({ clip: true, duration: 2, poster: { width: 640 } }));
    expect(await cache.getClip("odd")).toBeUndefined();
    // A length that is not one is dropped, not trusted.
    await writeFile(join(cacheDir, "nolength.json"), JSON.stringify({ clip: true, duration: "2" }));
    expect(await cache.getClip("nolength")).toEqual({});
  });
});
