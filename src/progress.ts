/**
 * How the command line shows a build's progress: a bar a phase (cli-progress) on a terminal; in
 * CI or a pipe, one line as each phase ends, so that logs stay short. Phases may overlap.
 */
import { MultiBar, Presets, type SingleBar } from "cli-progress";
import type { Phase, Progress } from "./model.js";

const LABELS: Record<Phase, string> = { read: "Reading exports", media: "Media and thumbnails", index: "Search index", render: "Pages" };
const UNITS: Record<Phase, string> = { read: "exports", media: "files", index: "messages", render: "pages" };
const WIDTH = Math.max(...Object.values(LABELS).map((l) => l.length));

/** Progress the CLI can also stop after a failure, to put the terminal back as it was. */
export interface Display extends Progress {
  stop(): void;
}

/** Bars drawn on `stream`, a terminal. */
export function barProgress(stream: NodeJS.WritableStream): Display {
  const bars = new MultiBar(
    { stream, format: "{label} {bar} {value}/{total} {unit} · {duration_formatted}", hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  const running = new Map<Phase, SingleBar>();
  return {
    start(phase, total) {
      running.set(phase, bars.create(total, 0, { label: LABELS[phase].padEnd(WIDTH), unit: UNITS[phase] }));
    },
    advance(phase, count = 1) {
      running.get(phase)?.increment(count);
    },
    end(phase) {
      const bar = running.get(phase);
      // A phase that ended is done, whatever its steps counted (the index counts only messages with words).
      bar?.update(bar.getTotal());
      bar?.stop();
      running.delete(phase);
    },
    stop() {
      bars.stop();
    },
  };
}

/** One line a phase, written when it ends: what it did and how long it took. */
export function lineProgress(write: (line: string) => void): Display {
  const running = new Map<Phase, { total: number; started: number }>();
  return {
    start(phase, total) {
      running.set(phase, { total, started: performance.now() });
    },
    advance() {},
    end(phase) {
      const run = running.get(phase);
      if (!run) return;
      write(`${LABELS[phase]}: ${run.total.toLocaleString("en-US")} ${UNITS[phase]} in ${seconds(performance.now() - run.started)}`);
      running.delete(phase);
    },
    stop() {},
  };
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
