/** Where the package's own files are, whether it runs from src/ (tests) or from dist/src/ (the installed command). */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
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
