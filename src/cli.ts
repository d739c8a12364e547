#!/usr/bin/env node
/**
 * The command line: the only place that reads argv and prints. Exit codes: 0 success (warnings
 * allowed), 1 the build failed, 2 a usage error, 130 interrupted (Ctrl-C; 143 for SIGTERM).
 */
import bytes from "bytes";
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { resolve } from "node:path";
import { writeArchiveJson } from "./json.js";
import { DEFAULT_LIMITS, type IngestOptions } from "./ingest/index.js";
import { hasCatalog, language, LANGUAGES } from "./i18n/index.js";
import { DEFAULT_PAGE_SIZE } from "./layout.js";
import { formatBytes, isPositiveInteger, SIZE_UNITS } from "./numbers.js";
import { VERSION } from "./paths.js";
import { DATE_ORDERS, UserError, Warnings, type DateOrder } from "./model.js";
import { readChats } from "./read.js";
import type { HostConfigOptions } from "./publish/index.js";
import { HOSTS, type Host, type Listen } from "./publish/site.js";

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
      .argParser(size).default(DEFAULT_LIMITS.maxEntryBytes, formatBytes(DEFAULT_LIMITS.maxEntryBytes, SIZE_UNITS, { separator: "" })))
    .addOption(new Option("--max-export-size <size>", "the most all files of one zip may unpack to")
      .argParser(size).default(DEFAULT_LIMITS.maxTotalBytes, formatBytes(DEFAULT_LIMITS.maxTotalBytes, SIZE_UNITS, { separator: "" })))
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

interface BuildFlags extends LimitFlags {
  readonly input: string[];
  readonly output: string;
  readonly pageSize: number;
  readonly me: string[];
  readonly dateOrder?: DateOrder;
  readonly lang?: string;
  readonly cache: boolean;
  readonly quiet?: boolean;
}

/** The options of `build`, which `serve` shares since it builds first. */
function withBuildOptions(command: Command): Command {
  return withLimits(command
    .argument("[paths...]", "exports, or folders holding exports (default: content/)")
    .addOption(new Option("-i, --input <path>", "an export or a folder of exports (repeatable)")
      .argParser((value: string, all: string[]) => [...all, value]).default([], "content/"))
    .option("-o, --output <dir>", "the folder to write the archive to", "_site")
    .addOption(new Option("--page-size <n>", "messages per page").argParser(positiveInteger).default(DEFAULT_PAGE_SIZE))
    .addOption(new Option("--me <name>", "whose messages sit on the right, as in the app (repeatable, for one person under several names)")
      .argParser((value: string, all: string[]) => [...all, value]).default([], "inferred from the chats"))
    .addOption(dateOrderOption())
    .addOption(new Option("--lang <code>", `the archive's language: ${LANGUAGES.map((l) => l.code).join(", ")} (default: the one WhatsApp wrote the exports in, else en)`).argParser(lang))
    .option("--no-cache", "make every thumbnail and video poster again")
    .option("-q, --quiet", "print only errors"));
}

withBuildOptions(program.command("build").description("build the archive from exports"))
  .action((paths: string[], options: BuildFlags) => build(paths, options));

withBuildOptions(program
  .command("serve")
  .description("build the archive (skipped when nothing changed), then serve it on localhost")
  .addOption(new Option("-p, --port <n>", "the port to serve on (0: any free one); another free one if it is taken and not given").argParser(port).default(8080)))
  .action(async (paths: string[], options: BuildFlags & { port: number }, command: Command) => {
    await build(paths, options);
    const { serve } = await import("./serve.js");
    const server = await serve(options.output, options.port, command.getOptionValueSource("port") === "default");
    console.log(`Serving ${resolve(options.output)} at ${server.url} (Ctrl-C to stop)`);
    await new Promise<void>((done) => process.once("SIGINT", done));
    await server.close();
    console.log("Stopped");
  });

/** host-config's options as the command line gives them: the host is its argument, and a password is only there to be refused. */
type HostConfigFlags = Omit<HostConfigOptions, "host"> & { readonly password?: string };

