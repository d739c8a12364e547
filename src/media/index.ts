/**
 * The media stage: every attachment an export holds is copied into `media/<chat id>/`, photos and
 * stickers get a WebP thumbnail in `thumbs/<chat id>/` (cached by content), videos a poster frame
 * there and their duration, voice notes and audio their duration (cached too), contact cards are read
 * for their name and number. A file that cannot be read or decoded becomes a warning, never an error.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { resolve, sep } from "node:path";
import pLimit, { type LimitFunction } from "p-limit";
import { WarningError, type AttachmentKind, type ExportFile, type MediaFile, type MediaIndex, type MergedChat, type Notice, type StageContext } from "../model.js";
import { mediaFolder, originalPath, thumbnailFolder, thumbnailPath } from "../layout.js";
import { isPositiveInteger } from "../numbers.js";
import { ThumbnailCache } from "./cache.js";
import { copyFile, ReadFailure } from "./copy.js";
import { FfmpegUnavailable, packagedFfmpeg, type Ffmpeg } from "./ffmpeg.js";
import { folderNames } from "./names.js";
import { makeThumbnail, thumbnailKey, type Thumbnail } from "./thumbnail.js";
import { parseVcard } from "./vcard.js";
import { clipKey, readClip, type Clip } from "./video.js";

export interface MediaOptions {
  /** Files handled at once; default: the number of CPUs. */
  readonly concurrency?: number;
  /** Thumbnails' width in pixels (images narrower are not enlarged); default 480. */
  readonly thumbnailWidth?: number;
  /** Where thumbnails are cached (the build gives `defaultCacheDir()` unless told otherwise); none: the cache is neither read nor written. */
  readonly cacheDir?: string;
  /** The ffmpeg binary to read videos and voice notes with; default: the one the npm package holds. */
  readonly ffmpeg?: string;
}

export interface MediaResult {
  readonly index: MediaIndex;
  /** Images decoded this build, whether they yielded a thumbnail or proved unreadable. */
  readonly thumbnailsMade: number;
  /** Images whose thumbnail (or unreadability) came from the cache. */
  readonly thumbnailsReused: number;
  /** Videos and voice notes ffmpeg read this build, and those whose poster and duration came from the cache. */
  readonly clipsMade: number;
  readonly clipsReused: number;
}

export const THUMBNAIL_WIDTH = 480;

/**
 * Images and contact cards up to this size are kept in memory as they are copied, for sharp and the
 * card reader; a bigger image is read by sharp from the copy, so no file is ever held whole beyond it.
 */
const KEPT_BYTES = 32 * 1024 * 1024;

interface Job {
  readonly chatId: string;
  readonly fileName: string;
  /** The name in the chat's media folder. */
  readonly safeName: string;
  readonly kinds: ReadonlySet<AttachmentKind>;
  readonly file: ExportFile;
  /** The export's name, for warnings. */
  readonly source: string;
}

/** Photos and stickers get a thumbnail; a file named as both a document and a photo still does. */
const decoded = (job: Job): boolean => job.kinds.has("image") || job.kinds.has("sticker");
/** Videos (a WhatsApp GIF is an MP4 too) get a poster frame; they, voice notes and audio get a duration. */
const filmed = (job: Job): boolean => job.kinds.has("video") || job.kinds.has("gif");
const timed = (job: Job): boolean => filmed(job) || job.kinds.has("voice") || job.kinds.has("audio");

interface Done {
  readonly media?: MediaFile;
  readonly warning?: Notice;
  readonly thumbnail?: "made" | "reused";
  readonly clip?: "made" | "reused";
}

interface Context {
  readonly root: string;
  readonly width: number;
  readonly cache: ThumbnailCache | undefined;
  /** The ffmpeg clips are read with; once it proves unavailable, why, and no clip is read after. */
  ffmpeg: Ffmpeg | FfmpegUnavailable;
}

/**
 * Writes the chats' media into `outDir` and says what it holds for each attachment. A chat merged
 * from several exports may be listed once per export: each file is taken from the first export that
 * has it. Attachments no export holds are left out of the index.
 */
