/**
 * Android exports downloaded side by side: several chat texts and their media loose in one folder
 * (the user's Downloads). Each chat text takes the files it names; what no chat names is reported.
 */
import type { Warnings } from "../model.js";
import { isTextName } from "./names.js";

/** A folder of several chat texts and the files beside them, which any of them may name. */
export interface LooseFolder {
  readonly path: string;
  /** The folder's files that are not chat texts, as listed on disk. */
  readonly files: readonly string[];
  /** How many chat texts the folder holds. */
  readonly chats: number;
}

/**
 * What joins into a file name: a name counts as mentioned only where it stands apart from these, so
 * "WA0001.jpg" is not in "IMG-20230115-WA0001.jpg". One after a space may still be the end of a
 * longer name ("list.pdf" in "my list.pdf"); that only keeps a file out of the warning, since the
 * parser decides which files a message shows.
 */
const NAME_CHAR = /[\p{L}\p{N}\p{M}_.~+-]/u;
/** A browser's name for a repeated download: "IMG-1 (1).jpg" for a second "IMG-1.jpg". */
const COPY = /^(.*?) \(\d+\)(\.[^.]*)?$/;

/**
 * The names among `names` that `text` mentions (as the parser compares them: NFC names, exact
 * case). Linear in the text rather than in text × files: each distinct ending (".jpg", or a whole
 * name without a dot) is looked for once, and where it occurs, the text just before it is looked up
 * among the names of that ending, one slice per distinct length.
 */
export function namedIn(text: string, names: readonly string[]): Set<string> {
  const byEnding = new Map<string, Map<number, Set<string>>>();
  for (const name of names) {
    const dot = name.lastIndexOf(".");
    const ending = dot > 0 ? name.slice(dot) : name;
    const lengths = byEnding.get(ending) ?? new Map<number, Set<string>>();
    byEnding.set(ending, lengths);
    lengths.set(name.length, (lengths.get(name.length) ?? new Set()).add(name));
  }
  const found = new Set<string>();
  for (const [ending, lengths] of byEnding) {
    for (let at = text.indexOf(ending); at !== -1; at = text.indexOf(ending, at + 1)) {
      const end = at + ending.length;
      if (NAME_CHAR.test(text[end] ?? "")) continue;
      for (const [length, candidates] of lengths) {
        const start = end - length;
        if (start < 0 || NAME_CHAR.test(text[start - 1] ?? "")) continue;
        const name = text.slice(start, end);
        if (candidates.has(name)) found.add(name);
      }
    }
  }
  return found;
}

/** What the chat texts of one folder named: each read chat's text and the names it took. */
export interface LooseRead {
  readonly text: string;
  readonly named: ReadonlySet<string>;
}

/**
 * Reports the folder's files that no chat took, in one warning; a text among them may be an export
 * in a format we do not know, so it is reported as such. One case cannot be settled: a name several
 * chats give while a browser's copy of it ("IMG-1 (1).jpg", or "img-1 (1).jpg" where the disk ignores
 * case) lies beside it. Two phones' photos of one name were both downloaded, and which chat's is which
 * is nowhere written; each chat keeps the file of its exact name, and the copies are named in a
 * warning of their own. A file in a zip beside them is never in doubt: a zip is an export of its own.
 */
export function reportLooseFiles(folder: LooseFolder, reads: readonly LooseRead[], subject: string, warnings: Warnings): void {
  const taken = new Set(reads.flatMap((r) => [...r.named]));
  const left = folder.files.filter((name) => !taken.has(name.normalize("NFC")));
  const doubtful = new Set<string>();
  const copies = copiesByName(left);
  // Lower-cased once, and only when there are copies: a name given in another case is the same download.
  const naming = copies.size === 0 ? [] : reads.map((r) => namedIn(r.text.toLowerCase(), [...copies.keys()]));
  for (const [key, { base, names }] of copies) {
    const chats = naming.filter((named) => named.has(key)).length;
    if (chats < 2) continue;
    const originals = folder.files.filter((name) => fold(name) === key);
    for (const name of names) doubtful.add(name);
    warnings.add(subject, "looseCopies", { file: originals.join(", ") || base, copies: names.join(", "), chats });
  }
  const unnamed = left.filter((name) => !doubtful.has(name));
  for (const name of unnamed.filter(isTextName)) warnings.add(name, "notChatText");
  const media = unnamed.filter((name) => !isTextName(name));
  if (media.length === 0) return;
  const files = media.slice(0, 3).join(", ");
  if (media.length > 3) warnings.add(subject, "unnamedFilesMore", { files, count: media.length - 3, chats: folder.chats });
  else warnings.add(subject, "unnamedFiles", { files, chats: folder.chats });
}

/** The browser copies among `names`, by the folded name they copy, with that name as a copy spells it. */
function copiesByName(names: readonly string[]): Map<string, { base: string; names: string[] }> {
  const copies = new Map<string, { base: string; names: string[] }>();
  for (const name of names) {
    const m = COPY.exec(name);
    if (m === null) continue;
    const base = m[1]! + (m[2] ?? "");
    const known = copies.get(fold(base));
    if (known) known.names.push(name);
    else copies.set(fold(base), { base, names: [name] });
  }
  return copies;
}

function fold(name: string): string {
  return name.normalize("NFC").toLowerCase();
}
