import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readUpTo } from "../../src/ingest/files.js";

/** A stream of the given bytes in chunks of `size`, as a file or zip entry arrives. */
const chunked = (bytes: Buffer, size: number): Readable =>
  Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));

const BYTES = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));

describe("readUpTo", () => {
  it.each([
    ["the expected size", 1000],
    ["less than it holds (a file that grew)", 300],
    ["more than it holds (a file that shrank)", 5000],
    ["nothing", 0],
  ])("reads every byte in order when told to expect %s", async (_, expected) => {
    const { bytes, more } = await readUpTo(chunked(BYTES, 64), 10_000, expected);
    expect(more).toBe(false);
    expect(bytes.equals(BYTES)).toBe(true);
  });

  it("stops at the cap and says the stream held more", async () => {
    const { bytes, more } = await readUpTo(chunked(BYTES, 64), 700, 1000);
    expect(more).toBe(true);
    expect(bytes.equals(BYTES.subarray(0, 700))).toBe(true);
  });

  it("reads a stream of exactly the cap without saying it held more", async () => {
    const { bytes, more } = await readUpTo(chunked(BYTES, 64), 1000, 1000);
    expect(more).toBe(false);
    expect(bytes.length).toBe(1000);
  });
});
