/**
 * How the command line shows a build: a bar a phase (cli-progress) on a terminal; in CI or a pipe,
 * one line as each phase ends, so that logs stay short (phases may overlap); then the summary.
 */
import { MultiBar, Presets, type SingleBar } from "cli-progress";
import type { BuildResult } from "./build.js";
import type { LanguageChoice, MeSummary, Phase, Progress } from "./model.js";
import { formatBytes, SIZE_UNITS } from "./numbers.js";

const LABELS: Record<Phase, string> = { read: "Reading exports", media: "Media and thumbnails", index: "Search index", render: "Pages" };
const UNITS: Record<Phase, string> = { read: "export", media: "file", index: "message", render: "page" };
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
      running.set(phase, bars.create(total, 0, { label: LABELS[phase].padEnd(WIDTH), unit: `${UNITS[phase]}s` }));
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
      write(`${LABELS[phase]}: ${count(run.total, UNITS[phase])} in ${seconds(performance.now() - run.started)}`);
      running.delete(phase);
    },
    stop() {},
  };
}

/** "1 export", "1,234 files": the terminal speaks English, whose nouns here all take an s. */
export const count = (n: number, noun: string): string => `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** What the build did, in a line; who "me" is; and what a person had added to the earlier archive, if anything. */
export function summary(result: BuildResult, warnings: number, took: string): string[] {
  const { chats, messages, mediaFiles, output, outputBytes, upToDate, carried } = result;
  const counts = `${count(chats, "chat")}, ${count(messages, "message")}, ${count(mediaFiles, "media file")}, ${count(warnings, "warning")} (see report.html)`;
  const size = formatBytes(outputBytes, SIZE_UNITS);
  const done = upToDate
    ? `Nothing changed since the last build: ${output} (${size}) is up to date, with ${counts}. --no-cache builds it again.`
    : `Built ${counts} in ${took} → ${output} (${size})`;
  const yours = [
    ...(carried.kept.length ? [`kept what you added to the archive: ${names(carried.kept)}`] : []),
    ...(carried.replaced.length ? [`replaced your ${names(carried.replaced)} with the build's own`] : []),
  ].join("; ");
  return [done, languageLine(result.language), meLine(result.me), ...(yours ? [yours[0]!.toUpperCase() + yours.slice(1)] : [])];
}

/** The archive's language and why, in one line, in English as all the terminal says. */
function languageLine({ code, how, detected }: LanguageChoice): string {
  const name = (c: string): string => `${new Intl.DisplayNames(["en"], { type: "language" }).of(c) ?? c} (${c})`;
  const why = how === "given" ? "given with --lang"
    : how === "detected" ? "the language WhatsApp wrote the exports in; --lang chooses another"
    : how === "none-detected" ? "no words of WhatsApp's in the exports showed their language; --lang chooses another"
    : `the exports are in ${name(detected!)}, which the archive does not speak yet; --lang chooses another`;
  return `Language: ${name(code)}, ${why}`;
}

/** Who "me" is and how that was decided, in one line. */
function meLine({ names, how, contacts, unknownIn }: MeSummary): string {
  const few = (list: readonly string[], most = 3): string => [...list.slice(0, most), ...(list.length > most ? ["…"] : [])].join(", ");
  if (how === "unknown") return "Me: not known, so every message sits on the left; give --me NAME to put yours on the right";
  if (how === "given" && names.length === 0) return "Me: no one, since no name given with --me is in the exports; every message sits on the left";
  const why = how === "given" ? "given with --me"
    : how === "every-chat" ? "the one name in every chat"
    : contacts.length === 1 ? `the one who is not ${contacts[0]} in the chat with ${contacts[0]}`
    : `the one who is not the contact in each of the chats with ${few(contacts)}`;
  const rest = unknownIn.length === 0 ? ""
    : unknownIn.length === 1 ? `; not known in ${unknownIn[0]}, whose messages all sit on the left`
    : `; not known in ${unknownIn.length} chats (${few(unknownIn)}), whose messages all sit on the left`;
  return `Me: ${few(names, 5)} (${why})${rest}`;
}

/** Names in a line of their own length: the first few, then how many more. */
function names(list: readonly string[], shown = 8): string {
  return list.length > shown ? `${list.slice(0, shown).join(", ")} and ${list.length - shown} more` : list.join(", ");
}
