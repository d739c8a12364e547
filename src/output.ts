/**
 * The output folder: which folders a build may write into, the record that marks an archive as one
 * a build wrote, what a person added to an earlier archive (carried into the new one), and the
 * atomic swap. A build never deletes a file that no build wrote.
 */
import { existsSync, realpathSync, renameSync, rmSync } from "node:fs";
import { copyFile, link, lstat, mkdir, readdir, readFile, readlink, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, dirname, join, parse, relative, resolve, sep } from "node:path";
import { UserError } from "./model.js";
import { displayPath, VERSION } from "./paths.js";

/** The record each build leaves in the output: that Chat Archive wrote it, and which files. */
export const RECORD = ".chat-archive.json";

interface OutputRecord {
  readonly program: "chat-archive";
  readonly version: string;
  /** Every file the build wrote, relative to the output, "/"-separated, sorted. */
  readonly files: readonly string[];
}

/** What the top level of an archive held before builds kept a record; a person's files sit beside these. */
const UNRECORDED_LAYOUT = ["index.html", "report.html", "chats", "media", "thumbs", "pagefind", "search", "assets"];

/** Files an operating system leaves in any folder a person opens; they do not make a folder someone's. */
const SYSTEM_LITTER = new Set([".DS_Store", "Thumbs.db", "desktop.ini"]);

const CHOOSE = "choose a new or empty folder, or an earlier archive";

/**
 * Refuses, with a UserError (exit 2) before anything is written, an output a build must not
 * replace: a filesystem root, the home or current folder, a file, a folder that is, holds or lies
 * inside an input, and a folder holding files no build wrote.
 */
export async function guardOutput(output: string, inputs: readonly string[]): Promise<void> {
  const out = real(output);
  const shown = displayPath(output);
  if (parse(out).root === out) throw new UserError(`${shown} is the root of a filesystem; ${CHOOSE}`, 2);
  if (out === real(homedir())) throw new UserError(`${shown} is your home folder; ${CHOOSE}`, 2);
  if (out === real(process.cwd())) throw new UserError(`${out} is the current folder; ${CHOOSE}`, 2);
  const info = await stat(out).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UserError(`${shown} is a file, not a folder; ${CHOOSE}`, 2);
  for (const input of inputs) {
    const path = real(input);
    if (path === out) {
      throw new UserError(`${shown} is an input: the build would delete the exports in it; choose another folder for the archive`, 2);
    }
    if (isInside(out, path)) {
      throw new UserError(`${shown} lies inside the input ${displayPath(input)}: the archive would be read back in as exports; choose a folder outside it`, 2);
    }
    if (isInside(path, out)) {
      throw new UserError(`${shown} holds the input ${displayPath(input)}: the build would delete it; choose another folder for the archive`, 2);
    }
  }
  if (!info || (await writtenBefore(out))) return;
  const others = (await readdir(out)).filter((name) => !SYSTEM_LITTER.has(name)).sort();
  if (others.length > 0) {
    throw new UserError(`${shown} holds files Chat Archive did not write (${others[0]}${others.length > 1 ? ", …" : ""}); ${CHOOSE}`, 2);
  }
}