export async function processMedia(
  chats: readonly MergedChat[],
  outDir: string,
  options: MediaOptions,
  { warnings, progress }: StageContext,
): Promise<MediaResult> {
  const concurrency = positive("concurrency", options.concurrency ?? availableParallelism());
  const width = positive("thumbnailWidth", options.thumbnailWidth ?? THUMBNAIL_WIDTH);
  const context: Context = {
    root: resolve(outDir),
    width,
    cache: options.cacheDir === undefined ? undefined : new ThumbnailCache(resolve(options.cacheDir), warnings),
    ffmpeg: options.ffmpeg === undefined ? packagedFfmpeg() : { path: options.ffmpeg, version: options.ffmpeg },
  };
  const jobs = plan(chats);
  const folders = new Set<string>();
  for (const job of jobs) {
    folders.add(outputPath(context.root, ...mediaFolder(job.chatId)));
    if (decoded(job) || filmed(job)) folders.add(outputPath(context.root, ...thumbnailFolder(job.chatId)));
  }
  for (const folder of folders) await mkdir(folder, { recursive: true });

  const lane = pLimit(concurrency);
  progress.start("media", jobs.length);
  const done = await runAll(jobs, lane, async (job) => {
    const result = await processFile(job, context);
    progress.advance("media");
    return result;
  });
  progress.end("media");

  // Filled in the chats' order, not the order files finished in, so that the index and warnings are the same on every run.
  const index = new Map<string, Map<string, MediaFile>>(chats.map(({ chat }) => [chat.id, new Map()]));
  let thumbnailsMade = 0;
  let thumbnailsReused = 0;
  let clipsMade = 0;
  let clipsReused = 0;
  for (const [i, job] of jobs.entries()) {
    const { media, warning, thumbnail, clip } = done[i] as Done;
    if (media) index.get(job.chatId)?.set(job.fileName, media);
    if (warning) warnings.add(job.source, warning.code, warning.values);
    if (thumbnail === "made") thumbnailsMade++;
    if (thumbnail === "reused") thumbnailsReused++;
    if (clip === "made") clipsMade++;
    if (clip === "reused") clipsReused++;
  }
  // Said once for the build, after the files' own warnings: without ffmpeg every video is shown as a tile.
  if (context.ffmpeg instanceof FfmpegUnavailable && jobs.some(timed)) {
    warnings.add(options.ffmpeg ?? "ffmpeg", "ffmpegUnavailable", { error: context.ffmpeg.message });
  }
  return { index, thumbnailsMade, thumbnailsReused, clipsMade, clipsReused };
}

/**
 * One job per file a chat's present attachments name, in order of first mention; a file named twice
 * is one job. A merged chat's file comes from the first of its exports that holds it.
 */
function plan(chats: readonly MergedChat[]): Job[] {
  const byChat = new Map<string, Map<string, { kinds: Set<AttachmentKind>; file: ExportFile; source: string }>>();
  for (const { chat, exports } of chats) {
    const files = new Map<string, { kinds: Set<AttachmentKind>; file: ExportFile; source: string }>();
    byChat.set(chat.id, files);
    for (const message of chat.messages) {
      for (const { fileName, kind, present } of message.attachments) {
        if (!present) continue;
        const known = files.get(fileName);
        if (known) known.kinds.add(kind);
        else {
          const source = exports.find((e) => e.files.has(fileName));
          if (source) files.set(fileName, { kinds: new Set([kind]), file: source.files.get(fileName)!, source: source.source });
        }
      }
    }
  }
  return [...byChat].flatMap(([chatId, files]) => {
    const names = folderNames([...files.keys()]);
    return [...files].map(([fileName, f]) => ({ chatId, fileName, safeName: names.get(fileName) ?? "", ...f }));
  });
}

/** What a job that was never started rejects with, told apart from the failure that stopped it. */
const NOT_STARTED = new Error("not started: an earlier file failed");

/**
 * Runs every item through the limiter. After a failure (the output cannot be written) no new task
 * starts, and it rejects only once the running ones have settled, so that nothing still writes into
 * a folder the caller is about to remove.
 */
async function runAll<T, R>(items: readonly T[], lane: LimitFunction, task: (item: T) => Promise<R>): Promise<R[]> {
  let failed = false;
  const settled = await Promise.allSettled(
    items.map((item) =>
      lane(async () => {
        if (failed) throw NOT_STARTED;
        return task(item).catch((error: unknown) => {
          failed = true;
          throw error;
        });
      }),
    ),
  );
  const failure = settled.find((s) => s.status === "rejected" && s.reason !== NOT_STARTED);
  if (failure) throw (failure as PromiseRejectedResult).reason;
  return settled.map((s) => (s as PromiseFulfilledResult<R>).value);
}

