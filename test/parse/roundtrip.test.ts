/**
 * Round trip: random chats are written in many platform/locale formats (./writers.ts), parsed back,
 * and every field of every message must come back exactly. Three properties per format:
 * - the day/month order is inferred (every chat has a day over 12),
 * - the order is given (`dateOrder`) and every day is 1–12, so nothing could tell them apart,
 * - messages that carry WhatsApp's markers (attachments, omitted media, deleted, edited, polls, admin deletions).
 * On a failure fast-check prints the shrunk chat, and the message carries the written file with its
 * invisible characters spelled out.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Warnings, type Attachment, type AttachmentKind, type DateOrder, type Message, type Platform } from "../../src/model.js";
import { parseChat } from "../../src/parse/chat.js";
import {
  ADMIN_DELETIONS, copiedHeader, FORMATS, isoStamp, otherSecondsHeader, POLL_WORDS, pollLines, visible, writeChat, type ChatFormat,
  type Layout, type Stamp, type WrittenMessage,
} from "./writers.js";

/**
 * Runs per property and format: 3 properties × 26 formats × 150 runs take about 6 s. For a longer hunt:
 * `ROUNDTRIP_RUNS=5000`; to replay a failure: `ROUNDTRIP_SEED=<seed printed by fast-check>`.
 */
const RUNS = Number(process.env.ROUNDTRIP_RUNS ?? 150);
const SEED = process.env.ROUNDTRIP_SEED === undefined ? {} : { seed: Number(process.env.ROUNDTRIP_SEED) };
const MAX_MESSAGES = 40;
const LRM = "\u200e";
/** The marks the parser drops from WhatsApp's own words (direction marks and isolates). */
const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// ---------------------------------------------------------------------------------------------
// Names

/** Pieces of names: accents, CJK, Arabic, Hebrew, emoji (with ZWJ and flags), spaces, `-.'~():+`. */
const NAME_UNITS = [
  "a", "e", "o", "n", "r", "A", "J", "M", "é", "ñ", "ü", "ø", "ß", "Ł", "ő", "Ç",
  "李", "王", "明", "美", "ك", "ر", "ي", "م", "ש", "ר", "ה", "Ж", "Ω", "ก",
  "😀", "👩‍💻", "🇩🇪", "❤️", "👍🏽",
  " ", " ", "-", ".", "'", "~", "(", ")", ":", "+", "1", "7", "_", "&", "/",
];
const REAL_NAMES = [
  "Alice", "Bob", "José María", "Zoë O'Brien", "李小龍", "محمد علي", "דוד כהן", "Jean-Luc Picard", "Dr. Who",
  "+44 7700 900123", "Mama ❤️", "👩‍💻 Dev", "Ana (work)", "J.R.R. T.", "Ólafur Ragnar", "Nguyễn Văn A", "Σωκράτης",
  "Bob:2", "Bob:", "Team ~ Lead", "山田 太郎", "Ahmed-Al Rashid", "O'Neil", "🇯🇵 Kenji", "Ngô Bảo Châu", "Ζ", "N",
];

/** A display name as WhatsApp writes it: never `: ` nor a leading `~` (iOS's non-contact sign, §2.4). */
function isName(n: string): boolean {
  return n.length > 0 && n.trim() === n && !n.includes(": ") && !n.startsWith("~");
}
const nameArb = fc.oneof(
  fc.constantFrom(...REAL_NAMES),
  fc.array(fc.constantFrom(...NAME_UNITS), { minLength: 1, maxLength: 12 }).map((units) => units.join("")),
).filter(isName);
/** Names in system texts and titles carry no colon, so no system text can read as `Name: text`. */
const plainNameArb = nameArb.filter((n) => !n.includes(":"));

// ---------------------------------------------------------------------------------------------
// Texts

