/**
 * The merge stage: exports of one chat (the same title, or clearly the same messages) become one
 * timeline in which every message appears once. WhatsApp caps each export, so people export a chat
 * again and again; the exports overlap, may be written in other date formats or languages, and
 * one may hold the media another left out.
 *
 * Two timelines are aligned where their times overlap, by a diff (Myers, from the `diff` package)
 * of their messages keyed on minute, author and text: a system notice is keyed on its minute
 * alone, since another language words it differently. What the diff pairs is one message; what
 * only one export has is kept, in that export's own order; a message that differs between exports
 * in the same minute from the same author is a conflict: both are kept, and it is reported.
 */
import { diffArrays } from "diff";
import { lastTimestamp, minuteOf, participantsOf, type MergedChat, type Message, type ParsedExport, type StageContext, type Warnings } from "../model.js";
import { capNear } from "./caps.js";
import { uniqueSlugs } from "./slug.js";

/** Edits beyond which two exports with one title are taken for two chats (a diff costs time with every edit). */
const MAX_EDITS = 20_000;

export function mergeExports(parsed: readonly ParsedExport[], { warnings }: StageContext): MergedChat[] {
  const groups = groupExports(parsed);
  const merged = groups.flatMap((group) => mergeGroup(group, warnings));
  const ids = uniqueSlugs(merged.map((m) => m.chat.title));
  return merged.map((m, i) => ({ ...m, chat: { ...m.chat, id: ids[i]! } }));
}

/**
 * Exports with the same title, or sharing at least half of the smaller one's messages, in the
 * order the first of each group was given; within a group, oldest first.
 */
function groupExports(parsed: readonly ParsedExport[]): ParsedExport[][] {
  const parent = parsed.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // An export's keys are made when it is first compared with another, so a lone export needs none.
  const keys: Set<string>[] = [];
  const keysOf = (i: number): Set<string> => (keys[i] ??= new Set(parsed[i]!.chat.messages.map(messageKey)));
  for (let a = 0; a < parsed.length; a++) {
    for (let b = a + 1; b < parsed.length; b++) {
      if (sameTitle(parsed[a]!, parsed[b]!)) union(a, b);
      else {
        const [small, large] = keysOf(a).size <= keysOf(b).size ? [keysOf(a), keysOf(b)] : [keysOf(b), keysOf(a)];
        let shared = 0;
        for (const key of small) if (large.has(key)) shared++;
        if (shared >= Math.max(3, small.size / 2)) union(a, b);
      }
    }
  }
  const groups = new Map<number, ParsedExport[]>();
  parsed.forEach((piece, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(piece);
    else groups.set(root, [piece]);
  });
  return [...groups.values()].map((group) => group.sort((a, b) => firstTime(a).localeCompare(firstTime(b)) || lastTime(a).localeCompare(lastTime(b))));
}

const sameTitle = (a: ParsedExport, b: ParsedExport): boolean => a.source.title.normalize("NFC").toLowerCase() === b.source.title.normalize("NFC").toLowerCase();
const firstTime = (p: ParsedExport): string => p.chat.messages[0]?.timestamp ?? "";
const lastTime = (p: ParsedExport): string => lastTimestamp(p.chat.messages);

/** What makes two messages of two exports one message: minute, author and text (a notice: its minute). */
function messageKey(m: Message): string {
  const minute = minuteOf(m);
  return m.author === null ? `${minute}\u0000` : `${minute}\u0000${m.author}\u0000${m.text}`;
}

/** One group's exports merged into one chat, or into several when exports with one title turn out to be different chats. */
function mergeGroup(group: readonly ParsedExport[], warnings: Warnings): MergedChat[] {
  const chats: { messages: Message[]; pieces: ParsedExport[] }[] = [];
  for (const piece of group) {
    const into = chats.find((c) => {
      const merged = mergeTimelines(c.messages, piece.chat.messages);
      if (merged === null) return false;
      reportConflicts(merged.conflicts, piece, c.pieces, warnings);
      c.messages = merged.messages;
      c.pieces.push(piece);
      return true;
    });
    if (!into) {
      if (chats.length > 0) {
        warnings.add(piece.source.source, "sameTitle", { title: piece.source.title });
      }
      chats.push({ messages: [...piece.chat.messages], pieces: [piece] });
    }
  }
  return chats.map(({ messages, pieces }) => {
    const latest = pieces.reduce((a, b) => (lastTime(b) >= lastTime(a) ? b : a));
    const oldest = pieces[0]!;
    const cap = capNear(oldest.chat.messages.length);
    if (cap !== undefined) warnings.add(oldest.source.source, "exportCap", { count: oldest.chat.messages.length, cap });
    const numbered = messages.map((m, i) => (m.id === i + 1 ? m : { ...m, id: i + 1 }));
    const participants = participantsOf(numbered);
    const lang = mergedLanguage(pieces);
    // The newest export's clock: how the phone writes times now.
    const { clock } = latest.chat;
    return {
      chat: {
        id: "",
        title: latest.source.title,
        platform: latest.chat.platform,
        sources: pieces.map((p) => p.source.source),
        participants,
        messages: numbered,
        ...(lang === undefined ? {} : { lang }),
        ...(clock === undefined ? {} : { clock }),
      },
      exports: pieces.map((p) => p.source),
      ...(cap === undefined ? {} : { truncatedAt: cap }),
    };
  });
}

