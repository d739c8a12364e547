/**
 * The whole command as a user runs it: Node start-up, reading the file, parsing and printing JSON
 * (to /dev/null), ours (`chat-archive parse`) against a script doing the same with the peer, and
 * against our own command as it was before a change, when that is given.
 */
import { fileURLToPath } from "node:url";
import { median, runNode } from "./measure.js";

const CLI = fileURLToPath(new URL("../dist/src/cli.js", import.meta.url));
const PEER_SCRIPT = fileURLToPath(new URL("./peer-parse.mjs", import.meta.url));

export interface CommandTiming {
  /** Median wall time of `chat-archive parse <file>`. */
  readonly oursMs: number;
  /** Median wall time of `node bench/peer-parse.mjs <file>`. */
  readonly peerMs: number;
  /** Median wall time of the earlier commit's `chat-archive parse <file>`, when one was given. */
  readonly beforeMs?: number;
}

export function measureCommands(file: string, runs: number, beforeCli: string | null): CommandTiming {
  const commands = { ours: [CLI, "parse", file], peer: [PEER_SCRIPT, file], ...(beforeCli ? { before: [beforeCli, "parse", file] } : {}) };
  // One untimed run each, so all find the file and the modules in the page cache.
  for (const args of Object.values(commands)) runNode(args, "ignore");
  const times: Record<string, number[]> = {};
  // In turn, so that a busy moment slows each of them alike.
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(commands)) (times[name] ??= []).push(runNode(args, "ignore").ms);
  }
  return { oursMs: median(times.ours!), peerMs: median(times.peer!), ...(times.before ? { beforeMs: median(times.before) } : {}) };
}
