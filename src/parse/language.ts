/**
 * Which language WhatsApp wrote an export in (docs/export-format.md#language), from its own words
 * only: each message the parser recognised by WhatsApp's words (a marker of markers.ts, an
 * encryption notice) names the languages that write those words, and the language most messages
 * name wins. What people wrote never counts, so a chat in Afrikaans exported from an English phone
 * is English.
 */
import { MARKERS } from "./markers.js";

/** The languages of markers.ts, by index. */
const CODES: readonly string[] = Object.keys(MARKERS);

/**
 * Sets of languages that write some marker word, as sorted indexes into CODES, by id: a message
 * records one small number, and the sets are made once, when the word tables are.
 */
const SETS: (readonly number[])[] = [[]];
const SET_IDS = new Map<string, number>([["", 0]]);

/** The id of the empty set: words that belong to no language ("null", a venue's link). */
export const NO_LANGUAGE = 0;

/** Unions made so far, by set and language: the word tables ask for the same ones thousands of times. */
const UNIONS = new Map<number, number>();

/** The id of the languages of set `id` and the language `code`. */
export function withLanguage(id: number, code: string): number {
  const index = CODES.indexOf(code);
  if (index < 0) throw new Error(`${code} is no language of markers.ts`);
  const union = id * CODES.length + index;
  let found = UNIONS.get(union);
  if (found !== undefined) return found;
  const members = [...new Set([...SETS[id]!, index])].sort((a, b) => a - b);
  const key = members.join(",");
  found = SET_IDS.get(key);
  if (found === undefined) {
    found = SETS.push(members) - 1;
    SET_IDS.set(key, found);
  }
  UNIONS.set(union, found);
  return found;
}

/**
 * What variants of one language have in common when it is more than the language: Hong Kong and
 * Taiwan both write Traditional Chinese, which plain "zh" would not say.
 */
const SHARED: Readonly<Record<string, string>> = { "zh-HK zh-TW": "zh-Hant" };

/**
 * Counts, per set of languages, the messages whose WhatsApp words were of that set. Each message
 * counts once, by the last of its markers the reader recognised (an edited message's other marker
 * rather than "edited"), so a chat of many edits weighs no more than one of few.
 */
export class LanguageTally {
  /** Set by the body reader to the languages of the words a body was recognised by; kept by `keep`. */
  langs = NO_LANGUAGE;
  /** Messages per set, by its id: the sets are all made when the word tables are, before any parse. */
  private readonly counts = new Int32Array(SETS.length);

  /** Counts the body last read, if WhatsApp's words were recognised in it. */
  keep(): void {
    if (this.langs === NO_LANGUAGE) return;
    this.counts[this.langs]!++;
    this.langs = NO_LANGUAGE;
  }

  /**
   * The language most messages name (a word that several languages write counts for each of them,
   * so the words only one writes decide), or undefined when none named one. A tie between variants
   * of one language (pt-BR and pt-PT write "Esta mensagem foi apagada" alike) gives what they share
   * ("pt"); a tie between different languages gives undefined, since nothing tells them apart.
   */
  language(): string | undefined {
    const scores = new Array<number>(CODES.length).fill(0);
    this.counts.forEach((count, id) => {
      for (const index of SETS[id]!) scores[index]! += count;
    });
    const best = Math.max(...scores);
    if (best === 0) return undefined;
    const tied = CODES.filter((_, i) => scores[i] === best);
    return tied.length === 1 ? tied[0] : sharedCode(tied);
  }
}

/** The code variants of one language share ("pt" for pt-BR and pt-PT), or undefined for different languages. */
function sharedCode(codes: readonly string[]): string | undefined {
  const named = SHARED[codes.join(" ")];
  if (named !== undefined) return named;
  const base = codes[0]!.split("-")[0]!;
  return codes.every((c) => c.split("-")[0] === base) ? base : undefined;
}