program
  .command("host-config")
  .description("print (or write with --out) a server config that publishes the archive, with a password when --user is given")
  .addArgument(new Argument("<host>", "the web server").choices(HOSTS))
  .requiredOption("--root <dir>", "the archive's folder, as chat-archive build wrote it")
  .option("--path <path>", "where it is served: / or a sub-path such as /family/", "/")
  .option("--domain <name>", "the server's name, such as family.example.org (Caddy gets an HTTPS certificate for it)")
  .addOption(new Option("--listen <[address:]port>", "where the server listens (default: the host's usual port)").argParser(listenAddress))
  .option("--user <name>", "ask for this person's password (a prompt, or the first line of stdin) and add them to the password file")
  .option("--htpasswd <file>", "the password file (default: beside --out, named like it, .htpasswd); never inside --root")
  .option("-o, --out <file>", "write the config to this file instead of printing it")
  .option("--force", "replace an --out or --htpasswd file that host-config did not write")
  // Only so that it is refused with a reason rather than as an unknown option.
  .addOption(new Option("--password <password>").hideHelp())
  .addHelpText("after", `
Examples:
  nginx, under a sub-path, with a password (typed at a prompt, or piped):
    chat-archive host-config nginx --root /srv/archive --path /family/ --user anna --out /etc/nginx/sites-available/family.conf
  Caddy, with HTTPS from Let's Encrypt:
    chat-archive host-config caddy --root /srv/archive --domain family.example.org --user anna --out /etc/caddy/sites/family.caddy
  Apache (the archive's .htaccess sets the headers), another person added to the same password file:
    chat-archive host-config apache --root /srv/archive --path /family/ --user ben --out /etc/apache2/sites-available/family.conf

The password file is written with mode 0640; give its group to the server (chgrp www-data, or caddy).
See docs/PUBLISHING.md for these and for Cloudflare Pages, Netlify and S3.`)
  .action(async (host: Host, options: HostConfigFlags) => {
    if (options.password !== undefined) {
      throw new UserError("the password is never taken from the command line, where the shell's history and other users see it; type it at the prompt, or pipe it on stdin", 2);
    }
    const [{ hostConfig }, { readPassword }] = await Promise.all([import("./publish/index.js"), import("./publish/password.js")]);
    const result = await hostConfig({ host, ...options }, () => readPassword(process.stdin, process.stderr));
    if (options.out === undefined) process.stdout.write(result.config);
    for (const line of result.wrote) process.stderr.write(`Wrote ${line}\n`);
  });

async function build(paths: readonly string[], options: BuildFlags): Promise<void> {
  // The build's modules (Eleventy, sharp, Pagefind) load only when building, so `parse` never waits for them.
  const [{ buildArchive }, { abandonBuild }, { barProgress, lineProgress, seconds, summary }] = await Promise.all([
    import("./build.js"), import("./output.js"), import("./progress.js"),
  ]);
  const warnings = new Warnings();
  const given = [...paths, ...options.input];
  const inputs = given.length ? given : ["content"];
  // Quiet: the lines are written nowhere.
  const progress = options.quiet ? lineProgress(() => {}) : process.stderr.isTTY ? barProgress(process.stderr) : lineProgress((line) => console.log(line));
  // Ctrl-C (or a kill) must leave the previous archive as it was and no half-built folder behind.
  const abandon = (code: number) => () => {
    progress.stop();
    abandonBuild(options.output);
    process.stderr.write(`chat-archive: interrupted; ${options.output} is as it was\n`);
    process.exit(code);
  };
  const handlers = [["SIGINT", abandon(130)], ["SIGTERM", abandon(143)]] as const;
  for (const [signal, handler] of handlers) process.once(signal, handler);
  const started = performance.now();
  try {
    const result = await buildArchive({ ...options, inputs, limits: limitsOf(options), progress }, warnings);
    progress.stop();
    if (!options.quiet) {
      printWarnings(warnings);
      for (const line of summary(result, warnings.list.length, seconds(performance.now() - started))) console.log(line);
    }
  } catch (error) {
    progress.stop();
    printWarnings(warnings);
    throw error;
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
}

function size(value: string): number {
  // bytes.parse reads "12zz" as 12, so the whole value is checked first.
  const n = /^\d+(\.\d+)?\s*([kmgtp]?b)?$/i.test(value.trim()) ? bytes.parse(value) : null;
  if (n === null || !Number.isFinite(n) || n < 1) throw new InvalidArgumentError("It must be a size such as 500MB or 2GB.");
  return n;
}

function lang(value: string): string {
  if (!hasCatalog(value)) {
    throw new InvalidArgumentError(`The languages are ${LANGUAGES.map((l) => `${l.code} (${l.name})`).join(", ")}.`);
  }
  return value;
}

function listenAddress(value: string): Listen {
  const match = /^(?:([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\]):)?(\d+)$/.exec(value);
  const n = Number(match?.[2]);
  if (!match || n < 1 || n > 65535) throw new InvalidArgumentError("It must be a port, or an address and a port, such as 8080 or 127.0.0.1:8080.");
  return match[1] ? { address: match[1], port: n } : { port: n };
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("It must be a port number from 0 to 65535.");
  return n;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!isPositiveInteger(n)) throw new InvalidArgumentError("It must be a whole number of 1 or more.");
  return n;
}

/** The terminal speaks English, whatever the archive's language. */
function printWarnings(warnings: Warnings): void {
  const english = language("en");
  for (const w of warnings.list) process.stderr.write(`${w.file}${w.line ? `:${w.line}` : ""}: ${english.warning(w)}\n`);
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
