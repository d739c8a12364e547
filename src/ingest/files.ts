/** The files of an export and reading them with a cap on the bytes, whether in a zip or on disk. */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { WarningError, type ExportFile, type Notice } from "../model.js";
import type { TextCandidate } from "./names.js";

export interface Limits {
  /** Bytes one file may hold. */
  readonly entry: number;
  /** Bytes all files of one zip may hold together. */
  readonly total: number;
  /** How many times an entry may be larger than its compressed bytes. */
  readonly ratio: number;
}

/** A file of an export before the chat text is chosen; `read()` and `head()` throw {@link WarningError}s naming it. */
export interface Candidate extends ExportFile, TextCandidate {
  /** How warnings name it: its path inside the zip, or its file name. */
  readonly label: string;
  /** Why it will not be read ("it is encrypted"), if so; then `read()` must not be called. */
  readonly refusal?: Notice;
}

/**
 * Reads a stream until it ends or `max` bytes; `more` tells whether it held more. Stops the stream early.
 * With the size the stream should have, the bytes go straight into one buffer of that size: collecting
 * the chunks and joining them would hold a big chat text twice.
 */
export async function readUpTo(stream: Readable, max: number, expected = 0): Promise<{ bytes: Buffer; more: boolean }> {
  let buffer = Buffer.allocUnsafe(Math.min(expected, max));
  let length = 0;
  // Leaving the loop early destroys the stream, which closes the file.
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const room = max - length;
    const taken = chunk.length > room ? chunk.subarray(0, room) : chunk;
    // A stream longer than expected grows the buffer; doubling keeps that linear.
    if (length + taken.length > buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(max, Math.max(2 * buffer.length, length + taken.length)));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    taken.copy(buffer, length);
    length += taken.length;
    if (chunk.length > room) return { bytes: buffer.subarray(0, length), more: true };
  }
  return { bytes: buffer.subarray(0, length), more: false };
}

/** Bytes asked of the disk at a time when streaming: big reads keep a copy near the disk's speed. */
export const STREAM_CHUNK = 1024 * 1024;

/** What a stream of a file's bytes is checked against as it flows, and the notices its failures become. */
export interface StreamChecks {
  /** More bytes than this fail the stream with `more()`. */
  readonly most: number;
  readonly more: () => Notice;
  /** Fewer bytes than this, once the stream ends, fail it with `fewer(count)`. */
  readonly least?: number;
  readonly fewer?: (count: number) => Notice;
  /** Any other failure, opening or reading. */
  readonly failed: (error: Error) => Notice;
}

/**
 * The stream `open()` gives, checked as it flows: every failure is a {@link WarningError} with the
 * notice `checks` give for it, so a stream fails as `read()` would, without holding the file.
 */
export async function checkedStream(open: () => Promise<Readable> | Readable, checks: StreamChecks): Promise<Readable> {
  let source: Readable;
  try {
    source = await open();
  } catch (error) {
    throw new WarningError(checks.failed(error as Error));
  }
  // Object mode hands each chunk on as it came: a byte stream read by iteration joins what it has buffered, copying it again.
  return Readable.from(checkedChunks(source, checks));
}

async function* checkedChunks(source: Readable, checks: StreamChecks): AsyncGenerator<Buffer> {
  let count = 0;
  try {
    // Leaving the loop early (the reader stopped) destroys the source, which closes the file.
    for await (const chunk of source as AsyncIterable<Buffer>) {
      count += chunk.length;
      if (count > checks.most) throw new WarningError(checks.more());
      yield chunk;
    }
  } catch (error) {
    throw error instanceof WarningError ? error : new WarningError(checks.failed(error as Error));
  }
  if (checks.least !== undefined && count < checks.least) throw new WarningError(checks.fewer!(count));
}

/** A file in an extracted export folder, or a chat text on its own. */
export async function diskFile(path: string, name: string, limits: Limits): Promise<Candidate> {
  const { size } = await stat(path);
  const read = async (max: number): Promise<{ bytes: Buffer; more: boolean }> => {
    try {
      return await readUpTo(createReadStream(path, { end: max }), max, size);
    } catch (error) {
      throw new WarningError({ code: "fileUnreadable", values: { file: name, error: (error as Error).message } });
    }
  };
  return {
    name: name.normalize("NFC"),
    label: name,
    size,
    refusal: size > limits.entry ? tooLarge(size, limits) : undefined,
    async read() {
      // The file may have grown since it was listed; the cap holds all the same.
      const { bytes, more } = await read(limits.entry);
      if (more) throw new WarningError({ code: "grewPast", values: { file: name, limit: { bytes: limits.entry } } });
      return bytes;
    },
    open: () =>
      checkedStream(() => createReadStream(path, { highWaterMark: STREAM_CHUNK }), {
        most: limits.entry,
        more: () => ({ code: "grewPast", values: { file: name, limit: { bytes: limits.entry } } }),
        failed: (error) => ({ code: "fileUnreadable", values: { file: name, error: error.message } }),
      }),
    head: async (bytes) => (await read(bytes)).bytes,
  };
}

export function tooLarge(size: number, limits: Limits): Notice {
  return { code: "tooLarge", values: { size: { bytes: size }, limit: { bytes: limits.entry } } };
}
