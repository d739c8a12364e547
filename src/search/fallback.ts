/**
 * The index search uses from file://, where browsers refuse fetch and import(): classic scripts
 * that hand their data to assets/search.js. search/index.js names the chats (title, authors,
 * years, the paths of their pages), how many shards each has and each shard's filter (terms.js);
 * a shard holds up to SHARD_SIZE messages of one chat and is loaded only when a search needs it
 * and its filter may hold the words, so the first results show while later shards still load.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ANCHOR_PREFIX, pageOf, pagePath, pagesOf } from "../layout.js";
import { minuteOf, type Chat } from "../model.js";
import { searchableText, searchChat } from "./documents.js";
import { terms } from "./terms.js";

/** Small enough that the first shard loads and is scanned in a few tens of milliseconds at any chat size. */
export const SHARD_SIZE = 2_000;

/** [message id, page number (1-based, in the chat's `pages`), author's position in the chat's authors or -1, minute, text] */
type Row = [number, number, number, string, string];

export interface FallbackResult {
  readonly shards: number;
}

/** Writes outDir/search/index.js and outDir/search/<chat id>/<n>.js, a shard being a list of Rows. */
export async function writeFallback(
  chats: readonly Chat[], outDir: string, options: { readonly pageSize: number; readonly parts: number },
): Promise<FallbackResult> {
  const dir = join(outDir, "search");
  let shards = 0;
  const catalog = [];
  for (const chat of chats) {
    const info = searchChat(chat);
    const authorIndex = new Map(info.authors.map((name, i) => [name, i]));
    await mkdir(join(dir, chat.id), { recursive: true });
    // Each shard is written as soon as it is full, so only one shard's rows exist at a time.
    let rows: Row[] = [];
    let count = 0;
    const filters: string[] = [];
    const flush = async (): Promise<void> => {
      await writeFile(join(dir, chat.id, `${count}.js`), `ChatArchiveSearch.shard(${JSON.stringify(chat.id)},${count},${JSON.stringify(rows)});\n`);
      filters.push(terms.filterOf(rows.map((row) => terms.fold(row[4]))));
      count++;
      rows = [];
    };
    for (const [i, m] of chat.messages.entries()) {
      const text = searchableText(m);
      if (text) rows.push([m.id, pageOf(i, options.pageSize), m.author === null ? -1 : authorIndex.get(m.author)!, minuteOf(m), text]);
      if (rows.length === SHARD_SIZE) await flush();
    }
    if (rows.length > 0) await flush();
    shards += count;
    // The pages' paths and the anchors' prefix come with the index, so the browser script makes links by no rule of its own.
    const pages = pagesOf(chat.messages.length, options.pageSize).map((page) => pagePath(chat.id, page.number));
    catalog.push({ ...info, shards: count, filters, pages });
  }
  const index = { parts: options.parts, anchor: ANCHOR_PREFIX, chats: catalog };
  await writeFile(join(dir, "index.js"), `ChatArchiveSearch.catalog(${JSON.stringify(index)});\n`);
  return { shards };
}
