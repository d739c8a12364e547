/**
 * Writes chats as schema-v1 JSON to a stream, a batch of messages at a time, so that printing a
 * million messages never holds them all as one string.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import { SCHEMA_VERSION, type Chat } from "../model.js";

/** Bytes gathered before each write: large enough to be fast, small enough to stay flat in memory. */
const CHUNK = 1 << 20;

export async function writeArchiveJson(chats: readonly Chat[], out: Writable): Promise<void> {
  let buffer = `{"schemaVersion":${SCHEMA_VERSION},"chats":[`;
  const flush = async (): Promise<void> => {
    if (!out.write(buffer)) await once(out, "drain");
    buffer = "";
  };
  for (const [c, chat] of chats.entries()) {
    const { messages, ...head } = chat;
    buffer += `${c ? "," : ""}${JSON.stringify(head).slice(0, -1)},"messages":[`;
    for (let i = 0; i < messages.length; i++) {
      buffer += (i ? "," : "") + JSON.stringify(messages[i]);
      if (buffer.length >= CHUNK) await flush();
    }
    buffer += "]}";
  }
  buffer += "]}\n";
  await flush();
}
