#!/usr/bin/env node
/**
 * The command line: the only place that reads argv and prints. Exit codes: 0 success (warnings
 * allowed), 1 the build failed, 2 a usage error, 130 interrupted (Ctrl-C; 143 for SIGTERM).
 */
import bytes from "bytes";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { abandonBuild, buildArchive, readChats } from "./build.js";
import { writeArchiveJson } from "./data/json.js";
import { DEFAULT_LIMITS, type IngestOptions } from "./ingest/index.js";
import { VERSION } from "./paths.js";
import { DATE_ORDERS, UserError, Warnings, type DateOrder } from "./model.js";

const dateOrderOption = (): Option =>
  new Option("--date-order <order>", "day/month order, only for exports whose dates never show it").choices(DATE_ORDERS);

/** The caps that refuse zip bombs, on both commands. */
interface LimitFlags {
  readonly maxFileSize: number;
  readonly maxExportSize: number;
  readonly maxRatio: number;
}

/** Adds the caps to a command, after its own options. */
function withLimits(command: Command): Command {
  return command
    .addOption(new Option("--max-file-size <size>", "the most one file of an export may unpack to")
      .argParser(size).default(DEFAULT_LIMITS.maxEntryBytes, bytes.format(DEFAULT_LIMITS.maxEntryBytes) ?? undefined))
    .addOption(new Option("--max-export-size <size>", "the most all files of one zip may unpack to")
      .argParser(size).default(DEFAULT_LIMITS.maxTotalBytes, bytes.format(DEFAULT_LIMITS.maxTotalBytes) ?? undefined))
    .addOption(new Option("--max-ratio <n>", "how many times its packed size a zip entry over 1 MB may unpack to")
      .argParser(positiveInteger).default(DEFAULT_LIMITS.maxRatio));
}

const limitsOf = (flags: LimitFlags): IngestOptions => ({ maxEntryBytes: flags.maxFileSize, maxTotalBytes: flags.maxExportSize, maxRatio: flags.maxRatio });

const program = new Command("chat-archive")
  .description("Turns WhatsApp chat exports into a browsable, searchable archive.")
  .version(VERSION)
  .exitOverride()
  .showHelpAfterError("(run chat-archive --help for usage)");

withLimits(program
  .command("parse")
  .description("print the chats of exports (.zip, .txt or folders) as JSON on stdout; warnings go to stderr")
  .argument("<paths...>", "exports, or folders holding exports")
  .addOption(dateOrderOption())
  .action(async (paths: string[], options: { dateOrder?: DateOrder } & LimitFlags) => {
    const warnings = new Warnings();
    try {
      const chats = await readChats(paths, options.dateOrder, warnings, limitsOf(options));
      await writeArchiveJson(chats.map((c) => c.chat), process.stdout);
    } finally {
      printWarnings(warnings);
    }
  }));

withLimits(program
  .command("build")
  .description("build the archive from exports")
  .addOption(new Option("-i, --input <path>", "an export or a folder of exports (repeatable)")
    .argParser((value: string, all: string[]) => [...all, value]).default([], "content/"))
  .option("-o, --output <dir>", "the folder to write the archive to", "_site")
  .addOption(new Option("--page-size <n>", "messages per page").argParser(positiveInteger).default(500))
  .option("--me <name>", "whose messages sit on the right, as in the app")
  .addOption(dateOrderOption())
  .option("--no-cache", "make every thumbnail again")
  .option("-q, --quiet", "print only errors")
  .action(async (options: {
    input: string[]; output: string; pageSize: number; me?: string; dateOrder?: DateOrder; cache: boolean; quiet?: boolean;
  } & LimitFlags) => {
    const warnings = new Warnings();
    const inputs = options.input.length ? options.input : ["content"];
    // Ctrl-C (or a kill) must leave the previous archive as it was and no half-built folder behind.
    for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
      process.once(signal, () => {
        abandonBuild(options.output);
        process.stderr.write(`chat-archive: interrupted; ${options.output} is as it was\n`);
        process.exit(code);
      });
    }
    try {
      const { chats, output, mediaFiles } = await buildArchive({ ...options, inputs, limits: limitsOf(options) }, warnings);
      if (!options.quiet) {
        const messages = chats.reduce((n, c) => n + c.messages.length, 0);
        printWarnings(warnings);
        console.log(`Built ${chats.length} chat${chats.length === 1 ? "" : "s"}, ${messages} messages, ${mediaFiles} media files, ` +
          `${warnings.list.length} warning${warnings.list.length === 1 ? "" : "s"} (see report.html) → ${output}`);
      }
    } catch (error) {
      printWarnings(warnings);
      throw error;
    }
  }));

function size(value: string): number {
  const n = bytes.parse(value);
  if (n === null || !Number.isFinite(n) || n < 1) throw new InvalidArgumentError("a size such as 500MB or 2GB");
  return n;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("a whole number of 1 or more");
  return n;
}

function printWarnings(warnings: Warnings): void {
  for (const w of warnings.list) process.stderr.write(`${w.file}${w.line ? `:${w.line}` : ""}: ${w.message}\n`);
}

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof UserError) {
    process.stderr.write(`chat-archive: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    // A failure of ours or of the system (a full disk, say): one line, and the previous archive is untouched.
    process.stderr.write(`chat-archive: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
