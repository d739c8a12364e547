// The floor: what the simplest export-to-HTML tools do, as `node floor.mjs <parse.json> <page.html>`
// reads the JSON that `chat-archive parse` printed and writes every message of every chat into one
// unpaged HTML page, escaped, with no search, no media and no paging. Plain JavaScript on plain Node,
// so that no TypeScript loader adds to the figure.
import { readFileSync, writeFileSync } from "node:fs";

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ENTITIES[c]);

const { chats } = JSON.parse(readFileSync(process.argv[2], "utf8"));
const parts = ['<!doctype html><html><head><meta charset="utf-8"><title>Chats</title></head><body>'];
for (const chat of chats) {
  parts.push(`<h1>${escape(chat.title)}</h1><ol>`);
  for (const m of chat.messages) {
    parts.push(`<li><time>${escape(m.timestamp)}</time> <b>${escape(m.author ?? "")}</b> ${escape(m.text).replaceAll("\n", "<br>")}</li>`);
  }
  parts.push("</ol>");
}
parts.push("</body></html>\n");
writeFileSync(process.argv[3], parts.join("\n"));
