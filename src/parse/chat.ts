/**
 * Parses the text of one WhatsApp export into messages (docs/export-format.md): the file's header shape is
 * detected once (detect.ts), one pass finds every message (scan.ts), then the passes that need the
 * whole file set the dates and settle the authors.
 */
import { participantsOf, WarningError, type Clock, type DateOrder, type ParsedChat, type WarningCode, type Warnings } from "../model.js";
import { resolveAuthors } from "./authors.js";
import { inferDateOrder, isoDate, timeOfDay } from "./dates.js";
import { detectShape } from "./detect.js";
import type { HeaderShape } from "./header.js";
import { MAX_LINE_WARNINGS, scanMessages, type Scan } from "./scan.js";

export interface ParseOptions {
  /** The export's name, used in warnings and errors. */
  readonly source: string;
  /** The chat's title: iOS writes system messages with the chat's name as author. */
  readonly title?: string;
  /** Overrides the inferred day/month order. */
  readonly dateOrder?: DateOrder;
  /** Whether the export holds a file of this name; sets each attachment's `present`. */
  readonly hasFile?: (fileName: string) => boolean;
}

/**
 * Parses the text of one WhatsApp chat export. Pure and synchronous.
 * Throws a WarningError naming `options.source` when the text is not a chat export.
 */
export function parseChat(input: string, options: ParseOptions, warnings: Warnings): ParsedChat {
  const { source } = options;
  const hasFile = options.hasFile ?? (() => false);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === "") throw new WarningError({ code: "chatEmpty" }, source);
  const shape = detectShape(text);
  if (!shape) throw new WarningError({ code: "noDateTime" }, source);
  const scan = scanMessages(text, shape, hasFile, source, warnings);
  if (scan.messages.length === 0) throw new WarningError({ code: "noHeader" }, source);
  const dateOrder = setTimestamps(scan, shape, options.dateOrder, source, warnings);
  resolveAuthors(scan, options.title, hasFile);
  const lang = scan.languages.language();
  const clock = clockOf(shape);
  // The semicolon form is Android-like: date, then ` - ` (docs/export-format.md#headers).
  const platform = shape.closer === "-" || shape.closer === ";" ? "android" : "ios";
  return {
    platform, dateOrder, participants: participantsOf(scan.messages), messages: scan.messages,
    ...(lang === undefined ? {} : { lang }),
    ...(clock === undefined ? {} : { clock }),
  };
}

/** The clock of the file's header shape. */
function clockOf(shape: HeaderShape): Clock | undefined {
  return shape.clock === undefined ? undefined : shape.clock === "24h" ? "24h" : "12h";
}


/** The warning that a date order was guessed, one for each order, so that a language words the order as it words the sentence. */
const GUESSED = { dmy: "dmyGuessed", mdy: "mdyGuessed", ymd: "ymdGuessed" } as const satisfies Record<DateOrder, WarningCode>;

/** Reads every date in the order given or inferred, sets each message's timestamp and returns the order. */
function setTimestamps(scan: Scan, shape: HeaderShape, override: DateOrder | undefined, source: string, warnings: Warnings): DateOrder {
  const { messages, dates, dateIndex, times } = scan;
  const order = readOrder(dates, shape, override, source, warnings);
  // Each date's "YYYY-MM-DDT" is made once, so a timestamp is two shared strings joined.
  const prefixes = dates.map((date) => {
    const iso = isoDate(date, order);
    return iso && `${iso}T`;
  });
  let lastGood = prefixes.find((p) => p !== null) ?? "2009-01-01T";
  let badDates = 0;
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i]!;
    let prefix = prefixes[dateIndex[i]!]!;
    if (prefix === null) {
      if (badDates++ < MAX_LINE_WARNINGS) {
        warnings.add(source, "notCalendarDate", { order }, message.line);
      }
      prefix = lastGood;
    }
    lastGood = prefix;
    // Messages in the same second share one string (Android's minutes are often shared).
    const previous = messages[i - 1];
    message.timestamp = previous && dateIndex[i] === dateIndex[i - 1] && times[i] === times[i - 1]
      ? previous.timestamp : prefix + timeOfDay(times[i]!);
  }
  if (badDates > MAX_LINE_WARNINGS) warnings.add(source, "moreBadDates", { count: badDates - MAX_LINE_WARNINGS });
  return order;
}

/** The order to read the dates in: a month word's dates are read year first (scan.ts), others as given or inferred. */
function readOrder(dates: Scan["dates"], shape: HeaderShape, override: DateOrder | undefined, source: string, warnings: Warnings): DateOrder {
  if (shape.dateForm !== "numeric") return "ymd";
  if (override) return override;
  const decision = inferDateOrder(dates, shape.clock !== "24h");
  if (!decision.certain) warnings.add(source, GUESSED[decision.order]);
  return decision.order;
}
