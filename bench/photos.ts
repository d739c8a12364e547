/**
 * Made-up photos for the site build, as WhatsApp sends them: JPEG at quality 80, mostly 1600 pixels
 * on the long side in either orientation, one in twenty an "HD" 4096 × 3072; or as a phone's camera
 * takes them, 12 megapixels (4000 × 3000, one in four upright), for exports of a camera folder. Each is soft colour
 * blobs with film grain, so that it compresses like a photo (about 0.3 MB for 1600 × 1200) rather
 * than like a flat test card. They are made once with sharp and kept in bench/out, since making a
 * thousand takes about a minute; the same seed gives the same pixels.
 */
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import pLimit from "p-limit";
import sharp from "sharp";
import { Random } from "./random.js";

/** Changes whenever the pictures below change, so that photos made the old way are not reused. */
const RECIPE = 1;
const QUALITY = 80;
/** One photo in twenty: the pattern repeats, so any count has the same mix. */
const SIZES: readonly (readonly [number, number])[] = [
  [1600, 1200], [1200, 1600], [1600, 1200], [1600, 900], [1200, 1600],
  [1600, 1200], [900, 1600], [1600, 1200], [1280, 960], [1200, 1600],
  [1600, 1200], [1600, 1600], [1600, 1200], [1200, 1600], [1600, 900],
  [1600, 1200], [1536, 2048], [1600, 1200], [1200, 1600], [4096, 3072],
];
/** A phone camera's 12 megapixels. */
const CAMERA: readonly (readonly [number, number])[] = [[4000, 3000], [4000, 3000], [3000, 4000], [4000, 3000]];
export type PhotoKind = "whatsapp" | "camera";
const KINDS: Record<PhotoKind, readonly (readonly [number, number])[]> = { whatsapp: SIZES, camera: CAMERA };

/** Grain added to every pixel, in −12…12, read at an offset of the photo's own. */
const GRAIN_SIZE = 1 << 20;

export interface PhotoSet {
  /** Where photo i is: `photo-0000.jpg`, … */
  readonly paths: readonly string[];
  readonly bytes: number;
  /** How many photos this run had to make (0 when all were kept from an earlier run). */
  readonly made: number;
  readonly ms: number;
}

/** The first `count` photos, made where missing; photo i is always the same picture. */
export async function photoSet(dir: string, count: number, seed: number, kind: PhotoKind = "whatsapp"): Promise<PhotoSet> {
  const folder = join(dir, kind === "whatsapp" ? `photos-v${RECIPE}` : `photos-v${RECIPE}-${kind}`);
  mkdirSync(folder, { recursive: true });
  const paths = Array.from({ length: count }, (_, i) => join(folder, `photo-${String(i).padStart(4, "0")}.jpg`));
  const missing = paths.flatMap((path, i) => (existsSync(path) ? [] : [i]));
  const start = performance.now();
  if (missing.length > 0) {
    const grain = grainTable(seed);
    // sharp's work runs on libuv's threads: one photo per core keeps them busy while JavaScript adds grain.
    const limit = pLimit(availableParallelism());
    await Promise.all(missing.map((i) => limit(async () => {
      const jpeg = await makePhoto(KINDS[kind][i % KINDS[kind].length]!, i, seed, grain);
      // Written under another name first, so that a run cut short never leaves half a photo to reuse.
      const path = paths[i]!;
      writeFileSync(`${path}.part`, jpeg);
      renameSync(`${path}.part`, path);
    })));
  }
  const bytes = paths.reduce((n, path) => n + statSync(path).size, 0);
  return { paths, bytes, made: missing.length, ms: performance.now() - start };
}

/** The sizes of the first `count` photos, for the report: "1600×1200 × 350, …", most common first. */
export function photoSizes(count: number, kind: PhotoKind = "whatsapp"): string {
  const sizes = KINDS[kind];
  const tally = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const [w, h] = sizes[i % sizes.length]!;
    tally.set(`${w}×${h}`, (tally.get(`${w}×${h}`) ?? 0) + 1);
  }
  return [...tally].sort((a, b) => b[1] - a[1]).map(([size, n]) => `${size} × ${n}`).join(", ");
}

function grainTable(seed: number): Int8Array {
  const r = new Random(seed);
  return new Int8Array(GRAIN_SIZE).map(() => r.int(-12, 12));
}

async function makePhoto([width, height]: readonly [number, number], index: number, seed: number, grain: Int8Array): Promise<Buffer> {
  const r = new Random(seed * 1_000_003 + index);
  // A 40th of the size in random colours, stretched: blobs and gradients, as out-of-focus parts of a photo.
  const [w, h] = [Math.ceil(width / 40), Math.ceil(height / 40)];
  const small = Buffer.alloc(w * h * 3);
  for (let i = 0; i < small.length; i++) small[i] = r.int(0, 255);
  const pixels = await sharp(small, { raw: { width: w, height: h, channels: 3 } })
    .resize(width, height, { kernel: "linear" })
    .raw()
    .toBuffer();
  const offset = r.int(0, GRAIN_SIZE - 1);
  for (let i = 0; i < pixels.length; i++) {
    const v = pixels[i]! + grain[(i + offset) & (GRAIN_SIZE - 1)]!;
    pixels[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: QUALITY }).toBuffer();
}