/**
 * The language most of the chat's messages were exported in: each export's language weighs as many
 * messages as it holds, so a short export from a phone set to another language does not relabel a
 * long chat; a tie goes to the newest export, the phone's language as it is now. Exports whose
 * language showed nowhere have no say.
 */
function mergedLanguage(pieces: readonly ParsedExport[]): string | undefined {
  // Newest first (as `latest` is chosen), so that a tie keeps the newest's language.
  const newestFirst = [...pieces].reverse().sort((a, b) => lastTime(b).localeCompare(lastTime(a)));
  const weights = new Map<string, number>();
  for (const { chat } of newestFirst) if (chat.lang !== undefined) weights.set(chat.lang, (weights.get(chat.lang) ?? 0) + chat.messages.length);
  let best: string | undefined;
  for (const [lang, weight] of weights) if (best === undefined || weight > weights.get(best)!) best = lang;
  return best;
}

interface Conflict {
  /** The first message of the new export that differs. */
  readonly line: number;
  readonly count: number;
}

/**
 * `later` merged into `earlier`: null when they are no one chat (they overlap in time but the
 * overlap shares less than half of its messages).
 */
function mergeTimelines(earlier: readonly Message[], later: readonly Message[]): { messages: Message[]; conflicts: Conflict[] } | null {
  // The stretch both cover, by minute: before it and after it only one export speaks.
  const [from, to] = [minuteOf(later[0]), minuteOf(earlier[earlier.length - 1])];
  const a0 = firstIndex(earlier, (m) => minuteOf(m) >= from);
  const a1 = lastIndex(earlier, (m) => minuteOf(m) <= minuteOf(later[later.length - 1])) + 1;
  const b1 = lastIndex(later, (m) => minuteOf(m) <= to) + 1;
  const a = earlier.slice(a0, Math.max(a0, a1));
  const b = later.slice(0, b1);
  if (a.length === 0 || b.length === 0) return { messages: [...earlier, ...later], conflicts: [] };

  const changes = diffArrays(a.map(messageKey), b.map(messageKey), { maxEditLength: MAX_EDITS });
  if (!changes) return null;
  const common = changes.reduce((n, c) => (c.added || c.removed ? n : n + c.count), 0);
  if (common < Math.min(a.length, b.length) / 2) return null;

  const messages = earlier.slice(0, a0);
  const conflicts: Conflict[] = [];
  let i = 0;
  let j = 0;
  changes.forEach((change, k) => {
    if (change.removed) {
      messages.push(...a.slice(i, (i += change.count)));
      return;
    }
    if (change.added) {
      const added = b.slice(j, (j += change.count));
      // Removed next to added, from one author in one minute: the exports disagree about a message.
      const removed = changes[k - 1]?.removed ? a.slice(i - changes[k - 1]!.count, i) : [];
      const clash = added.filter((m) => removed.some((r) => r.author === m.author && minuteOf(r) === minuteOf(m)));
      if (clash.length > 0) conflicts.push({ line: clash[0]!.line, count: clash.length });
      messages.push(...added);
      return;
    }
    for (let n = 0; n < change.count; n++) messages.push(richer(a[i++]!, b[j++]!));
  });
  messages.push(...earlier.slice(Math.max(a0, a1)), ...later.slice(b1));
  return { messages, conflicts };
}

function firstIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  const i = list.findIndex(test);
  return i < 0 ? list.length : i;
}

function lastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

/** Of two versions of one message, the one whose media the export holds; else the earlier export's. */
function richer(a: Message, b: Message): Message {
  const present = (m: Message): number => m.attachments.filter((x) => x.present).length;
  return present(b) > present(a) ? b : a;
}

function reportConflicts(conflicts: readonly Conflict[], piece: ParsedExport, into: readonly ParsedExport[], warnings: Warnings): void {
  if (conflicts.length === 0) return;
  const count = conflicts.reduce((n, c) => n + c.count, 0);
  const others = into.map((p) => p.source.source).join(", ");
  warnings.add(piece.source.source, "conflicts", { count, exports: others }, conflicts[0]!.line);
}
