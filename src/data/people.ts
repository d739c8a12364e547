/** A chat's people as its index card and header name them: a long list is cut short, the full one a click away. */
import type { People } from "../model.js";
import type { Language } from "../i18n/index.js";

/** Up to this many people are all named; a larger group names the first two and counts the rest. */
const ALL_NAMED = 6;
const FIRST_NAMED = 2;

export function people(names: readonly string[], l: Language): People {
  if (names.length <= ALL_NAMED) return { summary: l.list(names) };
  const rest = l.t("chat.others", { count: names.length - FIRST_NAMED });
  return { summary: l.list([...names.slice(0, FIRST_NAMED), rest]), all: l.list(names) };
}
