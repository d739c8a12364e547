/** Paths: where the package's own files are, whether it runs from src/ (tests) or from dist/src/ (the installed command), and how a path is shown to a person. */
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "templates"))) return dir;
    if (dirname(dir) === dir) throw new Error("chat-archive: cannot find the package's folder");
  }
}

/** The package folder: package.json, templates/. */
export const PACKAGE_ROOT = findRoot();
export const TEMPLATES = join(PACKAGE_ROOT, "templates");
/** The package's version, for `--version`. */
export const VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;

/** Where thumbnails and build records are kept unless told otherwise: beside other tools' caches, under the working directory. */
export const defaultCacheDir = (): string => join(process.cwd(), "node_modules", ".cache", "chat-archive");

/** A path as a person would write it: relative inside the current folder, from `~` inside the home folder, else absolute. */
export function displayPath(path: string): string {
  const absolute = resolve(path);
  const cwd = process.cwd();
  const home = homedir();
  if (absolute === cwd) return ".";
  if (absolute.startsWith(cwd + sep)) return relative(cwd, absolute);
  if (absolute === home) return "~";
  if (absolute.startsWith(home + sep)) return `~/${relative(home, absolute)}`;
  return absolute;
}