const TOKENS = [
  "hello", "ça va?", "naïve café", "Grüße", "你好世界", "こんにちは", "안녕하세요", "שלום עולם", "مرحبا بالعالم",
  "Привет", "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇯🇵", "🇺🇦", "❤️", "a: b", "Note: call me", "ratio 3:2", "at 10:30",
  "[x]", "[link]", "<b>", "</i>", "<3", "(ok)", "(see [1])", "{\"a\": 1}", "https://example.com/path?q=1&r=2#frag",
  "www.example.org", "mailto:x@y.z", "42", "3.14", "...", "?!", "- item", "* star", "#tag", "@Alice", "C:\\Users",
  "~tilde", "tab\there", "x\u00a0y", "a\u202fb", "עברית ו-English", "العربية 123", "שלום\u200f!", "e\u0301", "ﷺ",
  "]", "[", ") -", "1/2", "12:00", "PM", "- ", ": ",
];
const LINE_BREAKS = /[\n\r\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const wordArb = fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }).filter((w) => !LINE_BREAKS.test(w));
const tokenArb = fc.oneof({ arbitrary: fc.constantFrom(...TOKENS), weight: 4 }, { arbitrary: wordArb, weight: 1 });
/** A line a person would type: no leading or trailing white space (WhatsApp trims messages). */
const textLineArb = fc.array(tokenArb, { minLength: 1, maxLength: 6 })
  .map((tokens) => tokens.join(" "))
  .filter((l) => l.length > 0 && l.trim() === l);

/** Lines that look almost like headers but are none in any format. */
const NEAR_HEADERS = [
  "12/03/2021 is the date", "2016-04-29 10:30:00", "[2,4,0,4,11]", "[2,4,0,4,11,2602,36]", "10:30 - later",
  "15/01/2023, 9:04", "15/01/2023, 21:04 — em dash", "[15/01/2023, 21:04:31", "1/2/3 4:56 pm", "15.01.23 um 21:04 Uhr",
  "[21:04:31] no date", "2023. 1. 15. 오후 9:04", "21:04:31, 15/1/23", "(15/01/2023, 21:04 - x)", `${LRM}12/03/2021 is the date`,
  "2023-01-15T21:04:31Z", "[1/15/23] Bob: hi", "15/01/2023, 21:04 -- double dash",
  // A full header after U+2028 is inside a line: the export's line breaks are LF and CRLF only.
  "see\u2028[15/01/2023, 21:04:31] Bob: hi", "see\u20282023/01/15, 21:04 - Bob: hi",
];
/**
 * Stands for a header of the file's own format, broken so that it is none, or a line pasted from
 * elsewhere (a copied message, a header with other seconds, another platform's header); filled in per format.
 */
const NEAR_OWN = [
  "\u0000own:unclosed\u0000", "\u0000own:quoted\u0000", "\u0000own:copied\u0000", "\u0000own:copiedBare\u0000",
  "\u0000own:seconds\u0000", "\u0000own:platform\u0000",
] as const;
const nearHeaderArb = fc.oneof(fc.constantFrom(...NEAR_HEADERS), fc.constantFrom(...NEAR_OWN));
/** A message's first line never starts with a direction mark: the parser drops those by design. */
const firstNearHeaderArb = nearHeaderArb.filter((l) => !l.startsWith(LRM));

function nearOwnHeader(format: ChatFormat, stamp: Stamp, which: string): string {
  // Pasted lines are of another year, which a header would put out of order.
  const earlier = { ...stamp, year: stamp.year - 3 };
  switch (which) {
    // Without its closer (`] `, `- `, `: `) the header is text; quoted, it is not at the line start.
    case NEAR_OWN[0]: return format.header(stamp).slice(0, -2);
    case NEAR_OWN[1]: return `> ${format.header(stamp)}Bob: quoted`;
    case NEAR_OWN[2]: return `${copiedHeader(format, earlier)}Bob: copied`;
    case NEAR_OWN[3]: return `${copiedHeader(format, stamp)}copied without author`;
    case NEAR_OWN[4]: return `${otherSecondsHeader(format, earlier)}Bob: other seconds`;
    default: {
      const others = FORMATS.filter((f) => f.platform !== format.platform);
      return `${others[stamp.minute % others.length]!.header(earlier)}Bob: from another phone`;
    }
  }
}

