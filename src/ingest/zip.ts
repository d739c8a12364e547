/**
 * A zip's files, listed from its central directory (unzipper) and read with caps. Entry names are
 * only ever used to name files, never as paths; sizes and ratios in the zip are checked before
 * reading and the bytes actually unpacked are counted, since a hostile zip can lie in its headers.
 */
import { open } from "node:fs/promises";
import { pipeline, Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import type { File as ZipEntry } from "unzipper";
import { WarningError, type Notice, type Warnings } from "../model.js";
import { checkedStream, readUpTo, STREAM_CHUNK, tooLarge, type Candidate, type Limits } from "./files.js";
import { isIgnoredName } from "./names.js";

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const ENCRYPTED = 0x1;
const STORED = 0;
const DEFLATED = 8;
const FILE_TYPE = 0o170000;
const SYMLINK = 0o120000;
const DIRECTORY = 0o040000;
/** Small files may legitimately compress very well (a page of spaces); only large ones are bombs. */
const RATIO_CHECKED_ABOVE = 1024 * 1024;

/** Lists the files of the zip at `zipPath`, warning (as `source`) about every entry it skips. */
export async function listZip(zipPath: string, source: string, limits: Limits, warnings: Warnings): Promise<Candidate[]> {
  let entries: ZipEntry[];
  try {
    // Loaded on first use: it is the slowest module to start, and a .txt export never needs it.
    const { Open } = await import("unzipper");
    entries = (await Open.file(zipPath)).files;
  } catch (error) {
    const reason = (error as Error).message;
    // unzipper says FILE_ENDED when the end-of-zip record is missing: a cut download or not a zip.
    throw new WarningError(reason === "FILE_ENDED" ? { code: "zipCut" } : { code: "notZip", values: { error: reason } });
  }
  const files: Candidate[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const path = entry.path.replace(/\\/g, "/");
    const parts = path.split("/").filter((part) => part !== "" && part !== ".");
    const name = parts.at(-1)?.normalize("NFC");
    const type = (entry.externalFileAttributes >>> 16) & FILE_TYPE;
    if (path.startsWith("/") || /^[a-z]:/i.test(path) || parts.includes("..")) {
      warnings.add(source, "nameOutside", { file: entry.path });
    } else if (/[\u0000-\u001f\u007f]/.test(path)) {
      warnings.add(source, "nameControl", { file: JSON.stringify(entry.path) });
    } else if (name === undefined || path.endsWith("/") || type === DIRECTORY || parts.some(isIgnoredName)) {
      // Folders and macOS leftovers (__MACOSX/, ._x, .DS_Store) hold nothing a chat refers to.
    } else if (type === SYMLINK) {
      warnings.add(source, "symlink", { file: entry.path });
    } else if (seen.has(name)) {
      warnings.add(source, "zipSameName", { file: entry.path, name });
    } else {
      seen.add(name);
      files.push(zipFile(zipPath, entry, name, limits));
    }
  }
  const total = files.reduce((sum, f) => sum + (f.refusal === undefined ? f.size : 0), 0);
  if (total > limits.total) {
    throw new WarningError({ code: "zipTooLarge", values: { size: { bytes: total }, limit: { bytes: limits.total } } });
  }
  return files;
}

function zipFile(zipPath: string, entry: ZipEntry, name: string, limits: Limits): Candidate {
  const label = entry.path;
  const size = entry.uncompressedSize;
  return {
    name,
    label,
    size,
    refusal: refusal(entry, limits),
    async read() {
      if (size === 0) return Buffer.alloc(0);
      const { bytes, more } = await readEntry(zipPath, entry, size);
      if (more) throw new WarningError({ code: "unpacksMore", values: { file: label, size: { bytes: size } } });
      if (bytes.length < size) throw new WarningError({ code: "entryCut", values: { file: label, bytes: bytes.length, count: size } });
      return bytes;
    },
    open: () =>
      checkedStream(() => (size === 0 ? Readable.from([]) : openEntry(zipPath, entry)), {
        most: size,
        more: () => ({ code: "unpacksMore", values: { file: label, size: { bytes: size } } }),
        least: size,
        fewer: (count) => ({ code: "entryCut", values: { file: label, bytes: count, count: size } }),
        failed: (error) => ({ code: "entryDamaged", values: { file: label, error: error.message } }),
      }),
    head: async (bytes) => (await readEntry(zipPath, entry, Math.min(bytes, size))).bytes,
  };
}

function refusal(entry: ZipEntry, limits: Limits): Notice | undefined {
  const { uncompressedSize: size, compressedSize: packed, compressionMethod: method } = entry;
  if (![size, packed, entry.offsetToLocalFileHeader].every(Number.isSafeInteger)) {
    return { code: "entryNoPlace" };
  }
  if (entry.flags & ENCRYPTED) return { code: "encrypted" };
  // The method is a name of the zip format's, not a quantity, so it is not written in the language's digits.
  if (method !== STORED && method !== DEFLATED) return { code: "compression", values: { method: String(method) } };
  if (size > limits.entry) return tooLarge(size, limits);
  const ratio = size / Math.max(packed, 1);
  if (size > RATIO_CHECKED_ABOVE && ratio > limits.ratio) {
    return { code: "zipBomb", values: { packed: { bytes: packed }, size: { bytes: size }, ratio: Math.round(ratio), limit: limits.ratio } };
  }
  return undefined;
}

/** Reads up to `max` unpacked bytes of an entry; damage shows as a {@link WarningError} naming the entry. */
async function readEntry(zipPath: string, entry: ZipEntry, max: number): Promise<{ bytes: Buffer; more: boolean }> {
  try {
    return await readUpTo(await openEntry(zipPath, entry), max, entry.uncompressedSize);
  } catch (error) {
    throw new WarningError({ code: "entryDamaged", values: { file: entry.path, error: (error as Error).message } });
  }
}

/**
 * The entry's unpacked bytes. The data is found through the entry's own local header, read here
 * rather than by unzipper so that stopping early closes the file.
 */
async function openEntry(zipPath: string, entry: ZipEntry): Promise<Readable> {
  const file = await open(zipPath);
  let start: number;
  try {
    const header = Buffer.alloc(LOCAL_HEADER_SIZE);
    const { bytesRead } = await file.read(header, 0, LOCAL_HEADER_SIZE, entry.offsetToLocalFileHeader);
    if (bytesRead < LOCAL_HEADER_SIZE || header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
      throw new Error("no local header where the table of contents points");
    }
    start = entry.offsetToLocalFileHeader + LOCAL_HEADER_SIZE + header.readUInt16LE(26) + header.readUInt16LE(28);
  } catch (error) {
    await file.close();
    throw error;
  }
  if (entry.compressedSize === 0) {
    await file.close();
    return Readable.from([]);
  }
  const packed = file.createReadStream({ start, end: start + entry.compressedSize - 1, highWaterMark: STREAM_CHUNK });
  // pipeline passes errors on to the inflater and destroys the file stream when the inflater stops.
  return entry.compressionMethod === DEFLATED ? pipeline(packed, createInflateRaw({ chunkSize: STREAM_CHUNK / 4 }), () => {}) : packed;
}
