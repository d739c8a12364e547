import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { barProgress, lineProgress } from "../src/progress.js";

describe("progress on the command line", () => {
  it("writes one line a phase when it is not a terminal: what it did and how long it took", () => {
    const lines: string[] = [];
    const progress = lineProgress((line) => lines.push(line));
    progress.start("read", 2);
    progress.advance();
    progress.advance();
    progress.end();
    progress.start("media", 1234);
    progress.advance(1234);
    progress.end();
    progress.end();
    expect(lines).toEqual([
      expect.stringMatching(/^Reading exports: 2 exports in \d+\.\d s$/),
      expect.stringMatching(/^Media and thumbnails: 1,234 files in \d+\.\d s$/),
    ]);
  });

  it("draws a bar a phase on a terminal, ending full", async () => {
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    const chunks: string[] = [];
    terminal.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
    const progress = barProgress(terminal);
    progress.start("render", 40);
    progress.advance(10);
    progress.advance(30);
    progress.end();
    // A failed build ends the phase again; that must do nothing.
    progress.end();
    await new Promise((done) => setImmediate(done));
    const drawn = chunks.join("");
    expect(drawn).toMatch(/Pages\s+█+ 40\/40 pages/);
    expect(drawn).toContain("0/40 pages");
  });
});
