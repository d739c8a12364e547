/**
 * How the command line shows a build's progress: a bar a phase (cli-progress) on a terminal; in
 * CI or a pipe, one line as each phase ends, so that logs stay short.
 */
import { Presets, SingleBar } from "cli-progress";
import type { Phase, Progress } from "./model.js";

const LABELS: Record<Phase, string> = { read: "Reading exports", media: "Media and thumbnails", index: "Search index", render: "Pages" };
const UNITS: Record<Phase, string> = { read: "exports", media: "files", index: "messages", render: "pages" };
const WIDTH = Math.max(...Object.values(LABELS).map((l) => l.length));

/** Bars drawn on `stream`, a terminal; `end` may be called again after a failure, to put the cursor back. */
export function barProgress(stream: NodeJS.WritableStream): Progress {
  let bar: SingleBar | undefined;
  return {
    start(phase, total) {
      bar = new SingleBar(
        { stream, format: `${LABELS[phase].padEnd(WIDTH)} {bar} {value}/{total} ${UNITS[phase]} · {duration_formatted}`, hideCursor: true },
        Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    advance(count = 1) {
      bar?.increment(count);
    },
    end() {
      // A phase that ended is done, whatever its steps counted (the index counts only messages with words).
      bar?.update(bar.getTotal());
      bar?.stop();
      bar = undefined;
    },
  };
}

/** One line a phase, written when it ends: what it did and how long it took. */
export function lineProgress(write: (line: string) => void): Progress {
  let phase: { name: Phase; total: number; started: number } | undefined;
  return {
    start(name, total) {
      phase = { name, total, started: performance.now() };
    },
    advance() {},
    end() {
      if (!phase) return;
      write(`${LABELS[phase.name]}: ${phase.total.toLocaleString("en-US")} ${UNITS[phase.name]} in ${seconds(performance.now() - phase.started)}`);
      phase = undefined;
    },
  };
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
