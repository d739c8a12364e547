/**
 * The index search uses over HTTP: Pagefind, fed one virtual page per author and year of each chat
 * page, its messages as meta, so that the chat, author and year filters are exact. About 2,000 such records per 100k messages index in
 * seconds, where one record per message took 41 s (bench/RESULTS.md).
 *
 * Pagefind holds a whole index in memory (3 GB for a million messages in one), so the index is
 * written in parts of about `partSize` messages, each by a fresh index in a fresh Pagefind process;
 * the browser merges them.
 */
import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { PagefindIndex } from "pagefind";
import { pagePath, pagesOf } from "../layout.js";
import { collectGarbage } from "../memory.js";
import { minuteOf, type Chat, type Message, type Progress } from "../model.js";
import { searchableText, year } from "./documents.js";

export interface PagefindOptions {
  /** The archive's language: Pagefind would otherwise split its index by each page's language. */
  readonly lang: string;
  readonly pageSize: number;
  readonly partSize: number;
  /** Told the messages of each part as it is written. */
  readonly progress?: Progress;
}

export interface PagefindResult {
  readonly parts: number;
  readonly records: number;
}

/** What Pagefind writes for its own search UIs, which the archive does not use. */
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\./;

/** Writes the index to outDir/pagefind/0, /1, …; throws an Error saying what Pagefind reported. */
export async function writePagefind(chats: readonly Chat[], outDir: string, options: PagefindOptions): Promise<PagefindResult> {
  const pagefind = await import("pagefind");
  let parts = 0;
  let records = 0;
  let index: PagefindIndex | null = null;
  let inPart = 0;
  let pending: Promise<unknown>[] = [];
  const writePart = async (): Promise<void> => {
    if (!index) return;
    check(await Promise.all(pending));
    const path = join(outDir, "pagefind", String(parts++));
    // Made here first: Pagefind panics, and its promise never settles, when it cannot make the folder.
    await mkdir(path, { recursive: true });
    check([await index.writeFiles({ outputPath: path })]);
    await index.deleteIndex();
    // Its process keeps the memory of every part it has built, so each part gets a fresh one.
    await pagefind.close();
    for (const file of await readdir(path)) if (UNUSED.test(file)) await rm(join(path, file));
    options.progress?.advance("index", inPart);
    index = null;
    pending = [];
    inPart = 0;
  };
  try {
    for (const chat of chats) {
      for (const record of recordsOf(chat, options.pageSize)) {
        if (!index) {
          // What the last part left behind goes before this one adds its own; see memory.ts.
          collectGarbage();
          const created = await pagefind.createIndex({ forceLanguage: options.lang });
          check([created]);
          index = created.index!;
        }
        // Each record needs a URL of its own, or Pagefind keeps only one per page; the browser drops the query.
        pending.push(index.addHTMLFile({ url: `${record.file}?${++records}`, content: recordHtml(chat.id, record, options.lang) }));
        inPart += record.messages.length;
        if (inPart >= options.partSize) await writePart();
      }
    }
    await writePart();
  } finally {
    await pagefind.close();
  }
  return { parts, records };
}

interface SearchRecord {
  readonly file: string;
  readonly author: string | null;
  readonly year: string;
  readonly messages: readonly Message[];
}

/** A chat's messages grouped by page, then by author and year within the page, in order. */
function* recordsOf(chat: Chat, pageSize: number): Generator<SearchRecord> {
  const { messages } = chat;
  for (const page of pagesOf(messages.length, pageSize)) {
    const groups = new Map<string, Message[]>();
    for (const m of messages.slice(page.start, page.end)) {
      if (!searchableText(m)) continue;
      const key = `${year(m)}\u0000${m.author ?? ""}`;
      const group = groups.get(key);
      if (group) group.push(m);
      else groups.set(key, [m]);
    }
    for (const group of groups.values()) {
      yield { file: pagePath(chat.id, page.number), author: group[0]!.author, year: year(group[0]!), messages: group };
    }
  }
}

/**
 * The virtual page of one record. Filters and meta sit in attributes, so no name is indexed as a
 * word. Pagefind only says which records hold the words: its excerpts run across messages and add
 * full stops between them, so the record's messages come along as meta, `[id, minute, text]` rows,
 * and the browser matches and excerpts each message as it does from the script index.
 */
function recordHtml(chatId: string, record: SearchRecord, lang: string): string {
  const rows = record.messages.map((m) => [m.id, minuteOf(m), searchableText(m)]);
  const tags = [
    `<span data-pagefind-meta="chat:${escape(chatId)}" data-pagefind-filter="chat:${escape(chatId)}"></span>`,
    `<span data-pagefind-filter="year:${record.year}"></span>`,
    `<span data-pagefind-meta="rows[data-rows]" data-rows="${escape(JSON.stringify(rows))}"></span>`,
  ];
  if (record.author !== null) {
    tags.push(`<span data-pagefind-meta="author:${escape(record.author)}" data-pagefind-filter="author:${escape(record.author)}"></span>`);
  }
  const body = record.messages.map((m) => `<p>${escape(searchableText(m))}</p>`);
  return `<!doctype html><html lang="${escape(lang)}"><body><main data-pagefind-body>${tags.join("")}${body.join("")}</main></body></html>`;
}

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}

/** Throws the first error Pagefind reported, if any. */
function check(responses: readonly unknown[]): void {
  for (const response of responses) {
    const errors = (response as { errors?: readonly string[] }).errors ?? [];
    if (errors.length > 0) throw new Error(errors.join("; "));
  }
}
