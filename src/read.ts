/**
 * The reading half of the pipeline, ingest → parse → merge: all that `chat-archive parse` needs,
 * kept apart from the build's modules so that command does not load them.
 */
import { ingest, type IngestOptions } from "./ingest/index.js";
import { mergeExports } from "./merge/index.js";
import { NO_PROGRESS, stageContext, UserError, type DateOrder, type ExportSource, type MergedChat, type StageContext, type Warnings } from "./model.js";
import { parseExports } from "./parse/index.js";

/**
 * Reads and parses every export under the inputs and merges the exports of each chat; a UserError
 * when not one chat could be read.
 */
export async function readChats(
  inputs: readonly string[], dateOrder: DateOrder | undefined, warnings: Warnings, limits: IngestOptions = {}, progress = NO_PROGRESS,
): Promise<MergedChat[]> {
  const ctx = stageContext(warnings, progress);
  return chatsOf(await ingest(inputs, limits, ctx), dateOrder, inputs, ctx);
}

/** The exports ingest found, parsed and merged into chats; a UserError naming the inputs when not one could be parsed. */
export function chatsOf(exports: readonly ExportSource[], dateOrder: DateOrder | undefined, inputs: readonly string[], ctx: StageContext): MergedChat[] {
  const parsed = parseExports(exports, { dateOrder }, ctx);
  if (parsed.length === 0) throw new UserError(`no WhatsApp chat export could be read in ${inputs.join(", ")}`);
  return mergeExports(parsed, ctx);
}
