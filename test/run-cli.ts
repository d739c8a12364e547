import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect } from "vitest";

export const root = join(import.meta.dirname, "..");
/** tsx by its file, so the command also runs from a working folder outside the project. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI from source, as a user would run the installed command, in a working folder and environment of the test's, with `input` piped to it. */
export function cliIn(options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string }, ...args: string[]): Run {
  const run = spawnSync(process.execPath, ["--import", TSX, join(root, "src/cli.ts"), ...args], {
    cwd: options.cwd ?? root, env: { ...process.env, ...options.env }, encoding: "utf8", input: options.input ?? "",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the CLI from source in the project folder. */
export const cli = (...args: string[]): Run => cliIn({}, ...args);

export const noStackTrace = (stderr: string): void => expect(stderr).not.toMatch(/^\s+at /m);