async function processFile(job: Job, context: Context): Promise<Done> {
  const original = originalPath(job.chatId, job.safeName);
  const path = outputPath(context.root, ...original);
  const wanted = decoded(job) || job.kinds.has("contact");
  let copied;
  try {
    // A name given twice would be a bug: the copy refuses an existing file rather than overwriting it.
    copied = await copyFile(job.file, path, wanted ? KEPT_BYTES : -1);
  } catch (error) {
    // Without its bytes there is nothing to link to, so the file is left out as if the export lacked it.
    if (error instanceof ReadFailure) return { warning: { code: "shownAsMissing", values: { reason: readError(job, error.reason) } } };
    throw error;
  }
  // The content's digest: what anything made from the file (thumbnails, poster frames) is cached by.
  const { digest, bytes } = copied;
  const contact = job.kinds.has("contact") && bytes ? parseVcard(bytes) : undefined;
  const media: MediaFile = { original: original.join("/"), bytes: copied.size, ...(contact ? { contact } : {}) };
  if (timed(job) && !decoded(job)) return clipOf(job, media, path, digest, context);
  if (!decoded(job)) return { media };

  const { thumbnail, reused } = await thumbnailOf(bytes ?? path, digest, context);
  if ("broken" in thumbnail) {
    const warning: Notice = { code: "shownAsPlaceholder", values: { file: job.fileName, reason: thumbnail.broken } };
    return { media: { ...media, broken: thumbnail.broken }, warning, thumbnail: reused ? "reused" : "made" };
  }
  const thumb = thumbnailPath(job.chatId, job.safeName);
  await writeFile(outputPath(context.root, ...thumb), thumbnail.webp, { flag: "wx" });
  return { media: { ...media, image: { ...thumbnail.size, thumb: thumb.join("/") } }, thumbnail: reused ? "reused" : "made" };
}

/** The image's thumbnail from the cache, or made from its bytes (or its copy at `input`, when too big to hold). */
async function thumbnailOf(input: Buffer | string, digest: string, context: Context): Promise<{ thumbnail: Thumbnail; reused: boolean }> {
  if (!context.cache) return { thumbnail: await makeThumbnail(input, context.width), reused: false };
  const key = await thumbnailKey(digest, context.width);
  const cached = await context.cache.get(key);
  if (cached) return { thumbnail: cached, reused: true };
  const thumbnail = await makeThumbnail(input, context.width);
  await context.cache.put(key, thumbnail);
  return { thumbnail, reused: false };
}

/** A video's or voice note's duration and a video's poster, read from its copy in the output at `path`. */
async function clipOf(job: Job, media: MediaFile, path: string, digest: string, context: Context): Promise<Done> {
  const ffmpeg = context.ffmpeg;
  if (ffmpeg instanceof FfmpegUnavailable) return { media };
  const video = filmed(job);
  let read: { clip: Clip; reused: boolean };
  try {
    read = await cachedClip(ffmpeg, path, digest, video, context);
  } catch (error) {
    if (!(error instanceof FfmpegUnavailable)) throw error;
    context.ffmpeg = error;
    return { media };
  }
  const { clip, reused } = read;
  const counted = reused ? "reused" : "made";
  if ("broken" in clip) {
    // A voice note ffmpeg cannot read keeps its player: the browser may play what ffmpeg cannot.
    if (!video) return { media, warning: { code: "shownWithoutLength", values: { file: job.fileName, reason: clip.broken } }, clip: counted };
    const warning: Notice = { code: "shownAsPlaceholder", values: { file: job.fileName, reason: clip.broken } };
    return { media: { ...media, broken: clip.broken }, warning, clip: counted };
  }
  const duration = clip.duration === undefined ? {} : { duration: clip.duration };
  if (!clip.poster) return { media: { ...media, ...duration }, clip: counted };
  const thumb = thumbnailPath(job.chatId, job.safeName);
  await writeFile(outputPath(context.root, ...thumb), clip.poster.webp, { flag: "wx" });
  return { media: { ...media, ...duration, poster: { ...clip.poster.size, thumb: thumb.join("/") } }, clip: counted };
}

async function cachedClip(ffmpeg: Ffmpeg, path: string, digest: string, video: boolean, context: Context): Promise<{ clip: Clip; reused: boolean }> {
  if (!context.cache) return { clip: await readClip(ffmpeg, path, video, context.width), reused: false };
  const key = await clipKey(digest, video, context.width, ffmpeg);
  const cached = await context.cache.getClip(key);
  if (cached) return { clip: cached, reused: true };
  const clip = await readClip(ffmpeg, path, video, context.width);
  await context.cache.putClip(key, clip);
  return { clip, reused: false };
}

/** Why a file cannot be read: ingest's errors say it, naming the file; any other's first line is the detail. */
function readError(job: Job, error: unknown): Notice {
  if (error instanceof WarningError) return error.notice;
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  return { code: "fileUnreadable", values: { file: job.fileName, error: message } };
}

/**
 * `root` joined with path segments, each a single name (no separator, no "." or ".."); throws
 * otherwise. Safe names and chat slugs always pass: this is the last guard against writing elsewhere.
 */
function outputPath(root: string, ...segments: string[]): string {
  const path = resolve(root, ...segments);
  if (segments.some((s) => s === "" || s === "." || s === ".." || /[/\\]/.test(s)) || !path.startsWith(root + sep)) {
    throw new Error(`refusing to write outside ${root}: ${segments.join("/")}`);
  }
  return path;
}

function positive(name: string, value: number): number {
  if (!isPositiveInteger(value)) throw new RangeError(`${name} must be a whole number of at least 1, not ${value}`);
  return value;
}
