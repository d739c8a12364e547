/**
 * The demo archive, byte for byte: each file's sha256 against the committed snapshot, so that a change
 * made for speed (or any other) that alters a page fails here, and a deliberate change to the pages is
 * a deliberate `vitest -u` (CI never writes snapshots).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildArchive } from "../src/build.js";
import { DEFAULT_PAGE_SIZE } from "../src/layout.js";
import { Warnings } from "../src/model.js";
import { snapshot } from "./snapshot.js";

const content = join(import.meta.dirname, "..", "content");
const scratch = mkdtempSync(join(tmpdir(), "chat-archive-bytes-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the demo archive's bytes", () => {
  // The CLI's default page size is what `chat-archive build` writes; 25 splits the chats into pages with pagers.
  it.each([DEFAULT_PAGE_SIZE, 25])("are the same as before, %i messages a page", async (pageSize) => {
    const output = join(scratch, String(pageSize));
    await buildArchive({ inputs: [content], output, pageSize, cache: false }, new Warnings());
    expect(snapshot(output)).toMatchSnapshot();
  }, 120_000);
});
