/**
 * The search stage: the Pagefind index that search uses over HTTP and the script index it uses from
 * file://, both written into the output before the pages (a failure here is a warning in the report).
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Chat, StageContext } from "../model.js";
import { writeFallback } from "./fallback.js";
import { writePagefind } from "./pagefind.js";

export interface SearchOptions {
  readonly lang: string;
  readonly pageSize: number;
  /** Messages per Pagefind part; see pagefind.ts. */
  readonly partSize?: number;
}

export interface SearchResult {
  /** Pagefind parts written; 0 when Pagefind failed and only the fallback works. */
  readonly parts: number;
  readonly records: number;
  readonly shards: number;
}

export const PART_SIZE = 100_000;

export async function writeSearch(chats: readonly Chat[], outDir: string, options: SearchOptions, { warnings, progress }: StageContext): Promise<SearchResult> {
  let pagefind = { parts: 0, records: 0 };
  try {
    pagefind = await writePagefind(chats, outDir, { lang: options.lang, pageSize: options.pageSize, partSize: options.partSize ?? PART_SIZE, progress });
  } catch (error) {
    // The fallback index still serves every search, so the archive is built without Pagefind.
    await rm(join(outDir, "pagefind"), { recursive: true, force: true });
    warnings.add("search", "pagefindFailed", { error: (error as Error).message });
  }
  const { shards } = await writeFallback(chats, outDir, { pageSize: options.pageSize, parts: pagefind.parts });
  return { ...pagefind, shards };
}
