import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { barProgress, lineProgress, summary } from "../src/progress.js";
import type { BuildResult } from "../src/build.js";

/** A build's result, for its summary. */
const BUILT: BuildResult = {
  chats: 1, messages: 1, mediaFiles: 0, outputBytes: 2048, warnings: [], output: "/a/site", upToDate: false,
  thumbnails: { made: 0, reused: 0 }, clips: { made: 0, reused: 0 }, carried: { kept: [], replaced: [] }, me: { names: ["Ann"], how: "given", contacts: [], unknownIn: [] },
  language: { code: "af", how: "detected" },
};

describe("progress on the command line", () => {
  it("writes one line a phase when it is not a terminal, as each ends: what it did and how long it took", () => {
    const lines: string[] = [];
    const progress = lineProgress((line) => lines.push(line));
    progress.start("read", 2);
    progress.advance("read");
    progress.advance("read");
    progress.end("read");
    progress.start("render", 1);
    progress.end("render");
    // Two phases at once, ending in the other order.
    progress.start("media", 1234);
    progress.start("index", 5);
    progress.advance("media", 1234);
    progress.end("index");
    progress.end("media");
    progress.end("media");
    expect(lines).toEqual([
      expect.stringMatching(/^Reading exports: 2 exports in \d+\.\d s$/),
      expect.stringMatching(/^Pages: 1 page in \d+\.\d s$/),
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

  it("says in a line which language the archive speaks, and why", () => {
    const line = (language: BuildResult["language"]): string => summary({ ...BUILT, language }, 0, "1 s")[1]!;
    expect(line({ code: "en", how: "given" })).toBe("Language: English (en), given with --lang");
    expect(line({ code: "en", how: "none-detected" })).toBe("Language: English (en), no words of WhatsApp's in the exports showed their language; --lang chooses another");
    expect(line({ code: "en", how: "no-catalog", detected: "it" }))
      .toBe("Language: English (en), the exports are in Italian (it), which the archive does not speak yet; --lang chooses another");
  });

  it("sums a build up in a line, and names in another what a person had added to the archive", () => {
    const result = BUILT;
    expect(summary(result, 1, "0.5 s")).toEqual([
      "Built 1 chat, 1 message, 0 media files, 1 warning (see report.html) in 0.5 s → /a/site (2 KB)",
      "Language: Afrikaans (af), the language WhatsApp wrote the exports in; --lang chooses another",
      "Me: Ann (given with --me)",
    ]);
    expect(summary({ ...result, carried: { kept: [".git/", "CNAME"], replaced: ["robots.txt"] } }, 0, "0.5 s")[3])
      .toBe("Kept what you added to the archive: .git/, CNAME; replaced your robots.txt with the build's own");
    expect(summary({ ...result, carried: { kept: [], replaced: ["robots.txt", "_headers"] } }, 0, "0.5 s")[3])
      .toBe("Replaced your robots.txt, _headers with the build's own");
    const many = Array.from({ length: 10 }, (_, i) => `file${i}`);
    expect(summary({ ...result, carried: { kept: many, replaced: [] } }, 0, "0.5 s")[3])
      .toBe("Kept what you added to the archive: file0, file1, file2, file3, file4, file5, file6, file7 and 2 more");
  });
});
