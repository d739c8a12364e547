/**
 * The parse stage: every export's chat text becomes a chat of the data model (ids and sources are
 * given when exports of one chat are merged).
 */
import type { Attachment, DateOrder, ExportSource, ParsedChat, ParsedExport, StageContext, Warnings } from "../model.js";
import { WarningError } from "../model.js";
import { parseChat } from "./chat.js";

export { parseChat, type ParseOptions } from "./chat.js";

export interface ParseExportsOptions {
  readonly dateOrder?: DateOrder;
}

/** Parses each export; one that cannot be read is a warning and the rest go on. */
export function parseExports(exports: readonly ExportSource[], options: ParseExportsOptions, { warnings }: StageContext): ParsedExport[] {
  const parsed = exports.flatMap((source) => {
    try {
      const chat = parseChat(source.text, {
        source: source.source,
        title: source.title,
        dateOrder: options.dateOrder,
        hasFile: (name) => source.files.has(name),
      }, warnings);
      reportMissingFiles(source, chat, warnings);
      return [{ source, chat }];
    } catch (error) {
      if (!(error instanceof WarningError)) throw error;
      warnings.add(source.source, error.notice.code, error.notice.values);
      return [];
    }
  });
  // The date order was for reading the dates; the exported chat is the parsed one with the export's title.
  return parsed.map(({ source, chat: { dateOrder, ...chat } }) => ({ source, chat: { title: source.title, ...chat } }));
}

/** Files that messages name but the export lacks: one warning each, or one for an export without media. */
function reportMissingFiles(source: ExportSource, chat: ParsedChat, warnings: Warnings): void {
  // A loop, not flatMap: most messages attach nothing, and an empty array for each adds up at 100k.
  const named: (Attachment & { line: number })[] = [];
  for (const m of chat.messages) for (const a of m.attachments) named.push({ ...a, line: m.line });
  const missing = named.filter((a) => !a.present);
  if (missing.length > 1 && missing.length === named.length) {
    warnings.add(source.source, "noMedia", { count: missing.length });
    return;
  }
  for (const a of missing) warnings.add(source.source, "missingFile", { file: a.fileName }, a.line);
}
