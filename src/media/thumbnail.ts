/** Thumbnails with sharp: turned upright by EXIF orientation, at most a given width, WebP without metadata. */
import { createHash } from "node:crypto";
import type { Notice } from "../model.js";

/** Images with more pixels are refused before decoding: a 100000 × 100000 header would ask for 40 GB. */
const MAX_INPUT_PIXELS = 100_000_000;
const QUALITY = 75;
/** WebP holds at most this many pixels on a side, which a long screenshot at full width can pass. */
const WEBP_MAX = 16383;
/** Changes whenever the steps below change, so that the cache forgets thumbnails made the old way. */
const RECIPE = 1;

export interface ImageSize {
  /** The upright image's size: EXIF orientations 5–8 swap width and height. */
  readonly width: number;
  readonly height: number;
  readonly thumbWidth: number;
  readonly thumbHeight: number;
}

export type Thumbnail = { readonly size: ImageSize; readonly webp: Buffer } | { readonly broken: Notice };

type Sharp = typeof import("sharp").default;
let loading: Promise<Sharp> | undefined;

/** sharp is loaded on the first image, so that archives without photos never pay for it. */
function loadSharp(): Promise<Sharp> {
  return (loading ??= import("sharp").then((module) => module.default));
}

/**
 * Names one image's thumbnail: its content (by the digest the copy computed while streaming, see
 * copy.ts) and everything that shapes the result, down to the library versions.
 */
export async function thumbnailKey(digest: string, width: number): Promise<string> {
  return createHash("sha256").update(await thumbnailRecipe(width)).update("\0").update(digest).digest("hex");
}

/** Everything that shapes a thumbnail `width` wide but the image itself: a video's poster is made the same way. */
export async function thumbnailRecipe(width: number): Promise<string> {
  const { versions } = await loadSharp();
  return `${RECIPE} webp q${QUALITY} w${width} max${MAX_INPUT_PIXELS} sharp ${versions.sharp} vips ${versions.vips}`;
}

/**
 * The thumbnail, or why the input is not an image sharp can read; never throws for bad bytes. The
 * input is the image's bytes, or the path of a file too big to hold, which sharp reads itself.
 */
export async function makeThumbnail(input: Buffer | string, width: number): Promise<Thumbnail> {
  const sharp = await loadSharp();
  try {
    // The header alone is read here, so the size can be checked (and named) before any pixel is decoded.
    const header = await sharp(input, { limitInputPixels: false }).metadata();
    if (header.width * header.height > MAX_INPUT_PIXELS) {
      return { broken: { code: "imageTooLarge", values: { width: header.width, height: header.height, megapixels: MAX_INPUT_PIXELS / 1e6 } } };
    }
    // failOn "error": cut-off and damaged files fail, libjpeg's warnings about stray bytes (which browsers ignore) do not.
    const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize({ width, height: WEBP_MAX, fit: "inside", withoutEnlargement: true })
      .webp({ quality: QUALITY })
      .toBuffer({ resolveWithObject: true });
    const size = { ...header.autoOrient, thumbWidth: info.width, thumbHeight: info.height };
    return { size, webp: data };
  } catch (error) {
    return { broken: reason(input, error) };
  }
}

/** sharp's message in words a reader of the report understands, in the report's language where we know what it means. */
function reason(input: Buffer | string, error: unknown): Notice {
  // A file given by path is a big one, so not empty; HEIC is named only from bytes at hand.
  if (Buffer.isBuffer(input) && input.length === 0) return { code: "imageEmpty" };
  if (Buffer.isBuffer(input) && isHeic(input)) return { code: "imageHeic" };
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  if (/unsupported image format/i.test(message)) return { code: "imageFormat" };
  if (/premature end|truncated|insufficient input/i.test(message)) return { code: "imageCut" };
  if (/pixel limit/i.test(message)) return { code: "imagePixels", values: { megapixels: MAX_INPUT_PIXELS / 1e6 } };
  return { code: "imageError", values: { error: message.replace(/^Input \w+ has corrupt header: /, "").slice(0, 200) || "unknown error" } };
}

/** An ISO media file whose brand is HEIC/HEVC, which prebuilt sharp cannot decode. */
function isHeic(bytes: Buffer): boolean {
  return bytes.toString("latin1", 4, 8) === "ftyp" && /^he[iv]/.test(bytes.toString("latin1", 8, 12));
}
