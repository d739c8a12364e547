// The search index is written while the pages render. Whichever of the two fails, the build stops
// with that one error, after the other has stopped writing, leaving the previous archive as it was
// and no folder of its own beside it.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { snapshot } from "./snapshot.js";
import { buildArchive } from "../src/build.js";
import { Warnings } from "../src/model.js";

/** Settles when told: each side of the build waits on an event of the other. */
function signal(): { promise: Promise<void>; fire: () => void } {
  let fire = (): void => {};
  const promise = new Promise<void>((resolve) => (fire = resolve));
  return { promise, fire };
}

const plan = vi.hoisted(() => ({
  fail: "none" as "none" | "index" | "render",
  renderStarted: { promise: Promise.resolve(), fire: () => {} },
  renderFailed: { promise: Promise.resolve(), fire: () => {} },
  pagesRendered: 0,
}));

vi.mock("../src/render/index.js", async (original) => {
  const real = await original<typeof import("../src/render/index.js")>();
  return {
    renderSite: async (...args: Parameters<typeof real.renderSite>) => {
      plan.renderStarted.fire();
      if (plan.fail !== "render") {
        const [site, outDir, options, ctx] = args;
        const progress = { ...ctx.progress, advance: (_phase: string, count = 1) => void (plan.pagesRendered += count) };
        return real.renderSite(site, outDir, options, { ...ctx, progress });
      }
      writeFileSync(join(args[1], "index.html"), "half written");
      plan.renderFailed.fire();
      throw new Error("render: no space left on device");
    },
  };
});

vi.mock("../src/search/index.js", async (original) => {
  const real = await original<typeof import("../src/search/index.js")>();
  return {
    ...real,
    writeSearch: async (...args: Parameters<typeof real.writeSearch>) => {
      const outDir = args[1];
      if (plan.fail === "index") {
        await plan.renderStarted.promise;
        writeFileSync(join(outDir, "half-index.json"), "{");
        throw new Error("index: no space left on device");
      }
      if (plan.fail === "render") {
        // Still writing after the render failed: the build must wait for this before it removes its folder.
        await plan.renderFailed.promise;
        mkdirSync(join(outDir, "search"), { recursive: true });
        writeFileSync(join(outDir, "search", "late.js"), "");
      }
      return real.writeSearch(...args);
    },
  };
});

const root = join(import.meta.dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "chat-archive-overlap-"));
const output = join(scratch, "site");
const options = { inputs: [join(root, "content")], output, cache: false };
let before: Record<string, string> = {};
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(async () => {
  await buildArchive({ ...options, pageSize: 25 }, new Warnings());
  before = snapshot(output);
}, 60_000);

beforeEach(() => {
  plan.renderStarted = signal();
  plan.renderFailed = signal();
  plan.pagesRendered = 0;
});

describe("a build whose index and pages run at the same time", () => {
  it("stops with the index's error when the index fails while the pages render", async () => {
    plan.fail = "index";
    await expect(buildArchive({ ...options, pageSize: 30 }, new Warnings())).rejects.toThrow("index: no space left on device");
    // The chat pages went on while the index ran; the index and report, which wait for its warnings, were never rendered.
    expect(plan.pagesRendered).toBeGreaterThan(0);
    expect(snapshot(output)).toEqual(before);
    expect(readdirSync(scratch)).toEqual(["site"]);
  }, 60_000);

  it("stops with the render's error, once the index has stopped writing, when the render fails", async () => {
    plan.fail = "render";
    await expect(buildArchive({ ...options, pageSize: 30 }, new Warnings())).rejects.toThrow("render: no space left on device");
    expect(snapshot(output)).toEqual(before);
    expect(readdirSync(scratch)).toEqual(["site"]);
  }, 60_000);
});
