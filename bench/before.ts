/**
 * The `chat-archive` of an earlier commit, built once into bench/out/: a figure compared with the
 * code before a change in the same run does not depend on how busy the machine was on another day.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";

/** What the CLI needs to build and find its package folder. */
const PATHS = ["src", "tsconfig.json", "package.json", "eleventy.config.ts", "templates"];

/** The compiled CLI of `commit`, or null when this is no git checkout holding it. */
export function cliAt(commit: string, root: string, out: string): string | null {
  const dir = join(out, `before-${commit}`);
  const cli = join(dir, "dist", "src", "cli.js");
  if (existsSync(cli)) return cli;
  let tarball: Buffer;
  try {
    tarball = execFileSync("git", ["archive", commit, ...PATHS], { cwd: root, maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return null;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync("tar", ["-x", "-C", dir], { input: tarball });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "src"], { cwd: dir, stdio: "inherit" });
  return cli;
}
