/**
 * The parse stage: every export's chat text becomes a Chat of the data model, with a stable id.
 */
import type { Chat, DateOrder, ExportSource, Warnings } from "../model.js";
import { UserError } from "../model.js";
import { parseChat } from "./chat.js";
import { uniqueSlugs } from "./slug.js";

export { parseChat, type ParseOptions, type ParsedChat } from "./chat.js";

export interface ParseExportsOptions {
  readonly dateOrder?: DateOrder;
}

/**
 * Parses each export; one that cannot be read is a warning and the rest go on.
 * Ids are slugs of the titles, unique within the run.
 */
export function parseExports(exports: readonly ExportSource[], options: ParseExportsOptions, warnings: Warnings): Chat[] {
  const parsed = exports.flatMap((source) => {
    try {
      const chat = parseChat(source.text, {
        source: source.source,
        title: source.title,
        dateOrder: options.dateOrder,
        hasFile: (name) => source.files.has(name),
      }, warnings);
      return [{ source, chat }];
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      warnings.add(source.source, error.message.startsWith(`${source.source}: `) ? error.message.slice(source.source.length + 2) : error.message);
      return [];
    }
  });
  const ids = uniqueSlugs(parsed.map(({ source }) => source.title));
  return parsed.map(({ source, chat }, i) => ({
    id: ids[i]!,
    title: source.title,
    platform: chat.platform,
    sources: [source.source],
    participants: chat.participants,
    messages: chat.messages,
  }));
}
