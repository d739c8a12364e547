/**
 * Copying an export's file into the output as a stream, never holding it whole, with the content's
 * digest computed from the same chunks on the way, so that caches keyed by content cost no second read.
 */
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ExportFile } from "../model.js";

export interface Copied {
  /** Bytes written. */
  readonly size: number;
  /** SHA-256 of the content, hex: what caches of things made from the file are keyed by. */
  readonly digest: string;
  /** The whole content, when it was asked for and is at most the cap asked with. */
  readonly bytes?: Buffer;
}

/** Why a copy failed on the export's side (the file cannot be read), told apart from failing to write. */
export class ReadFailure extends Error {
  constructor(readonly reason: unknown) {
    super("the export's file cannot be read");
  }
}

/** The digest {@link copyFile} gives, of bytes already in memory. */
export function contentDigest(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Streams `file` to `path`, a new file ("wx": an existing one is refused, never overwritten), keeping
 * its bytes too when it holds at most `keepUpTo`. Rejects with a {@link ReadFailure} when the export's
 * side fails; on any failure the part written is removed, so no half file is taken as whole.
 */
export async function copyFile(file: ExportFile, path: string, keepUpTo: number): Promise<Copied> {
  let source: Readable;
  try {
    source = await file.open();
  } catch (error) {
    throw new ReadFailure(error);
  }
  const hash = createHash("sha256");
  const kept: Buffer[] = [];
  let size = 0;
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        hash.update(chunk);
        size += chunk.length;
        if (size <= keepUpTo) kept.push(chunk);
        yield chunk;
      }
    } catch (error) {
      throw new ReadFailure(error);
    }
  }
  const out = createWriteStream(path, { flags: "wx" });
  // Only a file this copy created is removed: "wx" failing means the name was someone else's.
  let created = false;
  out.once("open", () => (created = true));
  try {
    await pipeline(chunks(), out);
  } catch (error) {
    // The output may fail before the first chunk is asked for, and then nothing else would close the source.
    source.destroy();
    if (created) await rm(path, { force: true });
    throw error;
  }
  return { size, digest: hash.digest("hex"), ...(size <= keepUpTo ? { bytes: Buffer.concat(kept, size) } : {}) };
}
