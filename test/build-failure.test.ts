// A build that fails after it has started writing (here: the render stage throws half-way) must
// leave the previous archive byte for byte as it was, and no folder of its own beside it.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { snapshot } from "./snapshot.js";
import { buildArchive } from "../src/build.js";
import { Warnings } from "../src/model.js";

const render = vi.hoisted(() => ({ fail: false }));
vi.mock("../src/render/index.js", async (original) => {
  const real = await original<typeof import("../src/render/index.js")>();
  return {
    renderSite: async (...args: Parameters<typeof real.renderSite>) => {
      if (!render.fail) return real.renderSite(...args);
      writeFileSync(join(args[1], "index.html"), "half written");
      throw new Error("no space left on device");
    },
  };
});

const root = join(import.meta.dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "chat-archive-failure-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));


describe("a build that fails half-way", () => {
  it("leaves the previous output byte for byte and removes its own folder", async () => {
    const output = join(scratch, "site");
    const options = { inputs: [join(root, "content")], output, pageSize: 25, cache: true };
    await buildArchive(options, new Warnings());
    // What a person added to the archive is theirs to keep, whatever happens to the build.
    writeFileSync(join(output, "CNAME"), "family.example.org\n");
    mkdirSync(join(output, ".git"));
    writeFileSync(join(output, ".git", "HEAD"), "ref: refs/heads/main\n");
    const before = snapshot(output);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(["/CNAME", "/.git/HEAD"]));
    render.fail = true;
    // Other options, so that the build is not skipped as up to date.
    await expect(buildArchive({ ...options, pageSize: 30 }, new Warnings())).rejects.toThrow("no space left on device");
    expect(snapshot(output)).toEqual(before);
    expect(readdirSync(scratch)).toEqual(["site"]);
  }, 60_000);
});
