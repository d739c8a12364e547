/** Real videos and voice notes for the tests, made by the ffmpeg the npm package holds (nothing downloaded). */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { packagedFfmpeg } from "../../src/media/ffmpeg.js";

const run = promisify(execFile);

/** The package's ffmpeg; the tests need it, so its absence fails them. */
export function ffmpegPath(): string {
  const ffmpeg = packagedFfmpeg();
  if (ffmpeg instanceof Error) throw ffmpeg;
  return ffmpeg.path;
}

/** The file ffmpeg writes for each pass's arguments in turn (each with its input first; "{last}" is the previous pass's file), as bytes. */
async function make(passes: readonly (readonly string[])[], extension: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), "chat-archive-clip-"));
  try {
    let last = "";
    for (const [i, args] of passes.entries()) {
      const file = join(dir, `pass${i}.${extension}`);
      await run(ffmpegPath(), ["-hide_banner", "-nostdin", "-v", "error", ...args.map((a) => a.replace("{last}", last)), file], { timeout: 60_000 });
      last = file;
    }
    return await readFile(last);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * An H.264/AAC MP4 as phones send it: ffmpeg's test pattern, stored `width`×`height`, `seconds` long,
 * with a tone; `rotate` marks it to be turned by that many degrees, as phones mark portrait videos.
 */
export function makeVideo(seconds: number, width = 320, height = 240, rotate = 0): Promise<Buffer> {
  const encode = [
    "-f", "lavfi", "-i", `testsrc=duration=${seconds}:size=${width}x${height}:rate=10`,
    "-f", "lavfi", "-i", `sine=duration=${seconds}`,
    "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", "-movflags", "+faststart",
  ];
  // The encoder drops a rotation given with it; copied into a new file, the mark stays.
  const mark = ["-i", "{last}", "-c", "copy", "-metadata:s:v:0", `rotate=${rotate}`];
  return make(rotate ? [encode, mark] : [encode], "mp4");
}

/** A WhatsApp voice note: Opus in Ogg, `seconds` long. */
export function makeVoiceNote(seconds: number): Promise<Buffer> {
  return make([["-f", "lavfi", "-i", `sine=duration=${seconds}`, "-c:a", "libopus", "-f", "ogg"]], "opus");
}
