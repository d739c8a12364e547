/**
 * The data model of Chat Archive, defined once. Every stage reads and writes these types:
 * ingest → parse → merge → media → data → render → index. `parse` prints {@link Archive} as JSON
 * (schema version 1, DESIGN.md §4); optional fields are left out of the JSON when they do not apply.
 */

export const SCHEMA_VERSION = 1;

export type Platform = "ios" | "android";

/** Which of day, month and year comes first in an export's dates. */
export type DateOrder = "dmy" | "mdy" | "ymd";
export const DATE_ORDERS: readonly DateOrder[] = ["dmy", "mdy", "ymd"];

export type AttachmentKind =
  | "image"
  | "video"
  | "gif"
  | "audio"
  | "voice"
  | "sticker"
  | "document"
  | "contact";

export interface Attachment {
  /** The file's name inside the export, exactly as the message names it. */
  readonly fileName: string;
  readonly kind: AttachmentKind;
  /** Whether the export holds the file. */
  readonly present: boolean;
}

export interface Location {
  /** The map link; live locations have none. */
  readonly url?: string;
  /** A venue's name and address, when WhatsApp wrote one. */
  readonly name?: string;
  readonly live?: boolean;
}

export interface PollOption {
  readonly text: string;
  readonly votes: number;
}

export interface Poll {
  readonly question: string;
  readonly options: readonly PollOption[];
}

export interface Message {
  /** Position in the timeline, 1-based, stable per build. */
  readonly id: number;
  /** Local time as exported, no zone: `YYYY-MM-DDTHH:MM:SS` (seconds 00 when absent). */
  readonly timestamp: string;
  /** null for system messages. */
  readonly author: string | null;
  /** What the person wrote; WhatsApp's markers taken out and turned into the fields below. */
  readonly text: string;
  readonly attachments: readonly Attachment[];
  readonly system: boolean;
  readonly deleted: boolean;
  readonly edited: boolean;
  /** The export left the media out ("<Media omitted>", "image omitted"). */
  readonly mediaOmitted: boolean;
  /** What kind of media was left out, when the marker says (iOS does, Android does not). */
  readonly omittedKind?: AttachmentKind;
  readonly viewOnce?: boolean;
  readonly location?: Location;
  readonly poll?: Poll;
  /** A missed or made voice/video call (iOS writes these as messages). */
  readonly call?: "voice" | "video" | "missed-voice" | "missed-video";
  /** Line number (1-based) of the message's first line in its source file. */
  readonly line: number;
}

export interface Chat {
  /** Stable slug, unique in the archive. */
  readonly id: string;
  /** From the export's file name. */
  readonly title: string;
  readonly platform: Platform;
  /** The export file names this chat was read from. */
  readonly sources: readonly string[];
  /** Authors in order of their first message. */
  readonly participants: readonly string[];
  readonly messages: readonly Message[];
}

export interface Archive {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly chats: readonly Chat[];
}

/** Something the user should know about; collected as data, printed only by the CLI. */
export interface Warning {
  /** The export (or file inside it) the warning is about. */
  readonly file: string;
  /** 1-based line in the chat text, when the warning is about a line. */
  readonly line?: number;
  readonly message: string;
}

/** Collects warnings as a stage runs; the CLI prints them and the site lists them in report.html. */
export class Warnings {
  readonly list: Warning[] = [];
  add(file: string, message: string, line?: number): void {
    this.list.push(line === undefined ? { file, message } : { file, line, message });
  }
}

/** An error the user caused (bad input or usage); the CLI prints its message without a stack. */
export class UserError extends Error {
  constructor(
    message: string,
    /** 1 for a failed build, 2 for a usage error. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** One file inside an export: a zip entry or a file in an extracted export folder. */
export interface ExportFile {
  /** The file's base name, as messages name it. */
  readonly name: string;
  /** Uncompressed size in bytes. */
  readonly size: number;
  /** Reads the whole file, refusing more bytes than the size caps allow. */
  read(): Promise<Buffer>;
}

/** One export found by ingest: its chat text, decoded, and the files beside it. */
export interface ExportSource {
  /** What the user calls the export, for `sources` and warnings: "WhatsApp Chat - Family.zip". */
  readonly source: string;
  /** Where it is on disk. */
  readonly path: string;
  /** The chat's title, from the export's name ("WhatsApp Chat with Alice.zip" → "Alice"). */
  readonly title: string;
  /** The chat text's own name inside the export ("_chat.txt"), for warnings. */
  readonly chatFile: string;
  /** The chat text, decoded, BOM removed. */
  readonly text: string;
  /** Every other file in the export, by base name. */
  readonly files: ReadonlyMap<string, ExportFile>;
}