/** A message text: 1–5 lines, the first and last typed text, blank and header-like lines between. */
const textArb = fc.tuple(
  fc.oneof({ arbitrary: textLineArb, weight: 5 }, { arbitrary: firstNearHeaderArb, weight: 1 }),
  fc.array(fc.oneof(
    { arbitrary: textLineArb, weight: 4 }, { arbitrary: fc.constant(""), weight: 2 },
    { arbitrary: nearHeaderArb, weight: 2 }, { arbitrary: fc.constantFrom(" ", "\t", "   "), weight: 1 },
  ), { maxLength: 3 }),
  fc.option(fc.oneof(textLineArb, nearHeaderArb), { nil: null }),
).map(([first, middle, last]) => [first, ...(last === null ? [] : [...middle, last])].join("\n"));

// ---------------------------------------------------------------------------------------------
// Messages

type MediaKind = "image" | "video" | "voice" | "audio" | "sticker" | "gif" | "document" | "contact";
type GeneratedMessage =
  | { readonly kind: "text"; readonly author: number; readonly text: string }
  /** `titled`: iOS writes the chat's name as author; `marked`: a direction mark before the text (and the line). */
  | { readonly kind: "system"; readonly text: string; readonly titled: boolean; readonly marked: boolean }
  | {
    readonly kind: "attachment"; readonly author: number; readonly media: MediaKind; readonly caption: string | null;
    readonly present: boolean; readonly pick: number;
  }
  | { readonly kind: "omitted"; readonly author: number; readonly media: MediaKind; readonly caption: string | null; readonly pick: number | null }
  | { readonly kind: "deleted"; readonly author: number; readonly you: boolean }
  | { readonly kind: "edited"; readonly author: number; readonly text: string }
  | { readonly kind: "null"; readonly author: number }
  | {
    readonly kind: "poll"; readonly author: number; readonly words: number; readonly question: string;
    readonly options: readonly { text: string; votes: number }[]; readonly nbsp: boolean;
  }
  | { readonly kind: "adminDeleted"; readonly author: number; readonly sentence: number; readonly admin: string }
  /** iOS: a group event with a person as author and a mark before it; `self`: the event names its author first, as written. */
  | { readonly kind: "event"; readonly author: number; readonly text: string; readonly self: boolean }
  /** No text after `Name: ` (or, `colonOnly`, after `Name:`), then a message by the same person, as an album's first line. */
  | { readonly kind: "empty"; readonly author: number; readonly colonOnly: boolean; readonly then: string };

const ENCRYPTED = "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.";
const systemTextArb = fc.tuple(plainNameArb, plainNameArb, fc.nat(8)).map(([a, b, n]) => [
  ENCRYPTED, `${a} added ${b}`, `${a} left`, `You added ${b}`, `${a} created group "${b}"`, `${a} changed this group's icon`,
  `${a} joined using this group's invite link`, "You're now an admin", `${a} changed the subject from "${b}" to “${a}”`,
][n]!);

/**
 * Events iOS writes with a person as author (FORMAT.md §5 and §11), in English and German, with a
 * mark before each sentence; `~` stands for whoever the event names first.
 */
const eventTextArb = fc.tuple(plainNameArb, plainNameArb, fc.nat(9)).map(([a, b, n]) => [
  `~ added ${b}`, `~ left`, `You removed ${b}`, `~ joined using this group's invite link`,
  `~ changed their phone number to a new number. ${LRM}Tap to message or add the new number.`,
  `Your security code with ${a} changed. ${LRM}Tap to learn more.`, `~ turned on disappearing messages.`,
  `~ hat ${b} hinzugefügt.`, `Du hast ${b} entfernt.`, `~ hat ${a} entfernt.`,
][n]!.replace(/^~/, a));

