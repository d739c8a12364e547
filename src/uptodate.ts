/**
 * Whether a build would write what the output already holds: the same exports (by path, size and
 * modification time), the same options and the same program as the build that wrote it, and an
 * archive nobody has touched since (files a person added beside it do not count). Then the build
 * is skipped, as make skips a target. These records live in the cache folder, not in the output,
 * which is published: they name the exports' paths.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isNotice } from "./i18n/index.js";
import type { LanguageChoice, MeSummary, Warning } from "./model.js";
import { archiveFiles } from "./output.js";
import { PACKAGE_ROOT, TEMPLATES } from "./paths.js";

/** What a skipped build still tells the user: the summary and every warning of the build that wrote the output. */
export interface BuildRecord {
  readonly chats: number;
  readonly messages: number;
  readonly mediaFiles: number;
  readonly outputBytes: number;
  readonly warnings: readonly Warning[];
  readonly me: MeSummary;
  readonly language: LanguageChoice;
}

interface Stored extends BuildRecord {
  readonly inputs: string;
  readonly output: string;
}

/** The folder the running program's code is in: src/ under tests, dist/src/ when installed. */
const CODE = dirname(fileURLToPath(import.meta.url));

export class BuildRecords {
  constructor(private readonly dir: string) {}

  /** The record of the build that wrote `output`, if that build had the same inputs and the output is as it left it. */
  async unchanged(output: string, inputs: string): Promise<BuildRecord | undefined> {
    const stored = await readFile(this.path(output), "utf8").then((text) => JSON.parse(text) as Stored, () => undefined);
    if (stored?.inputs !== inputs || !storesWarnings(stored) || stored.output !== (await treeOf(await archiveFiles(output))).stamp) return undefined;
    const { chats, messages, mediaFiles, outputBytes, warnings, me, language } = stored;
    return { chats, messages, mediaFiles, outputBytes, warnings, me, language };
  }

  /**
   * Remembers the build that just wrote `output`, as `treeOf` found it; a record that cannot be
   * written only costs the next build its shortcut.
   */
  async remember(output: string, inputs: string, written: Tree, record: BuildRecord): Promise<void> {
    const stored: Stored = { ...record, inputs, output: written.stamp };
    const path = this.path(output);
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(`${path}.tmp`, JSON.stringify(stored));
      await rename(`${path}.tmp`, path);
    } catch {
      // The thumbnail cache in the same folder already warns when it cannot be written.
    }
  }

  private path(output: string): string {
    return join(this.dir, "builds", `${createHash("sha256").update(resolve(output)).digest("hex").slice(0, 32)}.json`);
  }
}

/** Whether a record's warnings are ones this version words: an older version stored words, not codes, so its record is not used. */
function storesWarnings(stored: Stored): boolean {
  return Array.isArray(stored.warnings) && stored.warnings.every((w: unknown) => {
    const { file, line } = w as Partial<Warning>;
    return isNotice(w) && typeof file === "string" && (line === undefined || typeof line === "number");
  });
}

/**
 * Names everything a build reads: the exports under `inputs`, the options, and the program (its
 * code, its templates and the locked versions of its libraries).
 */
export async function inputStamp(inputs: readonly string[], options: unknown): Promise<string> {
  const lock = join(PACKAGE_ROOT, "package-lock.json");
  return createHash("sha256")
    .update(JSON.stringify({ options, node: process.version }))
    .update((await treeOf(inputs.map((input) => resolve(input)))).stamp)
    .update((await treeOf([CODE, TEMPLATES, lock])).stamp)
    .digest("hex");
}

/** The files under some paths: a hash of every file's path, size and modification time, and their bytes. */
export interface Tree {
  readonly stamp: string;
  readonly bytes: number;
}

/** Walks `paths` (files or folders) once. */
export async function treeOf(paths: readonly string[]): Promise<Tree> {
  const hash = createHash("sha256");
  let bytes = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      hash.update(`${path}\0missing\n`);
      continue;
    }
    const files = info.isDirectory()
      ? (await readdir(path, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()
      : [path];
    const stats = await Promise.all(files.map((file) => stat(file)));
    files.forEach((file, i) => {
      hash.update(`${file}\0${stats[i]!.size}\0${stats[i]!.mtimeMs}\n`);
      bytes += stats[i]!.size;
    });
  }
  return { stamp: hash.digest("hex"), bytes };
}
