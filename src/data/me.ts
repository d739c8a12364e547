/**
 * Whose messages sit on the right, as in the app (`--me`; README, "Whose messages sit on the right"). The names given with --me
 * decide it; without them it is inferred from the chats: in a one-to-one chat "me" is the one who is
 * not the contact the export is named after, and across several chats it is the one name in all of them.
 */
import type { Chat, Me, MeSummary, StageContext, Warnings } from "../model.js";

/** Direction marks and embeddings that phones and WhatsApp put around names and numbers. */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A name that is a phone number: digits and the separators numbers are written with. */
const PHONE = /^\+?[\d\s().-]+$/;
/** Fewer digits than this are a name that happens to be a number ("2", "007"), not a phone number. */
const PHONE_DIGITS = 6;
/** How many names a warning lists before "…". */
const LISTED = 5;

/**
 * The form two names are compared in: "~ Erin" (a non-contact on iOS), "erin" and "Erin " are one
 * person, and so are "+49 151 2345678" and "\u202a+49 1512 345678\u202c".
 */
export function nameKey(name: string): string {
  const bare = name.normalize("NFC").replace(BIDI, "").trim().replace(/^[~\s]+/, "");
  const digits = bare.replace(/\D/g, "");
  if (PHONE.test(bare) && digits.length >= PHONE_DIGITS) return `tel:${digits}`;
  return bare.replace(/\s+/g, " ").toLowerCase();
}

/** Decides "me" for every chat; a name given with --me that is in no chat is a warning. */
export function whoIsMe(chats: readonly Chat[], given: readonly string[], { warnings }: StageContext): Me {
  return given.length > 0 ? givenMe(chats, given, warnings) : inferredMe(chats);
}

/** Each chat's participants who are one of the people in `keys`. */
function namesIn(chat: Chat, keys: ReadonlySet<string>): string[] {
  return chat.participants.filter((name) => keys.has(nameKey(name)));
}

function givenMe(chats: readonly Chat[], given: readonly string[], warnings: Warnings): Me {
  const keys = new Set(given.map(nameKey));
  const byChat = new Map<string, string[]>();
  for (const chat of chats) {
    const names = namesIn(chat, keys);
    if (names.length > 0) byChat.set(chat.id, names);
  }
  const found = new Set([...byChat.values()].flat().map(nameKey));
  // One warning a person, in the spelling first given.
  const missing = new Map<string, string>();
  for (const name of given) if (!found.has(nameKey(name)) && !missing.has(nameKey(name))) missing.set(nameKey(name), name);
  if (missing.size > 0) {
    const everyone = byPresence(chats);
    const listed = [...everyone.slice(0, LISTED), ...(everyone.length > LISTED ? ["…"] : [])].join(", ");
    for (const name of missing.values()) {
      warnings.add("--me", "unknownMe", { name, names: listed });
    }
  }
  return { byChat, summary: { names: distinct(byChat), how: "given", contacts: [], unknownIn: [] } };
}

function inferredMe(chats: readonly Chat[]): Me {
  // One-to-one chats first: the participant who is not the contact the export is named after.
  const direct = new Map<string, string>();
  const contactKeys = new Set<string>();
  for (const chat of chats) {
    if (chat.participants.length !== 2) continue;
    const title = nameKey(chat.title);
    const others = chat.participants.filter((name) => nameKey(name) !== title);
    if (others.length !== 1) continue;
    direct.set(chat.id, others[0]!);
    contactKeys.add(title);
  }
  const meKeys = new Set([...direct.values()].map(nameKey));
  const everyChat = oneNameInEveryChat(chats, contactKeys);
  const byChat = new Map<string, string[]>();
  const unknownIn: string[] = [];
  let how: MeSummary["how"] = "unknown";
  for (const chat of chats) {
    if (chat.participants.length === 0) continue;
    const own = direct.get(chat.id);
    // Another chat uses the name one-to-one chats found in it; if it holds several of those names (one person
    // exported under two names, or two people's exports), it is left undecided rather than guessed.
    const present = new Set(chat.participants.map(nameKey).filter((key) => meKeys.has(key)));
    if (own !== undefined) {
      byChat.set(chat.id, [own]);
      how = "one-to-one";
    } else if (present.size === 1) {
      byChat.set(chat.id, namesIn(chat, present));
      how = "one-to-one";
    } else if (present.size === 0 && everyChat !== undefined) {
      byChat.set(chat.id, namesIn(chat, new Set([everyChat])));
      if (how === "unknown") how = "every-chat";
    } else {
      unknownIn.push(chat.title);
    }
  }
  const contacts = chats.filter((chat) => direct.has(chat.id)).map((chat) => chat.title);
  return {
    byChat,
    summary: { names: distinct(byChat), how, contacts: how === "one-to-one" ? contacts : [], unknownIn: how === "unknown" ? [] : unknownIn },
  };
}

/**
 * The one person (as a name key) in every chat, when there are two chats or more; never a contact of
 * a one-to-one chat. A chat nobody wrote in (only WhatsApp's notices) has no say.
 */
function oneNameInEveryChat(chats: readonly Chat[], contactKeys: ReadonlySet<string>): string | undefined {
  const written = chats.filter((chat) => chat.participants.length > 0);
  if (written.length < 2) return undefined;
  let common: Set<string> | undefined;
  for (const chat of written) {
    const keys = new Set(chat.participants.map(nameKey));
    common = common ? new Set([...common].filter((key) => keys.has(key))) : keys;
  }
  const candidates = [...(common ?? [])].filter((key) => !contactKeys.has(key));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** The names of a decision, once each, in the order of the chats. */
function distinct(byChat: ReadonlyMap<string, readonly string[]>): string[] {
  return [...new Set([...byChat.values()].flat())];
}

/** Everyone in the chats, those in the most chats first, so that a warning's few names are the likely ones. */
function byPresence(chats: readonly Chat[]): string[] {
  const count = new Map<string, number>();
  for (const chat of chats) for (const name of new Set(chat.participants)) count.set(name, (count.get(name) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
}
