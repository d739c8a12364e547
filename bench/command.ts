/**
 * The whole command as a user runs it: Node start-up, reading the file, parsing and printing JSON
 * (to /dev/null), ours (`chat-archive parse`) against a script doing the same with the peer.
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
}

export function measureCommands(file: string, runs: number): CommandTiming {
  const ours = [CLI, "parse", file];
  const peer = [PEER_SCRIPT, file];
  // One untimed run each, so both find the file and the modules in the page cache.
  runNode(ours, "ignore");
  runNode(peer, "ignore");
  const times = { ours: [] as number[], peer: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.ours.push(runNode(ours, "ignore").ms);
    times.peer.push(runNode(peer, "ignore").ms);
  }
  return { oursMs: median(times.ours), peerMs: median(times.peer) };
}
