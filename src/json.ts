/**
 * Writes chats as schema-v1 JSON to a stream, a batch of messages at a time, so that printing a
 * million messages never holds them all as one string.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import { SCHEMA_VERSION, type Chat } from "./model.js";

/** Messages stringified at once: V8 writes an array far faster than message by message, and strings this small are collected young. */
const BATCH = 250;

export async function writeArchiveJson(chats: readonly Chat[], out: Writable): Promise<void> {
  let buffer = `{"schemaVersion":${SCHEMA_VERSION},"chats":[`;
  const flush = async (): Promise<void> => {
    if (!out.write(buffer)) await once(out, "drain");
    buffer = "";
  };
  for (const [c, chat] of chats.entries()) {
    const { messages, ...head } = chat;
    buffer += `${c ? "," : ""}${JSON.stringify(head).slice(0, -1)},"messages":[`;
    for (let i = 0; i < messages.length; i += BATCH) {
      // Each batch is a JSON array; its brackets come off so the batches join into one.
      buffer += (i ? "," : "") + JSON.stringify(messages.slice(i, i + BATCH)).slice(1, -1);
      await flush();
    }
    buffer += "]}";
  }
  buffer += "]}\n";
  await flush();
}
