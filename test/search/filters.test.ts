// The script index's shard filters: a search loads only the shards whose filter may hold its words.
// A filter must never hide a shard that holds them, in any script, and should rule out the others.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Chat, Message } from "../../src/model.js";
import { SHARD_SIZE, writeFallback } from "../../src/search/fallback.js";
import { terms } from "../../src/search/terms.js";

const scratch = mkdtempSync(join(tmpdir(), "chat-archive-filters-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** One word of each script, each in a shard of its own; every other message is everyday English. */
const PLACED: Readonly<Record<number, string>> = {
  [SHARD_SIZE + 7]: "Встретимся у ПАМЯТНИКА в субботу",
  [2 * SHARD_SIZE + 11]: "كِتَابٌ جَدِيدٌ من القاهرة",
  [3 * SHARD_SIZE + 5]: "我们明天坐火车去海边吧",
  [3 * SHARD_SIZE + 9]: "The Café by the station",
};

function message(id: number): Message {
  return {
    id, timestamp: "2021-03-12T10:15:00", author: "Ana", text: PLACED[id] ?? `see you at ${id % 24} for dinner`, attachments: [],
    system: false, deleted: false, edited: false, mediaOmitted: false, line: id,
  };
}

interface Catalog { chats: { shards: number; filters: string[] }[] }
let filters: string[] = [];

beforeAll(async () => {
  const messages = Array.from({ length: 4 * SHARD_SIZE }, (_, i) => message(i));
  const chat: Chat = { id: "world", title: "World", platform: "android", sources: ["world.txt"], participants: ["Ana"], messages };
  await writeFallback([chat], scratch, { pageSize: 500, parts: 0 });
  let catalog: Catalog | undefined;
  runInNewContext(readFileSync(join(scratch, "search", "index.js"), "utf8"), { ChatArchiveSearch: { catalog: (data: Catalog) => (catalog = data) } });
  filters = catalog!.chats[0]!.filters;
  expect(filters).toHaveLength(catalog!.chats[0]!.shards);
});

/** The shards (0-based) whose filter lets a query through. */
function shardsFor(query: string): number[] {
  return filters.flatMap((filter, n) => (terms.mayHold(filter, terms.terms(query)) ? [n] : []));
}

describe("the script index's shard filters", () => {
  it.each([
    ["Cyrillic, in any case", "памятника", [1]],
    ["Cyrillic, upper case in the query", "СУББОТУ", [1]],
    ["Arabic, with its diacritics as written", "كِتَابٌ", [2]],
    ["Arabic, inside a word (the article after a preposition)", "القاهرة", [2]],
    ["Chinese, inside a line written without spaces", "火车", [3]],
    ["Latin without its accent", "cafe", [3]],
    ["two words of one message", "café station", [3]],
  ])("let through only the shard holding %s: %s", (_what, query, shards) => {
    expect(shardsFor(query)).toEqual(shards);
  });

  it("let every shard through for a word of one character, which pairs cannot rule out", () => {
    expect(shardsFor("火")).toEqual([0, 1, 2, 3]);
  });

  it("rule out every shard for a word no message holds", () => {
    expect(shardsFor("zebra")).toEqual([]);
  });

  it("never hide a shard from any piece of any of its messages", () => {
    const hidden: string[] = [];
    for (let i = 0; i < 4 * SHARD_SIZE; i++) {
      const folded = terms.fold(message(i).text);
      for (let at = 0; at < folded.length; at += 3) {
        const piece = folded.slice(at, at + 4);
        if (!terms.mayHold(filters[Math.floor(i / SHARD_SIZE)]!, [piece])) hidden.push(`${i}: ${piece}`);
      }
    }
    expect(hidden).toEqual([]);
  });
});

describe("folding, as search compares text", () => {
  it.each([
    ["Cyrillic to lower case", "ПАМЯТНИКА", "памятника"],
    ["Latin letters without accents", "Café Émile", "cafe emile"],
    ["Arabic as written, diacritics kept", "كِتَابٌ", "كِتَابٌ"],
    ["Chinese as written", "火车票", "火车票"],
  ])("turns %s", (_what, text, folded) => {
    expect(terms.fold(text)).toBe(folded);
    // One character for one, so an excerpt marks the very characters that matched.
    expect(terms.fold(text)).toHaveLength(text.length);
  });
});
