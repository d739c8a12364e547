/**
 * The data stage: one JSON file per chat (schema v1) and `chats.json`, a summary of every chat for
 * the index page. The site's templates read these files.
 */
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { join } from "node:path";
import type { Chat } from "../model.js";
import { writeArchiveJson } from "./json.js";

export interface ChatSummary {
  readonly id: string;
  readonly title: string;
  readonly platform: Chat["platform"];
  readonly sources: readonly string[];
  readonly participants: readonly string[];
  readonly messageCount: number;
  readonly first: string | null;
  readonly last: string | null;
}

function summarize(chat: Chat): ChatSummary {
  const { messages, ...head } = chat;
  return {
    ...head,
    messageCount: messages.length,
    first: messages[0]?.timestamp ?? null,
    last: messages[messages.length - 1]?.timestamp ?? null,
  };
}

/** Writes `chats.json` and `chats/<id>.json` into `dir`. */
export async function writeDataFiles(chats: readonly Chat[], dir: string): Promise<void> {
  await mkdir(join(dir, "chats"), { recursive: true });
  await writeFile(join(dir, "chats.json"), `${JSON.stringify(chats.map(summarize), null, 1)}\n`);
  for (const chat of chats) {
    const out = createWriteStream(join(dir, "chats", `${chat.id}.json`));
    await writeArchiveJson([chat], out);
    out.end();
    await finished(out);
  }
}
