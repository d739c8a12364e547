/**
 * The whole pipeline behind `chat-archive build`: ingest → parse → merge → media → data → render, with
 * the search index written beside media, data and render; all into a folder beside the output,
 * swapped in only when everything succeeded.
 */
import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import { buildSite, whoIsMe, type PageOptions } from "./data/index.js";
import type { IngestOptions } from "./ingest/index.js";
import { processMedia, type MediaResult } from "./media/index.js";
import { archiveFiles, carryOver, emptyStaging, guardOutput, stagingFolder, swapIn, writeRecord, type Carried } from "./output.js";
import { NO_PROGRESS, stageContext, Warnings, type DateOrder, type Me, type MergedChat, type Progress } from "./model.js";
import { readChats } from "./read.js";
import { writeHostFiles } from "./publish/files.js";
import { renderSite } from "./render/index.js";
import { archiveLanguage } from "./i18n/choose.js";
import { language, type Language } from "./i18n/index.js";
import { writeSearch } from "./search/index.js";
import { defaultCacheDir } from "./paths.js";
import { BuildRecords, inputStamp, treeOf, type BuildRecord } from "./uptodate.js";

export interface BuildOptions {
  readonly inputs: readonly string[];
  readonly output: string;
  readonly dateOrder?: DateOrder;
  /** The archive's language (a code with a catalog); detected from the exports when absent. */
  readonly lang?: string;
  readonly pageSize: number;
  /** Whose messages sit on the right; inferred from the chats when empty or absent. */
  readonly me?: readonly string[];
  readonly cache: boolean;
  /** Caps on what an export may unpack to (zip bombs); ingest's defaults where absent. */
  readonly limits?: IngestOptions;
  readonly progress?: Progress;
  /** Thumbnails and build records; `defaultCacheDir()` when absent. */
  readonly cacheDir?: string;
}

export interface BuildResult extends BuildRecord {
  readonly output: string;
  /** Images decoded by this build, and images whose thumbnail came from the cache. */
  readonly thumbnails: { readonly made: number; readonly reused: number };
  /** Videos and voice notes ffmpeg read in this build, and those whose poster and duration came from the cache. */
  readonly clips: { readonly made: number; readonly reused: number };
  /** Nothing changed since the build that wrote the output, so nothing was written. */
  readonly upToDate: boolean;
  /** What a person had added to the earlier archive. */
  readonly carried: Carried;
}

export async function buildArchive(options: BuildOptions, warnings: Warnings): Promise<BuildResult> {
  const output = resolve(options.output);
  await guardOutput(output, options.inputs);
  const progress = options.progress ?? NO_PROGRESS;
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const records = options.cache ? new BuildRecords(cacheDir) : undefined;
  // Taken before reading, so that an export changed during the build makes the next one build again.
  const stamp = records
    ? await inputStamp(options.inputs, { lang: options.lang ?? "detected", pageSize: options.pageSize, me: options.me ?? [], dateOrder: options.dateOrder, limits: options.limits })
    : "";
  const previous = await records?.unchanged(output, stamp);
  if (previous) {
    warnings.addAll(previous.warnings);
    return { ...previous, output, upToDate: true, thumbnails: { made: 0, reused: 0 }, clips: { made: 0, reused: 0 }, carried: { kept: [], replaced: [] } };
  }

  const parsed = await readChats(options.inputs, options.dateOrder, warnings, options.limits, progress);
  const chats = parsed.map((p) => p.chat);
  // The archive's language, made once: the search index and the pages both use it.
  const chosen = archiveLanguage(chats, options.lang);
  const lang = language(chosen.code);
  const ctx = stageContext(warnings, progress);
  const me = whoIsMe(chats, options.me ?? [], ctx);
  const staging = stagingFolder(output);
  try {
    await emptyStaging(output);
    const messages = chats.reduce((n, c) => n + c.messages.length, 0);
    // The index needs only the messages, and Pagefind works in a process of its own: it runs while
    // sharp makes thumbnails, ffmpeg reads videos, and the pages are made and rendered, so both cores work.
    const searchWarnings = new Warnings();
    progress.start("index", messages);
    const indexing = writeSearch(chats, staging, { lang: lang.code, pageSize: options.pageSize }, stageContext(searchWarnings, progress))
      .finally(() => progress.end("index"));
    const pages = async (): Promise<MediaResult> => {
      const media = await processMedia(parsed, staging, options.cache ? { cacheDir } : {}, ctx);
      const site = buildSite(chats, media.index, pageOptions(parsed, options.pageSize, me, lang), ctx);
      progress.start("render", site.chatPages.length + site.galleries.length + 2);
      // The index's warnings follow the media's, so that the report's order is the same on every run;
      // the index and report pages, which list them, are rendered after them.
      const warningsDone = indexing.then(() => warnings.addAll(searchWarnings.list));
      // A failed index fails the render when it comes to wait; until then it is no unhandled rejection (settled reports it).
      warningsDone.catch(() => {});
      await renderSite(site, staging, { warningsDone }, ctx);
      progress.end("render");
      return media;
    };
    const [media] = await settled(pages(), indexing);
    await writeHostFiles(staging);
    await writeRecord(staging);
    const carried = await carryOver(output, staging);
    await swapIn(staging, output);
    const written = await treeOf(await archiveFiles(output));
    const record: BuildRecord = {
      chats: chats.length,
      messages,
      mediaFiles: [...media.index.values()].reduce((n, files) => n + files.size, 0),
      outputBytes: written.bytes,
      warnings: [...warnings.list],
      me: me.summary,
      language: chosen,
    };
    await records?.remember(output, stamp, written, record);
    return { ...record, output, upToDate: false, thumbnails: { made: media.thumbnailsMade, reused: media.thumbnailsReused },
      clips: { made: media.clipsMade, reused: media.clipsReused }, carried };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The data stage's options for the chats read: page size, whose messages are "mine", language, and which chats WhatsApp's cap cut short. */
export function pageOptions(parsed: readonly MergedChat[], pageSize: number, me: Me, lang: Language): PageOptions {
  const truncated = new Map(parsed.flatMap((m) => (m.truncatedAt === undefined ? [] : [[m.chat.id, m.truncatedAt] as const])));
  return { pageSize, me: me.byChat, lang, truncated };
}

/** Both results once both have settled, so that nothing still writes into the staging folder when a failure removes it; the first failure, if any. */
async function settled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [x, y] = await Promise.allSettled([a, b]);
  if (x.status === "rejected") throw x.reason;
  if (y.status === "rejected") throw y.reason;
  return [x.value, y.value];
}