const authorArb = fc.nat(7);
const textMessageArb = fc.record({ kind: fc.constant("text" as const), author: authorArb, text: textArb });
const eventMessageArb = fc.record({ kind: fc.constant("event" as const), author: authorArb, text: eventTextArb, self: fc.boolean() });
const emptyMessageArb = fc.record({ kind: fc.constant("empty" as const), author: authorArb, colonOnly: fc.boolean(), then: textArb });
const systemMessageArb = fc.record({
  kind: fc.constant("system" as const), text: systemTextArb, titled: fc.boolean(), marked: fc.boolean(),
});
const captionArb = fc.option(textArb, { nil: null });

const DOCUMENTS = ["Resume.pdf", "Some file.txt", "Plan (v2).docx", "Überweisung 2023.pdf", "報告書.xlsx", "notes.md"];
const CONTACTS = ["Alex", "Zoë", "李雷", "Dr. No"];
const IOS_OMITTED: Readonly<Partial<Record<MediaKind, string>>> = {
  image: "image omitted", video: "video omitted", audio: "audio omitted", sticker: "sticker omitted", gif: "GIF omitted",
  document: "document omitted", contact: "Contact card omitted",
};

function markerMessageArb(platform: Platform): fc.Arbitrary<GeneratedMessage> {
  const media: MediaKind[] = platform === "ios"
    ? ["image", "video", "voice", "audio", "sticker", "gif", "document", "contact"]
    : ["image", "video", "voice", "audio", "sticker", "document", "contact"];
  const attachment = fc.record({
    kind: fc.constant("attachment" as const), author: authorArb, media: fc.constantFrom(...media), caption: captionArb,
    present: fc.boolean(), pick: fc.nat(),
  });
  const omitted = platform === "ios"
    ? fc.record({
      kind: fc.constant("omitted" as const), author: authorArb, media: fc.constantFrom(...(Object.keys(IOS_OMITTED) as MediaKind[])),
      caption: fc.constant(null), pick: fc.option(fc.nat(), { nil: null }),
    })
    : fc.record({
      kind: fc.constant("omitted" as const), author: authorArb, media: fc.constant("image" as const), caption: captionArb,
      pick: fc.constant(null),
    });
  const deleted = fc.record({ kind: fc.constant("deleted" as const), author: authorArb, you: fc.boolean() });
  const edited = fc.record({ kind: fc.constant("edited" as const), author: authorArb, text: textArb });
  const viewOnce = fc.record({ kind: fc.constant("null" as const), author: authorArb });
  const poll = fc.record({
    kind: fc.constant("poll" as const), author: authorArb, words: fc.nat(POLL_WORDS.length - 1),
    // A question of one to three typed lines (WhatsApp writes a long one over several).
    question: fc.array(textLineArb, { minLength: 1, maxLength: 3 }).map((l) => l.join("\n")),
    options: fc.array(fc.record({ text: textLineArb, votes: fc.nat(40) }), { minLength: 1, maxLength: 5 }),
    nbsp: fc.boolean(),
  });
  const adminDeleted = fc.record({
    kind: fc.constant("adminDeleted" as const), author: authorArb, sentence: fc.nat(ADMIN_DELETIONS.length - 1),
    // An admin's name has a letter: after "admin", a lone "." is the sentence's full stop, not a name.
    admin: plainNameArb.filter((n) => /\p{L}/u.test(n)),
  });
  return fc.oneof(attachment, omitted, deleted, edited, poll, adminDeleted, ...(platform === "android" ? [viewOnce] : []));
}

// ---------------------------------------------------------------------------------------------
// Chats

interface StampSeed {
  readonly yearOffset: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Same date as the message generated before it, so days hold several messages. */
  readonly sameDay: boolean;
}

/**
 * How an export writes a name (docs/export-format.md#authors-and-system-messages): as is; iOS's `~ ` before people not in the contacts
 * (U+202F or a space after the tilde); or a phone number's U+202A…U+202C isolates with no-break spaces;
 * or a space after the name (iOS's `AP ` for Android's `AP`). Each reads back as the plain name.
 */
type Dress = "plain" | "tilde-nnbsp" | "tilde-space" | "isolated" | "padded";

interface Participant {
  readonly name: string;
  readonly dress: Dress;
}

