/**
 * Ingest: finds WhatsApp exports (.zip, .txt, extracted folders, folders of them) and reads each
 * one's chat text and files safely. It writes nothing; each export that cannot be read becomes a
 * warning and the others go on.
 */
import { basename, dirname, join } from "node:path";
import { Readable } from "node:stream";
import { WarningError, type ExportFile, type ExportSource, type StageContext, type Warnings } from "../model.js";
import { decodeText } from "./decode.js";
import { diskFile, type Candidate, type Limits } from "./files.js";
import { findExports, type Found } from "./find.js";
import { namedIn, reportLooseFiles, type LooseFolder, type LooseRead } from "./loose.js";
import { chooseChatText, exportTitle, isIosChatName } from "./names.js";
import { listZip } from "./zip.js";

export interface IngestOptions {
  /** Bytes one file may hold; default 2 GiB. */
  maxEntryBytes?: number;
  /** Bytes all files of one zip may hold unpacked; default 20 GiB. */
  maxTotalBytes?: number;
  /** How many times larger than its compressed bytes a zip entry over 1 MiB may be; default 1000. */
  maxRatio?: number;
}

const GiB = 1024 ** 3;

/** The caps an export is read with unless told otherwise. */
export const DEFAULT_LIMITS: Required<IngestOptions> = { maxEntryBytes: 2 * GiB, maxTotalBytes: 20 * GiB, maxRatio: 1000 };

/** Every readable export under `paths`, sorted by path; an empty list when none could be read. */
export async function ingest(paths: readonly string[], options: IngestOptions, { warnings, progress }: StageContext): Promise<ExportSource[]> {
  const limits: Limits = {
    entry: options.maxEntryBytes ?? DEFAULT_LIMITS.maxEntryBytes,
    total: options.maxTotalBytes ?? DEFAULT_LIMITS.maxTotalBytes,
    ratio: options.maxRatio ?? DEFAULT_LIMITS.maxRatio,
  };
  const sources: ExportSource[] = [];
  const exports = await findExports(paths, limits, warnings);
  // What each folder of side-by-side chat texts named, to report what none of them did once all are read.
  const loose = new Map<LooseFolder, LooseRead[]>();
  for (const found of exports) if (found.kind === "loose") loose.set(found.folder, []);
  progress.start("read", exports.length);
  for (const found of exports) {
    const source = basename(found.path);
    try {
      const read = await readExport(found, source, limits, warnings);
      if (read) sources.push(read.source);
      if (read?.named && found.kind === "loose") loose.get(found.folder)!.push({ text: read.source.text, named: read.named });
    } catch (error) {
      if (error instanceof WarningError) warnings.add(source, error.notice.code, error.notice.values);
      else if (isSystemError(error)) warnings.add(source, "unreadable", { error: error.message });
      else throw error;
    }
    progress.advance("read");
  }
  progress.end("read");
  for (const [folder, reads] of loose) reportLooseFiles(folder, reads, basename(folder.path), warnings);
  return sources;
}

/** The export, and for a chat text among loose files, the names of those it took (NFC). */
async function readExport(
  found: Found, source: string, limits: Limits, warnings: Warnings,
): Promise<{ source: ExportSource; named?: ReadonlySet<string> } | undefined> {
  const listed = await listFiles(found, source, limits, warnings);
  const chat = found.kind === "zip" ? await chooseChatText(listed) : listed[0];
  if (chat === undefined) {
    warnings.add(source, "noChatText");
    return undefined;
  }
  if (chat.refusal !== undefined) throw new WarningError({ code: "chatTextRefused", values: { file: chat.label, reason: chat.refusal } });
  const { text, notice } = decodeText(await chat.read());
  if (notice) warnings.add(source, notice.code, notice.values);
  const loose = found.kind === "loose" ? await namedFiles(found.folder, text, limits) : undefined;
  const files = loose ? [...listed, ...loose.files] : listed;
  const others = new Map<string, ExportFile>();
  for (const file of files) {
    if (file === chat) continue;
    if (file.refusal !== undefined) warnings.add(source, "skipped", { file: file.label, reason: file.refusal });
    // Names differing only in Unicode normalization (macOS writes decomposed ones) are one name to a message.
    else if (others.has(file.name)) warnings.add(source, "sameName", { file: file.label });
    else others.set(file.name, exportFile(file, source));
  }
  // A `_chat.txt` given on its own says nothing of the chat; its folder does.
  const container = found.kind === "text" && isIosChatName(chat.name) ? basename(dirname(found.path)) : source;
  return {
    source: {
      source,
      path: found.path,
      title: exportTitle(container, chat.name),
      chatFile: chat.name,
      text,
      files: others,
    },
    named: loose?.named,
  };
}

/** The loose files of a folder that a chat text names, and their names as messages give them (NFC). */
async function namedFiles(folder: LooseFolder, text: string, limits: Limits): Promise<{ named: ReadonlySet<string>; files: Candidate[] }> {
  const named = namedIn(text, folder.files.map((name) => name.normalize("NFC")));
  const names = folder.files.filter((name) => named.has(name.normalize("NFC")));
  return { named, files: await Promise.all(names.map((name) => diskFile(join(folder.path, name), name, limits))) };
}

/** The export's files; for a folder or a lone text, the chat text comes first; a loose chat text's files are known only once it is read. */
async function listFiles(found: Found, source: string, limits: Limits, warnings: Warnings): Promise<Candidate[]> {
  switch (found.kind) {
    case "zip":
      return listZip(found.path, source, limits, warnings);
    case "text":
    case "loose":
      return [await diskFile(found.path, source, limits)];
    case "folder":
      return Promise.all(
        [found.chatFile, ...found.files].map((name) => diskFile(join(found.path, name), name, limits)),
      );
  }
}

/** What later stages get: errors from `read()` and `open()` name the export, since they travel on without it. */
function exportFile(file: Candidate, source: string): ExportFile {
  const naming = (error: unknown): unknown => (error instanceof WarningError ? new WarningError(error.notice, source) : error);
  return {
    name: file.name,
    size: file.size,
    read: () =>
      file.read().catch((error: unknown) => {
        throw naming(error);
      }),
    open: async () => {
      const stream = await file.open().catch((error: unknown) => {
        throw naming(error);
      });
      // Object mode, as in checkedStream: each chunk is passed on, never joined with the next.
      return Readable.from(rethrown(stream, naming));
    },
  };
}

/** The stream's chunks, its failure changed by `map`. */
async function* rethrown(stream: Readable, map: (error: unknown) => unknown): AsyncGenerator<Buffer> {
  try {
    yield* stream as AsyncIterable<Buffer>;
  } catch (error) {
    throw map(error);
  }
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}
