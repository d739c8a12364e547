/**
 * How search reads text, as the browser reads it: the build runs the browser's own script
 * (templates/assets/terms.js), so the shard filters it writes agree with the browser's fold.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import { TEMPLATES } from "../paths.js";

export interface Terms {
  /** Lower case, Latin letters without their accents, one character for one. */
  fold(text: string): string;
  /** The folded words of a query. */
  terms(query: string): string[];
  /** A shard's filter: the pairs of adjacent characters its folded texts hold. */
  filterOf(foldedTexts: readonly string[]): string;
  /** Whether a shard with this filter may hold every word. */
  mayHold(filter: string, words: readonly string[]): boolean;
}

// Run in this context, as a function whose `this` is `scope`: a context of its own would make every global it reaches slow.
const scope: { ChatArchiveTerms?: Terms } = {};
const script = readFileSync(join(TEMPLATES, "assets", "terms.js"), "utf8");
(runInThisContext(`(function () {\n${script}\n})`, { filename: "terms.js" }) as () => void).call(scope);
export const terms: Terms = scope.ChatArchiveTerms!;
