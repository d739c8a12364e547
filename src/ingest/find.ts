/** Finds the exports in the paths the user gave: zips, chat texts and extracted export folders, in folders at any depth. */
import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { UserError, type Warnings } from "../model.js";
import { displayPath } from "../paths.js";
import { diskFile, type Limits } from "./files.js";
import type { LooseFolder } from "./loose.js";
import { isChatTextName, isIgnoredName, isIosChatName, isTextName, isZipName, sniff } from "./names.js";

export type Found =
  | { readonly kind: "zip"; readonly path: string }
  /** A chat text with no files beside it (Android "Without media"). */
  | { readonly kind: "text"; readonly path: string }
  /** An extracted export: a chat text and, beside it, the files its messages name. */
  | { readonly kind: "folder"; readonly path: string; readonly chatFile: string; readonly files: readonly string[] }
  /** A chat text beside other chat texts and loose files (Android exports downloaded side by side): it takes the files it names. */
  | { readonly kind: "loose"; readonly path: string; readonly folder: LooseFolder };

/** Every export under `paths`, each once, sorted by path. */
export async function findExports(paths: readonly string[], limits: Limits, warnings: Warnings): Promise<Found[]> {
  const found: Found[] = [];
  for (const given of paths) {
    const path = resolve(given);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      // A mistyped path is a usage error: building without it would quietly leave a chat out.
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UserError(`${displayPath(given)}: no such file or folder`, 2);
      warnings.add(given, "unreadable", { error: (error as Error).message });
      continue;
    }
    if (info.isDirectory()) {
      const before = found.length;
      await visitFolder(path, found, limits, warnings);
      if (found.length === before) warnings.add(given, "noExportInFolder");
    } else if (isZipName(path)) {
      found.push({ kind: "zip", path });
    } else if (isTextName(path)) {
      found.push({ kind: "text", path });
    } else {
      warnings.add(given, "notExportKind");
    }
  }
  const unique = new Map<string, Found>();
  // A chat text given on its own and found in its folder too keeps the loose files it names.
  for (const f of found) if (f.kind === "loose" || unique.get(f.path)?.kind !== "loose") unique.set(f.path, f);
  return [...unique.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * A folder holding `_chat.txt`, or one chat text beside other files, is an extracted export; a
 * lone named chat text is an export of its own, and several side by side share the files beside
 * them, each taking those it names. Zips and subfolders are always looked into, since a folder of
 * exports may hold any mix.
 */
async function visitFolder(dir: string, found: Found[], limits: Limits, warnings: Warnings): Promise<void> {
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => !isIgnoredName(e.name))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch (error) {
    warnings.add(basename(dir), "unreadable", { error: (error as Error).message });
    return;
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.isSymbolicLink()) {
      // A link could make the archive publish any file of the user's; an unpacked hostile zip can plant one.
      warnings.add(basename(dir), "symlink", { file: entry.name });
    } else if (entry.isDirectory()) {
      await visitFolder(join(dir, entry.name), found, limits, warnings);
    } else if (entry.isFile() && isZipName(entry.name)) {
      found.push({ kind: "zip", path: join(dir, entry.name) });
    } else if (entry.isFile()) {
      files.push(entry.name);
    }
  }
  const chats: string[] = [];
  for (const name of files.filter(isTextName)) {
    const path = join(dir, name);
    if (isChatTextName(name) || (await sniff(await diskFile(path, name, limits)))) chats.push(name);
  }
  const ios = chats.find(isIosChatName);
  const chatFile = ios ?? (chats.length === 1 ? chats[0] : undefined);
  const others = files.filter((name) => name !== chatFile);
  // `_chat.txt` says nothing of the chat, so even alone it takes its title from the folder.
  if (chatFile !== undefined && (ios !== undefined || others.length > 0)) {
    found.push({ kind: "folder", path: dir, chatFile, files: others });
    return;
  }
  const beside = files.filter((name) => !chats.includes(name));
  if (chats.length > 1 && beside.length > 0) {
    const folder: LooseFolder = { path: dir, files: beside, chats: chats.length };
    for (const name of chats) found.push({ kind: "loose", path: join(dir, name), folder });
    return;
  }
  for (const name of chats) found.push({ kind: "text", path: join(dir, name) });
  // A text left over may be an export in a format we do not know; media beside no chat text are no export's.
  for (const name of beside.filter(isTextName)) warnings.add(name, "notChatText");
}
