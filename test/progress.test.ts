import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { barProgress, lineProgress } from "../src/progress.js";

describe("progress on the command line", () => {
  it("writes one line a phase when it is not a terminal, as each ends: what it did and how long it took", () => {
    const lines: string[] = [];
    const progress = lineProgress((line) => lines.push(line));
    progress.start("read", 2);
    progress.advance("read");
    progress.advance("read");
    progress.end("read");
    // Two phases at once, ending in the other order.
    progress.start("media", 1234);
    progress.start("index", 5);
    progress.advance("media", 1234);
    progress.end("index");
    progress.end("media");
    progress.end("media");
    expect(lines).toEqual([
      expect.stringMatching(/^Reading exports: 2 exports in \d+\.\d s$/),
      expect.stringMatching(/^Search index: 5 messages in \d+\.\d s$/),
      expect.stringMatching(/^Media and thumbnails: 1,234 files in \d+\.\d s$/),
    ]);
  });

  it("draws a bar a phase on a terminal, each ending full", async () => {
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    const chunks: string[] = [];
    terminal.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
    const progress = barProgress(terminal);
    progress.start("media", 40);
    progress.start("index", 1000);
    progress.advance("media", 10);
    progress.advance("media", 30);
    // The index counts only messages with words; ending it fills its bar.
    progress.advance("index", 900);
    progress.end("media");
    progress.end("index");
    progress.stop();
    // Stopping again, as after a failure, must do nothing.
    progress.stop();
    await new Promise((done) => setImmediate(done));
    const drawn = chunks.join("");
    expect(drawn).toMatch(/Media and thumbnails\s+█+ 40\/40 files/);
    expect(drawn).toMatch(/Search index\s+█+ 1000\/1000 messages/);
  });
});
