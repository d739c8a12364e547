/**
 * The thumbnail cache: `<key>.webp` and `<key>.json` (the sizes, or why the image is unreadable),
 * so that a build with nothing changed decodes no image. A video's entry is the same pair, its poster
 * and its duration; a voice note's is the JSON alone: such a build runs no ffmpeg either. Entries are written to a temporary name
 * and renamed, the JSON last, so a half-written entry is never read as whole.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isNotice } from "../i18n/index.js";
import type { Notice, Warnings } from "../model.js";
import type { ImageSize, Thumbnail } from "./thumbnail.js";
import type { Clip } from "./video.js";

export class ThumbnailCache {
  private ready: Promise<void> | undefined;
  private broken = false;

  constructor(
    private readonly dir: string,
    private readonly warnings: Warnings,
  ) {}

  /** The cached thumbnail; undefined when there is none or it cannot be read whole. */
  async get(key: string): Promise<Thumbnail | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.path(key, "json"), "utf8")) as unknown;
      if (isBroken(entry)) return { broken: entry.broken };
      if (isSize(entry)) return { size: sizeOf(entry), webp: await readFile(this.path(key, "webp")) };
    } catch {
      // Missing, half-deleted or damaged entries are made again.
    }
    return undefined;
  }

  /** The cached clip; undefined when there is none or it cannot be read whole. */
  async getClip(key: string): Promise<Clip | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.path(key, "json"), "utf8")) as unknown;
      if (!isClip(entry)) return undefined;
      if (isBroken(entry)) return { broken: entry.broken };
      const duration = typeof entry.duration === "number" && entry.duration > 0 ? { duration: entry.duration } : {};
      if (entry.poster === undefined) return duration;
      if (isSize(entry.poster)) return { ...duration, poster: { size: sizeOf(entry.poster), webp: await readFile(this.path(key, "webp")) } };
    } catch {
      // As for thumbnails: what cannot be read whole is made again.
    }
    return undefined;
  }

  /** Stores a thumbnail; if the cache cannot be written, says so once and stops trying. */
  async put(key: string, thumbnail: Thumbnail): Promise<void> {
    const entry = "webp" in thumbnail ? thumbnail.size : { broken: thumbnail.broken };
    await this.store(key, "webp" in thumbnail ? thumbnail.webp : undefined, entry);
  }

  /** Stores a clip: its poster, if it has one, beside the JSON. */
  async putClip(key: string, clip: Clip): Promise<void> {
    const entry = "broken" in clip ? { clip: true, broken: clip.broken } : { clip: true, duration: clip.duration, poster: clip.poster?.size };
    await this.store(key, "broken" in clip ? undefined : clip.poster?.webp, entry);
  }

  /** The WebP (if any) then the JSON that makes the entry whole; if the cache cannot be written, says so once and stops trying. */
  private async store(key: string, webp: Buffer | undefined, entry: object): Promise<void> {
    if (this.broken) return;
    try {
      await (this.ready ??= mkdir(this.dir, { recursive: true }).then(() => undefined));
      if (webp) await this.write(this.path(key, "webp"), webp);
      await this.write(this.path(key, "json"), JSON.stringify(entry));
    } catch (error) {
      if (this.broken) return;
      this.broken = true;
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      this.warnings.add(this.dir, "cacheUnwritable", { error: code });
    }
  }

  private path(key: string, extension: "webp" | "json"): string {
    return join(this.dir, `${key}.${extension}`);
  }

  private async write(path: string, data: Buffer | string): Promise<void> {
    const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await writeFile(temporary, data);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}

/** A reason the catalog can word: an entry of an older version, which wrote words, is made again. */
function isBroken(entry: unknown): entry is { broken: Notice } {
  return typeof entry === "object" && entry !== null && isNotice((entry as { broken?: unknown }).broken);
}

/** A clip's entry, told apart from an image's by its mark. */
function isClip(entry: unknown): entry is { clip: true; duration?: unknown; poster?: unknown } {
  return typeof entry === "object" && entry !== null && (entry as { clip?: unknown }).clip === true;
}

/** The sizes alone, whatever else the entry holds. */
function sizeOf({ width, height, thumbWidth, thumbHeight }: ImageSize): ImageSize {
  return { width, height, thumbWidth, thumbHeight };
}

function isSize(entry: unknown): entry is ImageSize {
  if (typeof entry !== "object" || entry === null) return false;
  const size = entry as Record<string, unknown>;
  return ["width", "height", "thumbWidth", "thumbHeight"].every((k) => Number.isInteger(size[k]) && (size[k] as number) > 0);
}
