/**
 * The whole pipeline behind `chat-archive build`: ingest → parse → data, written into a folder
 * beside the output and swapped in only when everything succeeded.
 */
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { writeDataFiles } from "./data/index.js";
import { ingest } from "./ingest/index.js";
import { UserError, type Chat, type DateOrder, type Warnings } from "./model.js";
import { parseExports } from "./parse/index.js";

export interface BuildOptions {
  readonly inputs: readonly string[];
  readonly output: string;
  readonly dateOrder?: DateOrder;
}

export interface BuildResult {
  readonly chats: readonly Chat[];
  readonly output: string;
}

/** Reads and parses every export under the inputs; a UserError when not one chat could be read. */
export async function readChats(inputs: readonly string[], dateOrder: DateOrder | undefined, warnings: Warnings): Promise<Chat[]> {
  const exports = await ingest(inputs, warnings);
  const chats = parseExports(exports, { dateOrder }, warnings);
  if (chats.length === 0) throw new UserError(`no WhatsApp chat export could be read in ${inputs.join(", ")}`);
  return chats;
}

export async function buildArchive(options: BuildOptions, warnings: Warnings): Promise<BuildResult> {
  const output = resolve(options.output);
  const chats = await readChats(options.inputs, options.dateOrder, warnings);
  const staging = join(dirname(output), `.${basename(output)}.building-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    await writeDataFiles(chats, join(staging, "data"));
    await swapIn(staging, output);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { chats, output };
}

/** Replaces `output` with `staging`; the old output is removed only after the new one is in place. */
async function swapIn(staging: string, output: string): Promise<void> {
  const old = `${staging}.old`;
  await rename(output, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, output);
  await rm(old, { recursive: true, force: true });
}