function dressed(p: Participant, platform: Platform): string {
  switch (p.dress) {
    case "plain": return p.name;
    case "tilde-nnbsp": return platform === "ios" ? `~\u202f${p.name}` : p.name;
    case "tilde-space": return platform === "ios" ? `~ ${p.name}` : p.name;
    case "isolated": return `\u202a${p.name.replace(/ /g, "\u00a0")}\u202c`;
    // A name ending in a colon padded would read as `Name: ` before the space; WhatsApp pads none such.
    case "padded": return p.name.endsWith(":") ? p.name : `${p.name} `;
  }
}

interface GeneratedChat {
  readonly participants: readonly Participant[];
  readonly title: string;
  /** Each message with the seed of its time; the times are sorted before writing. */
  readonly messages: readonly { readonly message: GeneratedMessage; readonly at: StampSeed }[];
  readonly yearFrom: number;
  readonly yearSpan: number;
  /** A day over 12 for the first date, so the day/month order can be inferred. */
  readonly dayOver12: number | null;
  readonly layout: Layout;
}

const stampSeedArb = fc.record({
  yearOffset: fc.nat(5), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }),
  hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }), second: fc.integer({ min: 0, max: 59 }),
  sameDay: fc.boolean(),
});

interface ChatOptions {
  readonly platform: Platform;
  readonly dayOver12: boolean;
  readonly markers: boolean;
}

