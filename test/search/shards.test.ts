// The script index is written a shard at a time: a chat of more than two shards' worth of messages
// must come out in full shards and a last partial one, every message with words once, in order.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import type { Chat, Message } from "../../src/model.js";
import { SHARD_SIZE, writeFallback } from "../../src/search/fallback.js";

const scratch = mkdtempSync(join(tmpdir(), "chat-archive-shards-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every third message has no words (an omitted photo), so shards are cut by rows, not by messages. */
function message(id: number): Message {
  return {
    id, timestamp: "2021-03-12T10:15:00", author: id % 2 ? "Ana" : "Ben", text: id % 3 ? `note ${id}` : "", attachments: [],
    system: false, deleted: false, edited: false, mediaOmitted: id % 3 === 0, line: id,
  };
}

describe("the script index of a long chat", () => {
  it("fills each shard before the next, and keeps every row in order", async () => {
    const messages = Array.from({ length: 3 * SHARD_SIZE + 10 }, (_, i) => message(i + 1));
    const chat: Chat = { id: "long", title: "Long", platform: "android", sources: ["long.txt"], participants: ["Ana", "Ben"], messages };
    const { shards } = await writeFallback([chat], scratch, { pageSize: 500, parts: 0 });
    const withWords = messages.filter((m) => m.text !== "");
    expect(shards).toBe(Math.ceil(withWords.length / SHARD_SIZE));
    expect(readdirSync(join(scratch, "search", "long")).sort()).toEqual([...Array(shards).keys()].map((n) => `${n}.js`).sort());
    const rows: unknown[][][] = [];
    for (let n = 0; n < shards; n++) {
      const ChatArchiveSearch = { shard: (_chat: string, at: number, data: unknown[][]) => (rows[at] = data) };
      runInNewContext(readFileSync(join(scratch, "search", "long", `${n}.js`), "utf8"), { ChatArchiveSearch });
    }
    expect(rows.slice(0, -1).map((shard) => shard.length)).toEqual(Array(shards - 1).fill(SHARD_SIZE));
    expect(rows.flat().map((row) => row[0])).toEqual(withWords.map((m) => m.id));
    expect(rows.flat().map((row) => row[4])).toEqual(withWords.map((m) => m.text));
  });
});
