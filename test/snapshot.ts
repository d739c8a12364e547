import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every file under `dir` with a hash of its bytes, by path relative to `dir`: equal snapshots, equal trees. */
export function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => {
    const path = join(e.parentPath, e.name);
    return [path.slice(dir.length), createHash("sha256").update(readFileSync(path)).digest("hex")];
  }).sort());
}