function chatArb(options: ChatOptions): fc.Arbitrary<GeneratedChat> {
  const message = fc.oneof(
    { arbitrary: textMessageArb, weight: 5 },
    { arbitrary: systemMessageArb, weight: 1 },
    { arbitrary: eventMessageArb, weight: 1 },
    { arbitrary: emptyMessageArb, weight: 1 },
    ...(options.markers ? [{ arbitrary: markerMessageArb(options.platform), weight: 4 }] : []),
  );
  return fc.record({
    participants: fc.uniqueArray(fc.record({
      name: nameArb,
      dress: fc.oneof({ arbitrary: fc.constant("plain" as const), weight: 5 },
        fc.constantFrom("tilde-nnbsp" as const, "tilde-space" as const, "isolated" as const, "padded" as const)),
    }), { minLength: 1, maxLength: 6, selector: (p) => p.name }),
    title: plainNameArb,
    titleIsParticipant: fc.boolean(),
    messages: fc.array(fc.record({ message, at: stampSeedArb }), { minLength: 1, maxLength: MAX_MESSAGES }),
    yearFrom: fc.integer({ min: 2009, max: 2030 }),
    yearSpan: fc.nat(5),
    dayOver12: options.dayOver12 ? fc.integer({ min: 13, max: 28 }) : fc.constant(null),
    layout: fc.record({ bom: fc.boolean(), trailingEol: fc.boolean(), lfInside: fc.boolean() }),
  }).map(({ titleIsParticipant, ...chat }) => {
    // In a chat with one person the title is that person's name, and their messages stay theirs.
    const named = chat.participants.map((p) => p.name).find((p) => !p.includes(":"));
    return { ...chat, title: titleIsParticipant && named !== undefined ? named : chat.title };
  });
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Non-decreasing stamps for the chat's messages, several years apart or on the same day. */
function stampsOf(chat: GeneratedChat, format: ChatFormat, maxDay: number): Stamp[] {
  const stamps: Stamp[] = [];
  chat.messages.forEach(({ at: seed }, i) => {
    const previous = stamps[i - 1];
    const year = Math.min(2030, chat.yearFrom + (seed.yearOffset % (chat.yearSpan + 1)));
    const date = seed.sameDay && previous
      ? { year: previous.year, month: previous.month, day: previous.day }
      : { year, month: seed.month, day: Math.min(seed.day, daysInMonth(year, seed.month), maxDay) };
    if (i === 0 && chat.dayOver12 !== null) date.day = chat.dayOver12;
    stamps.push({ ...date, hour: seed.hour, minute: seed.minute, second: format.seconds ? seed.second : 0 });
  });
  return stamps.sort((a, b) => (isoStamp(a) < isoStamp(b) ? -1 : isoStamp(a) > isoStamp(b) ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Writing a generated chat in one format, and what parsing it must give

type Expected = Omit<Message, "id" | "line">;

interface Encoded {
  readonly written: WrittenMessage[];
  readonly expected: Expected[];
  readonly present: ReadonlySet<string>;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function encode(format: ChatFormat, chat: GeneratedChat, stamps: readonly Stamp[]): Encoded {
  const written: WrittenMessage[] = [];
  const expected: Expected[] = [];
  const present = new Set<string>();
  const plain = { attachments: [], system: false, deleted: false, edited: false, mediaOmitted: false } as const;
  const ios = format.platform === "ios";

  chat.messages.forEach(({ message: m }, i) => {
    const stamp = stamps[i]!;
    const timestamp = isoStamp(stamp);
    const fill = (text: string): string =>
      text.replace(/\u0000own:\w+\u0000/g, (which) => nearOwnHeader(format, stamp, which));
    const lines = (text: string): string[] => fill(text).split("\n");
    const user = (lead: string, body: readonly string[], fields: Partial<Expected> & Pick<Expected, "text">): void => {
      const author = chat.participants[m.kind === "system" ? 0 : m.author % chat.participants.length]!;
      written.push({ stamp, lead, author: dressed(author, format.platform), lines: body });
      expected.push({ timestamp, author: author.name, ...plain, ...fields });
    };

    switch (m.kind) {
      case "text":
        user("", lines(m.text), { text: fill(m.text) });
        return;
      case "system": {
        expected.push({ timestamp, author: null, text: m.text, ...plain, system: true });
        if (!ios) {
          written.push({ stamp, lead: "", author: null, lines: [m.text] });
        } else if (m.titled) {
          // Newer iOS: the chat's name as author and a mark before the text (docs/export-format.md#authors-and-system-messages).
          written.push({ stamp, lead: m.marked ? format.mark : "", author: chat.title, lines: [`${format.mark}${m.text}`] });
        } else {
          // Older iOS: no author; the mark before the text is there or not.
          written.push({ stamp, lead: "", author: null, lines: [`${m.marked ? format.mark : ""}${m.text}`] });
        }
        return;
      }
      case "attachment": {
        const attachment = attachmentFile(format, m.media, m.pick, i, stamp);
        if (m.present) present.add(attachment.fileName);
        const caption = m.caption === null ? [] : lines(m.caption);
        // `present` is settled at the end: a file named twice (Android keeps document names) is there for both.
        const expectedAttachment: Attachment = { fileName: attachment.fileName, kind: attachment.kind, present: false };
        if (ios) {
          const info = attachment.kind === "document" ? `${attachment.title} • ${LRM}${(m.pick % 40) + 1} pages ` : "";
          const text = [attachment.kind === "document" ? `${attachment.title} • ${(m.pick % 40) + 1} pages` : "", ...caption]
            .filter((l, n) => n > 0 || l !== "").join("\n");
          user(LRM, [`${info}${LRM}<attached: ${attachment.fileName}>`, ...caption], { text, attachments: [expectedAttachment] });
        } else {
          user("", [`${attachment.fileName} (file attached)`, ...caption], { text: caption.join("\n"), attachments: [expectedAttachment] });
        }
        return;
      }
      case "omitted": {
        if (!ios) {
          const caption = m.caption === null ? [] : lines(m.caption);
          user("", ["<Media omitted>", ...caption], { text: caption.join("\n"), mediaOmitted: true });
          return;
        }
        const kind = m.media as AttachmentKind;
        const name = m.media === "document" && m.pick !== null ? DOCUMENTS[m.pick % DOCUMENTS.length]! : null;
        user(LRM, [`${name === null ? "" : `${name} `}${LRM}${IOS_OMITTED[m.media]}`], {
          text: name ?? "", mediaOmitted: true, omittedKind: kind,
        });
        return;
      }
      case "deleted": {
        const words = m.you ? "You deleted this message" : "This message was deleted";
        if (ios) user(LRM, [`${LRM}${words}.`], { text: "", deleted: true });
        else user("", [words], { text: "", deleted: true });
        return;
      }
      case "edited": {
        const body = lines(m.text);
        const last = body.length - 1;
        body[last] = `${body[last]} ${ios ? LRM : ""}<This message was edited>`;
        user("", body, { text: fill(m.text), edited: true });
        return;
      }
      case "null":
        user("", ["null"], { text: "", mediaOmitted: true, viewOnce: true });
        return;
      case "poll":
        user(ios ? LRM : "", pollLines(format.platform, POLL_WORDS[m.words]!, m.question, m.options, m.nbsp), {
          // Plain objects: fast-check's records have no prototype, the parser's have Object's.
          text: "", poll: { question: m.question, options: m.options.map(({ text, votes }) => ({ text, votes })) },
        });
        return;
      case "adminDeleted": {
        const words = ADMIN_DELETIONS[m.sentence]!;
        const sentence = words.replace("{name}", m.admin);
        // iOS ends the sentence with a full stop; the sentence names the admin, so it stays as the text.
        const written = ios ? `${sentence}.` : sentence;
        user(ios ? LRM : "", [`${ios ? LRM : ""}${written}`], { text: words.includes("{name}") ? written : "", deleted: true });
        return;
      }
      case "event": {
        const author = chat.participants[m.author % chat.participants.length]!;
        // About its own author, an event names them as the export writes them (`~ AK created this group`);
        // a name with a colon is left out, as system texts are (on Android `Bob: left` is Bob's message).
        const text = m.self && !author.name.includes(":") ? `${dressed(author, format.platform).trimEnd()} left` : m.text;
        expected.push({ timestamp, author: null, text: text.replace(MARKS, ""), ...plain, system: true });
        written.push(ios
          ? { stamp, lead: format.mark, author: dressed(author, format.platform), lines: [`${format.mark}${text}`] }
          : { stamp, lead: "", author: null, lines: [text.replace(MARKS, "")] });
        return;
      }
      case "empty": {
        const author = chat.participants[m.author % chat.participants.length]!;
        written.push({ stamp, lead: "", author: dressed(author, format.platform), lines: [""], colonOnly: m.colonOnly });
        expected.push({ timestamp, author: author.name, ...plain, text: "" });
        user("", lines(m.then), { text: fill(m.then) });
        return;
      }
    }
  });
  const withFiles = expected.map((e) => ({
    ...e, attachments: e.attachments.map((a) => ({ ...a, present: present.has(a.fileName) })),
  }));
  return { written, expected: withFiles, present };
}

/** A media file's name as each platform stores it (docs/export-format.md#media-file-names), and the kind that name means. */
function attachmentFile(format: ChatFormat, media: MediaKind, pick: number, index: number, s: Stamp):
  { fileName: string; kind: AttachmentKind; title: string } {
  const document = DOCUMENTS[pick % DOCUMENTS.length]!;
  const contact = `${CONTACTS[pick % CONTACTS.length]!}.vcf`;
  if (format.platform === "ios") {
    const seq = pad(index + 12, 8);
    const at = `${s.year}-${pad(s.month, 2)}-${pad(s.day, 2)}-${pad(s.hour, 2)}-${pad(s.minute, 2)}-${pad(s.second, 2)}`;
    const named: Record<MediaKind, [string, AttachmentKind]> = {
      image: [`PHOTO-${at}.jpg`, "image"], video: [`VIDEO-${at}.mp4`, "video"], voice: [`AUDIO-${at}.opus`, "voice"],
      audio: [`AUDIO-${at}.m4a`, "audio"], sticker: [`STICKER-${at}.webp`, "sticker"], gif: [`GIF-${at}.mp4`, "gif"],
      document: [document, "document"], contact: [contact, "contact"],
    };
    const [name, kind] = named[media];
    return { fileName: `${seq}-${name}`, kind, title: document };
  }
  const day = `${s.year}${pad(s.month, 2)}${pad(s.day, 2)}`;
  const wa = `WA${pad(index % 10000, 4)}`;
  const named: Record<MediaKind, [string, AttachmentKind]> = {
    image: [`IMG-${day}-${wa}.jpg`, "image"], video: [`VID-${day}-${wa}.mp4`, "video"], voice: [`PTT-${day}-${wa}.opus`, "voice"],
    audio: [`AUD-${day}-${wa}.mp3`, "audio"], sticker: [`STK-${day}-${wa}.webp`, "sticker"], gif: [`VID-${day}-${wa}.mp4`, "video"],
    document: [document, "document"], contact: [contact, "contact"],
  };
  const [fileName, kind] = named[media];
  return { fileName, kind, title: document };
}

// ---------------------------------------------------------------------------------------------
// The property

interface RoundTripOptions {
  /** Given to the parser; otherwise it must infer the order. */
  readonly dateOrder?: DateOrder;
  readonly maxDay: number;
  readonly hasFile: boolean;
}

/** How many lines pasted from elsewhere the chat's texts hold (a header of some other shape each). */
function pastedLines(chat: GeneratedChat): number {
  const texts = chat.messages.flatMap(({ message }) => Object.values(message).filter((v): v is string => typeof v === "string"));
  return texts.join("\n").match(PASTED)?.length ?? 0;
}
const PASTED = /\u0000own:(?:copied|copiedBare|seconds|platform)\u0000/g;

function roundTrip(format: ChatFormat, chat: GeneratedChat, options: RoundTripOptions): void {
  // A file's shape is the one most of its headers have: pasted lines are fewer than messages in any real export.
  fc.pre(pastedLines(chat) < chat.messages.length);
  const stamps = stampsOf(chat, format, options.maxDay);
  const { written, expected, present } = encode(format, chat, stamps);
  const { text, lines } = writeChat(format, written, chat.layout);
  const warnings = new Warnings();
  try {
    const parsed = parseChat(text, {
      source: "roundtrip.txt",
      title: chat.title,
      ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
      ...(options.hasFile ? { hasFile: (name: string) => present.has(name) } : {}),
    }, warnings);
    expect(warnings.list, "warnings").toEqual([]);
    expect(parsed.platform, "platform").toBe(format.platform);
    expect(parsed.dateOrder, "dateOrder").toBe(format.dateOrder);
    expect(parsed.messages.length, "message count").toBe(expected.length);
    expected.forEach((e, i) => {
      expect(parsed.messages[i], `message ${i + 1}`).toStrictEqual({ id: i + 1, ...e, line: lines[i] });
    });
    const participants = [...new Set(expected.flatMap((e) => (e.author === null ? [] : [e.author])))];
    expect(parsed.participants, "participants").toEqual(participants);
  } catch (error) {
    if (error instanceof Error) error.message += `\n\nformat: ${format.name}\nwritten file:\n${visible(text)}`;
    throw error;
  }
}

describe("parseChat round trip", () => {
  describe.each(FORMATS)("$name", (format) => {
    it("reads back every field of plain and system messages, inferring day/month order", () => {
      fc.assert(
        fc.property(chatArb({ platform: format.platform, dayOver12: true, markers: false }), (chat) =>
          roundTrip(format, chat, { maxDay: 31, hasFile: false })),
        { numRuns: RUNS, ...SEED },
      );
    });

    it("reads back every field with dateOrder given when no day is over 12", () => {
      fc.assert(
        fc.property(chatArb({ platform: format.platform, dayOver12: false, markers: false }), (chat) =>
          roundTrip(format, chat, { maxDay: 12, dateOrder: format.dateOrder, hasFile: false })),
        { numRuns: RUNS, ...SEED },
      );
    });

    it("reads back attachments, omitted media, deleted and edited messages", () => {
      fc.assert(
        fc.property(chatArb({ platform: format.platform, dayOver12: true, markers: true }), (chat) =>
          roundTrip(format, chat, { maxDay: 31, hasFile: true })),
        { numRuns: RUNS, ...SEED },
      );
    });
  });
});
