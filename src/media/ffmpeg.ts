/**
 * Running ffmpeg: the binary the npm package @ffmpeg-installer/ffmpeg holds (nothing is downloaded),
 * started without a shell, with a time limit and a cap on what it may write back.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

export interface Ffmpeg {
  readonly path: string;
  /** Part of the cache key: another ffmpeg may take another frame. */
  readonly version: string;
}

export interface FfmpegRun {
  readonly stdout: Buffer;
  readonly stderr: string;
  /** The process ran past its time limit or wrote more than it may, and was stopped. */
  readonly killed: boolean;
}

/** The binary could not be started at all (missing, not executable, wrong platform): every video then falls back to its tile. */
export class FfmpegUnavailable extends Error {}

/** A video's poster frame is a single PNG; anything much bigger is not what was asked for. */
const MAX_STDOUT = 64 * 1024 * 1024;
/** ffmpeg's log of one file is a few kilobytes; only its start (the duration) and its last line (the error) are read. */
const MAX_STDERR = 256 * 1024;
const TIMEOUT = 60_000;

/** The package's binary; a platform it has none for is told as unavailable, never thrown. */
export function packagedFfmpeg(): Ffmpeg | FfmpegUnavailable {
  try {
    const { path, version } = createRequire(import.meta.url)("@ffmpeg-installer/ffmpeg") as Ffmpeg;
    return { path, version };
  } catch (error) {
    // The package throws a bare string when it has no binary for this platform.
    return new FfmpegUnavailable(error instanceof Error ? error.message : String(error));
  }
}

/** Runs `binary` with `args`; resolves whatever ffmpeg's exit status, rejects only with FfmpegUnavailable. */
export function runFfmpeg(binary: string, args: readonly string[], timeout = TIMEOUT): Promise<FfmpegRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"], timeout, killSignal: "SIGKILL", windowsHide: true });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let overflow = false;
    child.stdout.on("data", (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes <= MAX_STDOUT) stdout.push(chunk);
      else if (!overflow) {
        overflow = true;
        child.kill("SIGKILL");
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      errBytes += chunk.length;
      if (errBytes <= MAX_STDERR) stderr.push(chunk);
    });
    child.on("error", (error: NodeJS.ErrnoException) => reject(new FfmpegUnavailable(error.code ?? error.message)));
    child.on("close", (_code, signal) => {
      resolve({ stdout: overflow ? Buffer.alloc(0) : Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString("utf8"), killed: signal !== null });
    });
  });
}
