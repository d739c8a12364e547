/**
 * The parsers alone, in this process, on the same string already in memory: no start-up, no
 * reading, no printing, only parsing.
 */
import { parseString } from "whatsapp-chat-parser";
import { Warnings } from "../src/model.js";
import { parseChat } from "../src/parse/index.js";
import { median } from "./measure.js";

export interface ParserTiming {
  /** Median wall time of one parse. */
  readonly ms: number;
  /** Messages the parser found, to check both did the same job. */
  readonly messages: number;
}

export interface Throughput {
  readonly ours: ParserTiming;
  readonly peer: ParserTiming;
}

type Parser = () => number;

export function measureThroughput(text: string, source: string, runs: number): Throughput {
  const ours: Parser = () => parseChat(text, { source }, new Warnings()).messages.length;
  // parseAttachments makes the peer look at every body for a file name, as ours does.
  const peer: Parser = () => parseString(text, { parseAttachments: true }).length;
  // The first run of each compiles its regexes and lets the JIT settle; it is not counted.
  const messages = { ours: ours(), peer: peer() };
  const times = { ours: [] as number[], peer: [] as number[] };
  for (let i = 0; i < runs; i++) {
    // Alternate who goes first so neither always pays for collecting the other's garbage.
    const order = i % 2 === 0 ? (["ours", "peer"] as const) : (["peer", "ours"] as const);
    for (const name of order) {
      const parse = name === "ours" ? ours : peer;
      const start = performance.now();
      parse();
      times[name].push(performance.now() - start);
    }
  }
  return {
    ours: { ms: median(times.ours), messages: messages.ours },
    peer: { ms: median(times.peer), messages: messages.peer },
  };
}