/** Writes the record of what a build wrote into `staging`, the build's own folder, before anything else joins it. */
export async function writeRecord(staging: string): Promise<void> {
  const files = (await readdir(staging, { recursive: true, withFileTypes: true }))
    .filter((e) => !e.isDirectory())
    .map((e) => relative(staging, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
  const record: OutputRecord = { program: "chat-archive", version: VERSION, files };
  await writeFile(join(staging, RECORD), `${JSON.stringify(record, null, 1)}\n`);
}

/** What a person had added to the earlier archive: kept in the new one, or replaced by a file the build now writes. */
export interface Carried {
  /** Relative paths, "/"-separated; folders end in "/". */
  readonly kept: readonly string[];
  readonly replaced: readonly string[];
}

/**
 * Puts into `staging` everything in the earlier archive at `output` that no build wrote, as hard
 * links where the filesystem allows (a published archive's `.git/` can be large), else as copies.
 * The earlier archive is left as it is, so a build that fails from here on still loses nothing.
 */
export async function carryOver(output: string, staging: string): Promise<Carried> {
  if (!existsSync(output)) return { kept: [], replaced: [] };
  // A folder no build wrote got past the guard only empty but for an operating system's litter, which is kept too.
  const written = (await writtenBefore(output)) ?? { files: new Set<string>(), tops: new Set<string>() };
  const kept: string[] = [];
  const replaced: string[] = [];
  for (const { path, isFolder } of await added(output, written)) {
    const target = join(staging, path);
    const name = path.split(sep).join("/");
    if (await lstat(target).then(() => true, () => false)) {
      replaced.push(name);
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    await duplicate(join(output, path), target);
    kept.push(isFolder ? `${name}/` : name);
  }
  return { kept, replaced };
}

/**
 * The files of the archive at `output` as the build that wrote it recorded them, the record among
 * them, as absolute paths: a person's own files beside them (a `.git/` that changes with each
 * commit) are not the archive's.
 */
export async function archiveFiles(output: string): Promise<string[]> {
  const record = await readRecord(output);
  return record ? [RECORD, ...record.files].map((file) => join(output, file)) : [output];
}

/**
 * The files an earlier build wrote into `dir`, from its record or, for an archive from before
 * records, its layout; undefined when no build wrote the folder.
 */
async function writtenBefore(dir: string): Promise<Written | undefined> {
  const record = await readRecord(dir);
  if (record) return { files: new Set([RECORD, ...record.files.map((f) => f.split("/").join(sep))]), tops: new Set() };
  const isArchive = existsSync(join(dir, "index.html")) && existsSync(join(dir, "report.html")) && existsSync(join(dir, "assets", "archive.css"));
  return isArchive ? { files: new Set(), tops: new Set(UNRECORDED_LAYOUT) } : undefined;
}

interface Written {
  /** Relative paths of files a build wrote. */
  readonly files: ReadonlySet<string>;
  /** Top-level names a build wrote wholly (archives from before records). */
  readonly tops: ReadonlySet<string>;
}

/** The record a build left in `dir`; undefined when there is none, or it is not one of ours. */
async function readRecord(dir: string): Promise<OutputRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(join(dir, RECORD), "utf8")) as Partial<OutputRecord>;
    return record.program === "chat-archive" && Array.isArray(record.files) ? (record as OutputRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** The outermost files and folders under `dir` that hold nothing a build wrote, by path relative to `dir`. */
async function added(dir: string, written: Written): Promise<{ path: string; isFolder: boolean }[]> {
  const folders = new Set<string>();
  for (const file of written.files) for (let d = dirname(file); d !== "."; d = dirname(d)) folders.add(d);
  const found: { path: string; isFolder: boolean }[] = [];
  const visit = async (at: string): Promise<void> => {
    for (const entry of (await readdir(join(dir, at), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = at ? join(at, entry.name) : entry.name;
      if (written.files.has(path) || (!at && written.tops.has(entry.name))) continue;
      if (entry.isDirectory() && folders.has(path)) await visit(path);
      else found.push({ path, isFolder: entry.isDirectory() });
    }
  };
  await visit("");
  return found;
}

/** A copy of a file, link or folder that shares the file's bytes where it can. */
async function duplicate(from: string, to: string): Promise<void> {
  const info = await lstat(from);
  if (info.isSymbolicLink()) return symlink(await readlink(from), to);
  if (info.isDirectory()) {
    await mkdir(to);
    for (const name of await readdir(from)) await duplicate(join(from, name), join(to, name));
    return;
  }
  await link(from, to).catch(() => copyFile(from, to));
}

/** The folder beside the output that this process builds into. */
export function stagingFolder(output: string): string {
  return join(dirname(output), `.${basename(output)}.building-${process.pid}`);
}

/** The staging folder for `output`, emptied of what an earlier build that stopped may have left. */
export async function emptyStaging(output: string): Promise<string> {
  const staging = stagingFolder(output);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  return staging;
}

/** Where swapIn keeps the previous output between its two renames. */
const previousFolder = (staging: string): string => `${staging}.old`;

/** Replaces `output` with `staging`; the old output is removed only after the new one is in place. */
export async function swapIn(staging: string, output: string): Promise<void> {
  const old = previousFolder(staging);
  await rename(output, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, output);
  await rm(old, { recursive: true, force: true });
}

/**
 * For an interrupted build (Ctrl-C): puts the previous output back if the swap was cut between its
 * two renames, and removes this process's staging folder. Synchronous, so it can run as the process exits.
 */
export function abandonBuild(output: string): void {
  const staging = stagingFolder(resolve(output));
  const previous = previousFolder(staging);
  if (existsSync(previous) && !existsSync(resolve(output))) renameSync(previous, resolve(output));
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
}

/** The path with links resolved as far as it exists, so that two spellings of one folder compare equal. */
function real(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(real(parent), basename(absolute));
  }
}

const isInside = (path: string, folder: string): boolean => path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
