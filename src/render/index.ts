/**
 * The render stage: Eleventy turns the site's data into HTML with the templates in templates/,
 * configured by eleventy.config.ts, and the archive's CSS and scripts are copied beside it.
 *
 * Eleventy keeps every page it renders in memory until its run ends, so the chat pages are made and
 * rendered a batch at a time, each batch by a run of its own: memory follows the batch, not the archive.
 * The galleries, the index and the report come last, in a run of their own, once every warning is in.
 */
import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import configure from "../../eleventy.config.js";
import { collectGarbage } from "../memory.js";
import type { ChatPage, GalleryPage, IndexPage, LazyPage, ReportPage, Site, StageContext } from "../model.js";
import { TEMPLATES } from "../paths.js";

export interface RenderOptions {
  /** About how many messages one Eleventy run renders (whole pages, at least one). */
  readonly batchMessages?: number;
  /**
   * Settles once every warning is in. The index and the report, which list them, wait for it in the
   * last run, so that the chat pages render while the search index is still being written; a rejection fails the render.
   */
  readonly warningsDone?: Promise<unknown>;
}

/** Large enough that Eleventy's start-up and a full collection are a small share of a run, small enough that a run stays a few hundred MB. */
const BATCH_MESSAGES = 50_000;

/** Writes the site into `outDir`; the progress is told the pages of each batch as it is written. */
export async function renderSite(site: Site, outDir: string, options: RenderOptions, { progress }: StageContext): Promise<void> {
  // Loaded on first use: Eleventy is large, and `parse` never needs it.
  const { default: Eleventy } = await import("@11ty/eleventy");
  const { warningPages, ...shared } = site;
  // Every template paginates over a list and calls its item `doc`, so the layout finds it; an empty list renders nothing.
  const run = async (pages: Partial<Archive>): Promise<void> => {
    const archive: Archive = { chatPages: [], galleries: [], indexPages: [], reportPages: [], ...pages };
    const eleventy = new Eleventy(TEMPLATES, outDir, {
      quietMode: true,
      config: (config) => {
        config.addGlobalData("archive", { ...shared, ...archive });
        return configure(config);
      },
    });
    // Our CLI reports what was built; Eleventy's closing line would only repeat it. Its errors still throw.
    eleventy.logger.overrideLogger(false);
    await eleventy.write();
    progress.advance("render", archive.chatPages.length + archive.galleries.length + archive.indexPages.length + archive.reportPages.length);
  };
  for (const batch of batches(site.chatPages, options.batchMessages ?? BATCH_MESSAGES)) {
    // What the last batch (or stage) left behind goes before this batch adds its own.
    collectGarbage();
    await run({ chatPages: batch.map((page) => page.make()) });
  }
  await options.warningsDone;
  const { index, report } = warningPages();
  await run({ galleries: site.galleries, indexPages: [index], reportPages: [report] });
  await cp(join(TEMPLATES, "assets"), join(outDir, "assets"), { recursive: true });
  // Once for every page, not in each: the browser scripts' strings, worded for each count search can show.
  const strings = { strings: site.scriptStrings, limit: site.searchLimit };
  await writeFile(join(outDir, "assets", "strings.js"), `window.ChatArchiveStrings = ${JSON.stringify(strings)};\n`);
}

/** What one Eleventy run renders, by template. */
interface Archive {
  readonly chatPages: readonly ChatPage[];
  readonly galleries: readonly GalleryPage[];
  readonly indexPages: readonly IndexPage[];
  readonly reportPages: readonly ReportPage[];
}

/** Consecutive pages of about `messages` messages each. */
function batches(pages: readonly LazyPage<ChatPage>[], messages: number): LazyPage<ChatPage>[][] {
  const out: LazyPage<ChatPage>[][] = [];
  let inBatch = Infinity;
  for (const page of pages) {
    if (inBatch >= messages) {
      out.push([]);
      inBatch = 0;
    }
    out[out.length - 1]!.push(page);
    inBatch += page.messages;
  }
  return out;
}
