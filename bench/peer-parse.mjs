// The peer's equivalent of `chat-archive parse <file>`: read the export, parse it, print JSON.
// Plain JavaScript run by plain Node, as a user of the peer library would write it.
import { readFileSync } from "node:fs";
import { parseString } from "whatsapp-chat-parser";

const text = readFileSync(process.argv[2], "utf8");
process.stdout.write(JSON.stringify(parseString(text, { parseAttachments: true })));
process.stdout.write("\n");
