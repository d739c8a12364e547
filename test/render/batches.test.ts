// The render stage makes and renders chat pages a batch at a time: however the pages are cut into
// batches, the files written must be the same, every page among them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readChats } from "../../src/read.js";
import { buildSite } from "../../src/data/index.js";
import { stageContext, Warnings, type Site } from "../../src/model.js";
import { renderSite } from "../../src/render/index.js";
import { snapshot } from "../snapshot.js";
import { language } from "../../src/i18n/index.js";

const root = join(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "chat-archive-render-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("rendering in batches", () => {
  it("writes the same files whether each page is a batch of its own or all are one", async () => {
    const chats = (await readChats([join(root, "content")], undefined, new Warnings())).map((c) => c.chat);
    // A small page size, so that each chat has several pages and batches cut through chats.
    const site = buildSite(chats, new Map(), { pageSize: 10, lang: language("en") }, stageContext(new Warnings()));
    expect(site.chatPages.length).toBeGreaterThan(chats.length);
    await renderSite(site, join(scratch, "one"), { batchMessages: Number.MAX_SAFE_INTEGER }, stageContext(new Warnings()));
    await renderSite(site, join(scratch, "each"), { batchMessages: 1 }, stageContext(new Warnings()));
    const one = snapshot(join(scratch, "one"));
    expect(snapshot(join(scratch, "each"))).toEqual(one);
    const pages = Object.keys(one).filter((path) => /^\/chats\/[^/]+\/(index|\d+)\.html$/.test(path));
    expect(pages).toHaveLength(site.chatPages.length);
    for (const path of ["/index.html", "/report.html", ...site.galleries.map((g) => `/${g.path}`)]) expect(one).toHaveProperty([path]);
  }, 60_000);

  it("fails on a string the catalog lacks, rather than leaving a blank on the page", async () => {
    const chats = (await readChats([join(root, "content")], undefined, new Warnings())).map((c) => c.chat);
    const site = buildSite(chats, new Map(), { pageSize: 500, lang: language("en") }, stageContext(new Warnings()));
    // The type of the site's strings forbids this in our code; a template is only checked as it renders.
    const { "archive.chats": _, ...strings } = site.strings;
    await expect(renderSite({ ...site, strings: strings as Site["strings"] }, join(scratch, "unknown-key"), {}, stageContext(new Warnings()))).rejects.toThrow(/index\.njk/);
  }, 60_000);
});
