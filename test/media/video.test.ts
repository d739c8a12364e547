/**
 * Reading videos and voice notes (src/media/video.ts): ffmpeg's log parsed on its own, then real
 * clips made by ffmpeg in the test, a file that only pretends to be a video, and ffmpeg itself missing.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FfmpegUnavailable, packagedFfmpeg, type Ffmpeg } from "../../src/media/ffmpeg.js";
import { ffmpegError, parseDuration, posterTime, readClip } from "../../src/media/video.js";
import { makeVideo, makeVoiceNote } from "./clips.js";

describe("parseDuration", () => {
  it("reads hours, minutes and seconds with their fraction from ffmpeg's Duration line", () => {
    const log = "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'file:/x.mp4':\n  Duration: 00:01:02.50, start: 0.000000, bitrate: 168 kb/s\n    Stream #0:0";
    expect(parseDuration(log)).toBe(62.5);
    expect(parseDuration("  Duration: 01:02:03.04, start: 0")).toBeCloseTo(3723.04);
  });

  it("gives nothing for a stream that names no length, a zero length, or no Duration line", () => {
    expect(parseDuration("  Duration: N/A, start: 0.000000, bitrate: N/A")).toBeUndefined();
    expect(parseDuration("  Duration: 00:00:00.00, start: 0.000000")).toBeUndefined();
    expect(parseDuration("file:/x.mp4: Invalid data found when processing input")).toBeUndefined();
    // A title in the metadata that mentions a duration is not one.
    expect(parseDuration("    title           : Duration: 00:09:00.00 of fun")).toBeUndefined();
  });
});

describe("posterTime", () => {
  it("takes the frame a tenth of the way in, at most one second, and the first frame when the length is unknown", () => {
    expect(posterTime(62.5)).toBe(1);
    expect(posterTime(3)).toBeCloseTo(0.3);
    expect(posterTime(undefined)).toBe(0);
  });
});

describe("ffmpegError", () => {
  it("is ffmpeg's last line, without the file name it starts with or the demuxer's tag", () => {
    const log = "[mov,mp4,m4a,3gp,3g2,mj2 @ 0x1acb4b00] moov atom not found\nfile:/out/x.mp4: Invalid data found when processing input\n";
    expect(ffmpegError(log, "file:/out/x.mp4")).toBe("Invalid data found when processing input");
    expect(ffmpegError("[mov @ 0x1] moov atom not found\n", "file:/out/x.mp4")).toBe("moov atom not found");
    expect(ffmpegError("", "file:/out/x.mp4")).toBe("unknown error");
  });
});

let ffmpeg: Ffmpeg;
let dir: string;

beforeAll(() => {
  const found = packagedFfmpeg();
  if (found instanceof Error) throw found;
  ffmpeg = found;
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "chat-archive-video-"));
});

afterEach(() => rm(dir, { recursive: true, force: true }));

async function file(name: string, bytes: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

describe("readClip", () => {
  it("gives a video's length and a WebP poster no wider than asked, of the upright frame's shape", async () => {
    const path = await file("clip.mp4", await makeVideo(3, 640, 360));
    const clip = await readClip(ffmpeg, path, true, 480);
    expect(clip).toMatchObject({ duration: expect.closeTo(3, 1), poster: { size: { width: 640, height: 360, thumbWidth: 480, thumbHeight: 270 } } });
    const poster = "poster" in clip ? clip.poster! : undefined;
    expect(await sharp(poster!.webp).metadata()).toMatchObject({ format: "webp", width: 480, height: 270 });
  });

  it("turns a portrait video upright, as a player shows it", async () => {
    const path = await file("portrait.mp4", await makeVideo(1, 320, 240, 90));
    expect(await readClip(ffmpeg, path, true, 480)).toMatchObject({ poster: { size: { width: 240, height: 320, thumbWidth: 240, thumbHeight: 320 } } });
  });

  it("takes the first frame of a clip too short to seek into", async () => {
    const path = await file("short.mp4", await makeVideo(0.2));
    expect(await readClip(ffmpeg, path, true, 480)).toMatchObject({ poster: { size: { width: 320, height: 240 } } });
  });

  it("gives a voice note its length and no picture", async () => {
    const path = await file("note.opus", await makeVoiceNote(2));
    const clip = await readClip(ffmpeg, path, false, 480);
    expect(clip).toEqual({ duration: expect.closeTo(2, 1) });
  });

  it("says why a file that is no video or sound cannot be read, and that a sound alone has no frame", async () => {
    const noise = await file("noise.mp4", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
    expect(await readClip(ffmpeg, noise, true, 480)).toEqual({ broken: { code: "videoUnreadable", values: { error: "Invalid data found when processing input" } } });
    expect(await readClip(ffmpeg, noise, false, 480)).toEqual({ broken: { code: "audioUnreadable", values: { error: "Invalid data found when processing input" } } });
    const sound = await file("sound.mp4", await makeVoiceNote(1));
    expect(await readClip(ffmpeg, sound, true, 480)).toEqual({ broken: { code: "videoNoFrame" } });
  });

  it("rejects with FfmpegUnavailable when the binary cannot be started", async () => {
    const path = await file("clip.mp4", Buffer.from("not read"));
    await expect(readClip({ path: join(dir, "no-ffmpeg"), version: "none" }, path, true, 480)).rejects.toBeInstanceOf(FfmpegUnavailable);
  });
});

