/**
 * Videos and voice notes, read with ffmpeg from the copy already written into the output: their
 * duration, and for a video a poster frame made into a WebP thumbnail like a photo's.
 */
import { createHash } from "node:crypto";
import type { Notice } from "../model.js";
import { runFfmpeg, type Ffmpeg } from "./ffmpeg.js";
import { makeThumbnail, thumbnailRecipe, type ImageSize } from "./thumbnail.js";

/** Changes whenever the steps below change, so that the cache forgets clips read the old way. */
const RECIPE = 1;
/** How far into a video its poster frame is taken, at most: past a fade from black, as the app does. */
const POSTER_AT = 1;

export type Clip =
  | { readonly duration?: number; readonly poster?: { readonly size: ImageSize; readonly webp: Buffer } }
  | { readonly broken: Notice };

/** Seconds from ffmpeg's "Duration: 00:01:02.50" line; undefined when it names none ("N/A") or zero. */
export function parseDuration(log: string): number | undefined {
  const match = /^\s*Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/m.exec(log);
  if (!match) return undefined;
  const seconds = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
  return seconds > 0 ? seconds : undefined;
}

/** Where the poster frame is taken: a tenth in, at most one second; a clip of unknown length at its first frame. */
export function posterTime(duration: number | undefined): number {
  return duration === undefined ? 0 : Math.min(POSTER_AT, duration / 10);
}

/** Why ffmpeg could not read `input`: its last line, without the file name it starts with. */
export function ffmpegError(log: string, input: string): string {
  const lines = log.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const last = lines.at(-1) ?? "";
  const message = last.startsWith(`${input}: `) ? last.slice(input.length + 2) : last.replace(/^\[[^\]]*\]\s*/, "");
  return message.slice(0, 200) || "unknown error";
}

/** Names one clip's cache entry: its content and everything that shapes the result, down to ffmpeg's version. */
export async function clipKey(digest: string, video: boolean, width: number, ffmpeg: Ffmpeg): Promise<string> {
  const recipe = `clip ${RECIPE} ${video ? `video at ${POSTER_AT}s ${await thumbnailRecipe(width)}` : "audio"} ffmpeg ${ffmpeg.version}`;
  return createHash("sha256").update(recipe).update("\0").update(digest).digest("hex");
}

/**
 * The clip at `path`: its duration, and for a video its poster frame at most `width` wide, or why
 * ffmpeg cannot read it. Rejects with FfmpegUnavailable when ffmpeg itself cannot be started.
 */
export async function readClip(ffmpeg: Ffmpeg, path: string, video: boolean, width: number): Promise<Clip> {
  // "file:" keeps a name with a colon from being taken for another protocol.
  const input = `file:${path}`;
  const unreadable = (error: string): Clip => ({ broken: { code: video ? "videoUnreadable" : "audioUnreadable", values: { error } } });
  const probe = await runFfmpeg(ffmpeg.path, ["-hide_banner", "-nostdin", "-i", input]);
  if (probe.killed) return unreadable("ffmpeg took too long");
  const duration = parseDuration(probe.stderr);
  if (!/^\s*Stream #/m.test(probe.stderr)) return unreadable(ffmpegError(probe.stderr, input));
  const timed = duration === undefined ? {} : { duration: Math.round(duration * 100) / 100 };
  if (!video) return timed;

  const at = posterTime(duration);
  // A clip shorter than its reported length (cut off, say) may have no frame there, but one at the start.
  const png = (await frame(ffmpeg, input, at)) ?? (at > 0 ? await frame(ffmpeg, input, 0) : undefined);
  if (!png) return { broken: { code: "videoNoFrame" } };
  const thumbnail = await makeThumbnail(png, width);
  if ("broken" in thumbnail) return thumbnail;
  return { ...timed, poster: thumbnail };
}

/** The frame `at` seconds in, as PNG; undefined when there is none (past the end, no picture, unreadable). */
async function frame(ffmpeg: Ffmpeg, input: string, at: number): Promise<Buffer | undefined> {
  const { stdout } = await runFfmpeg(ffmpeg.path, [
    "-hide_banner", "-nostdin", "-v", "error", "-ss", at.toFixed(3), "-i", input,
    "-map", "0:v:0", "-frames:v", "1", "-f", "image2pipe", "-c:v", "png", "-",
  ]);
  return stdout.length > 0 ? stdout : undefined;
}
