/** Small chats built in the test, in the data model's own shape, for the data stage's tests. */
import { participantsOf, type Chat, type Message } from "../../src/model.js";

/** A message before its chat numbers it. */
export type Said = Omit<Message, "id" | "line">;

/** A message at `timestamp` ("2023-01-15T09:04"; seconds added), plain unless `extra` says otherwise; a null author is a system message. */
export function said(timestamp: string, author: string | null, text = "", extra: Partial<Said> = {}): Said {
  return {
    timestamp: timestamp.length === 16 ? `${timestamp}:00` : timestamp,
    author,
    text,
    attachments: [],
    system: author === null,
    deleted: false,
    edited: false,
    mediaOmitted: false,
    ...extra,
  };
}

/** A chat of the messages, numbered 1, 2, … in order, its title the id capitalised. */
export function chatOf(id: string, messages: readonly Said[], title = id[0]!.toUpperCase() + id.slice(1)): Chat {
  const numbered = messages.map((m, i) => ({ ...m, id: i + 1, line: i + 1 }));
  return { id, title, platform: "android", sources: [`WhatsApp Chat with ${title}.txt`], participants: participantsOf(numbered), messages: numbered };
}

/** `count` messages by Alice, `perDay` a day, from 1 January 2023, a minute apart. */
export function daysOf(count: number, perDay: number): Said[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2023, 0, 1 + Math.floor(i / perDay))).toISOString().slice(0, 10);
    const minute = i % perDay;
    return said(`${day}T${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`, "Alice", `message ${i + 1}`);
  });
}
