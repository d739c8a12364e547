import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { load } from "cheerio";
import { snapshot } from "./snapshot.js";
import { cli, noStackTrace, root } from "./run-cli.js";
import type { Archive } from "../src/model.js";
import { ANDROID_US, conversation, exportOf } from "./merge/conversation.js";

const scratch = mkdtempSync(join(tmpdir(), "chat-archive-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));


describe("chat-archive parse", () => {
  it("prints both demo chats as schema-v1 JSON with ids in timeline order", () => {
    const { status, stdout, stderr } = cli("parse", "content");
    expect(status).toBe(0);
    const archive = JSON.parse(stdout) as Archive;
    expect(archive.schemaVersion).toBe(1);
    expect(archive.chats.map((c) => [c.id, c.title, c.platform, c.sources])).toEqual([
      ["hiking-club", "Hiking Club", "ios", ["WhatsApp Chat - Hiking Club.zip"]],
      ["jonas", "Jonas", "android", ["WhatsApp Chat mit Jonas.zip"]],
    ]);
    const hiking = archive.chats[0]!;
    expect(hiking.messages.map((m) => m.id)).toEqual(hiking.messages.map((_, i) => i + 1));
    expect(hiking.participants).toEqual(["Alice Moreau", "Bongani Dlamini", "Chloé Martin", "Dawid Nowak", "Erin"]);
    const photos = hiking.messages.flatMap((m) => m.attachments).filter((a) => a.kind === "image");
    expect(photos.filter((a) => !a.present).map((a) => a.fileName)).toEqual(["00000058-PHOTO-2023-02-18-16-40-27.jpg"]);
    // The one warning names the export, the line and the missing file.
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^WhatsApp Chat - Hiking Club\.zip:\d+: 00000058-PHOTO-2023-02-18-16-40-27\.jpg is named in the chat but missing/),
    ]);
  });

  it("gives the same timeline as the export's own header lines", () => {
    const text = "[15/01/2023, 9:04:31\u202fAM] Ann: one\r\n[15/01/2023, 9:05:00\u202fPM] Bob: two\r\nand more\r\n";
    const file = join(scratch, "WhatsApp Chat with Ann.txt");
    writeFileSync(file, text);
    const archive = JSON.parse(cli("parse", file).stdout) as Archive;
    expect(archive.chats[0]!.title).toBe("Ann");
    expect(archive.chats[0]!.messages.map((m) => [m.timestamp, m.author, m.text])).toEqual([
      ["2023-01-15T09:04:31", "Ann", "one"],
      ["2023-01-15T21:05:00", "Bob", "two\nand more"],
    ]);
  });

  it("prints the language WhatsApp wrote the export in and its clock, and leaves out a language that showed nowhere", () => {
    const af = join(scratch, "WhatsApp Gesprek met Ouma.txt");
    writeFileSync(af, "15/01/2023, 21:04 - Ouma: Goeienaand!\n15/01/2023, 21:05 - Ouma: <Media weggelaat>\n");
    const chat = JSON.parse(cli("parse", af).stdout).chats[0];
    expect([chat.title, chat.lang, chat.clock]).toEqual(["Ouma", "af", "24h"]);
    // Both come before the messages, with the chat's other fields.
    expect(Object.keys(chat)).toEqual(["id", "title", "platform", "sources", "participants", "lang", "clock", "messages"]);

    const plain = join(scratch, "WhatsApp Chat with Jo.txt");
    writeFileSync(plain, "1/15/23, 9:04\u202fPM - Jo: hi\n");
    const none = JSON.parse(cli("parse", plain).stdout).chats[0];
    expect("lang" in none).toBe(false);
    expect(none.clock).toBe("12h");
  });

  it("fails with one line naming a file that is no export", () => {
    const file = join(scratch, "notes.txt");
    writeFileSync(file, "shopping list\nmilk\n");
    const { status, stdout, stderr } = cli("parse", file);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("notes.txt: not a WhatsApp chat export");
    noStackTrace(stderr);
  });

  it("exits 2 on a usage error and 0 for --help", () => {
    expect(cli("parse", "content", "--date-order", "dym").status).toBe(2);
    expect(cli("parse").status).toBe(2);
    expect(cli("frobnicate").status).toBe(2);
    const help = cli("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/parse .*<paths\.\.\.>/);
  });
});

describe("chat-archive build", () => {
  it("writes the archive, replacing the old output, and says what it built", () => {
    const output = join(scratch, "site");
    const first = cli("build", "--input", "content", "--output", output);
    expect(first.status).toBe(0);
    // Piped, so a line a phase instead of bars, then the summary; media and the index run at once, so either ends first.
    const lines = first.stdout.split("\n").map((line) => line.replace(/\d+\.\d s/g, "T s").replace(/\(\d+(\.\d)? KB\)/, "(N KB)"));
    expect(lines[0]).toBe("Reading exports: 2 exports in T s");
    expect(lines.slice(1, 3).sort()).toEqual([
      expect.stringMatching(/^Media and thumbnails: \d+ files in T s$/),
      "Search index: 110 messages in T s",
    ]);
    expect(lines.slice(3)).toEqual([
      expect.stringMatching(/^Pages: \d+ pages in T s$/),
      expect.stringMatching(/^Built 2 chats, 110 messages, \d+ media files, 1 warning \(see report\.html\) in T s → .+ \(N KB\)$/),
      "Language: English (en), the language WhatsApp wrote the exports in; --lang chooses another",
      "Me: Alice Moreau (the one who is not Jonas in the chat with Jonas)",
      "",
    ]);
    expect(readdirSync(join(output, "chats"))).toEqual(["hiking-club", "jonas"]);

    // Smaller pages, then the default again: the pages the earlier build wrote and this one does not are gone.
    expect(cli("build", "--input", "content", "--output", output, "--quiet", "--page-size", "25")).toMatchObject({ status: 0, stdout: "" });
    expect(readdirSync(join(output, "chats", "hiking-club"))).toContain("2.html");
    expect(cli("build", "--input", "content", "--output", output, "--quiet")).toMatchObject({ status: 0, stdout: "" });
    expect(readdirSync(join(output, "chats", "hiking-club")).sort()).toEqual(["index.html", "media.html"]);
    expect(readdirSync(scratch).filter((f) => f.includes("building"))).toEqual([]);
  });

  it("says on the chat's page and in its output when an export holds about as many messages as WhatsApp's cap", () => {
    const input = join(scratch, "capped");
    mkdirSync(input);
    const said = conversation(10_000, { seed: 5 });
    writeFileSync(join(input, "WhatsApp Chat with Big.txt"), exportOf("big", "Big", ANDROID_US, said, { media: false }).text);
    writeFileSync(join(input, "WhatsApp Chat with Small.txt"), exportOf("small", "Small", ANDROID_US, conversation(9_000, { seed: 6 }), { media: false }).text);
    const output = join(scratch, "capped-site");
    const { status, stderr } = cli("build", "--input", input, "--output", output);
    expect(status).toBe(0);
    expect(stderr).toContain("WhatsApp Chat with Big.txt: holds 10,000 messages, about WhatsApp's cap of 10,000 for one export: older messages are probably missing");
    expect(stderr).not.toContain("Small.txt");
    const notice = (id: string, page: string): string => load(readFileSync(join(output, "chats", id, page), "utf8"))(".notice").text();
    expect(notice("big", "index.html")).toContain("older messages are probably missing");
    expect(notice("big", "20.html")).toContain("older messages are probably missing");
    expect(notice("small", "index.html")).toBe("");
  });

  it("takes the caps on what an export may unpack to from its options", () => {
    const { status, stderr } = cli("parse", "--max-file-size", "1KB", "content");
    expect(status).toBe(1);
    expect(stderr).toContain("WhatsApp Chat - Hiking Club.zip: the chat text _chat.txt cannot be read: it is 7.5 KiB, more than the 1 KiB a file may hold");
    expect(cli("parse", "--max-ratio", "0", "content").status).toBe(2);
  });

  it("fails with exit 1 and leaves the old output when nothing can be read", () => {
    const output = join(scratch, "kept");
    expect(cli("build", "--input", "content", "--output", output, "--quiet").status).toBe(0);
    const before = readFileSync(join(output, "index.html"), "utf8");
    const nothing = join(scratch, "nothing");
    mkdirSync(nothing);
    const { status, stderr } = cli("build", "--input", nothing, "--output", output);
    expect(status).toBe(1);
    expect(stderr).toContain("no WhatsApp chat export could be read");
    noStackTrace(stderr);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe(before);
  });

  it("leaves the old output byte for byte, and no folder of its own, when interrupted with Ctrl-C", async () => {
    const output = join(scratch, "interrupted");
    expect(cli("build", "--input", "content", "--output", output, "--quiet").status).toBe(0);
    const before = snapshot(output);
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/cli.ts"), "build", "--input", "content", "--output", output, "--no-cache"], {
      cwd: root, stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // Interrupted while it writes: once its folder beside the output has the first media in it.
    const staging = join(scratch, `.interrupted.building-${child.pid}`);
    while (!existsSync(join(staging, "media"))) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr).toContain("interrupted");
    noStackTrace(stderr);
    expect(snapshot(output)).toEqual(before);
    expect(readdirSync(scratch).filter((f) => f.includes("building"))).toEqual([]);
  });

  it("says who \"me\" is and how, the same when the build is skipped, and warns about a --me that names nobody", () => {
    // The demo's group chat, the most messages, was exported from a phone in English.
    const ENGLISH = "Language: English (en), the language WhatsApp wrote the exports in; --lang chooses another";
    const output = join(scratch, "me");
    const given = ["--input", "content", "--output", output, "--me", "Bob", "--me", "Alice Moreau", "--me", "erin"];
    const first = cli("build", ...given);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain(
      '--me: "Bob" is not the name of anyone in the exports; check the spelling (names: Alice Moreau, Bongani Dlamini, Chloé Martin, Dawid Nowak, Erin, …)\n',
    );
    expect(first.stdout.split("\n").slice(-4)).toEqual([expect.stringMatching(/^Built 2 chats, 110 messages, .* 2 warnings /), ENGLISH, "Me: Alice Moreau, Erin (given with --me)", ""]);
    const again = cli("build", ...given);
    expect(again.stdout.split("\n").slice(-4)).toEqual([expect.stringMatching(/^Nothing changed since the last build: /), ENGLISH, "Me: Alice Moreau, Erin (given with --me)", ""]);
    expect(again.stderr).toBe(first.stderr);
    const inferred = cli("build", "--input", "content", "--output", output);
    expect(inferred.stdout.split("\n").slice(-2)).toEqual(["Me: Alice Moreau (the one who is not Jonas in the chat with Jonas)", ""]);
    expect(inferred.stderr).not.toContain("--me");
    expect(cli("build", "--input", "content", "--output", output, "--quiet").stdout).toBe("");
  });

  it("speaks the export's language: the German demo chat alone gets a German archive with 24-hour times, --lang switches it", () => {
    const output = join(scratch, "german");
    const german = cli("build", join(root, "content", "WhatsApp Chat mit Jonas.zip"), "--output", output);
    expect(german.status).toBe(0);
    expect(german.stdout).toContain("Language: German (de), the language WhatsApp wrote the exports in; --lang chooses another");
    const page = load(readFileSync(join(output, "chats", "jonas", "index.html"), "utf8"));
    expect(page("html").attr("lang")).toBe("de");
    expect(page(".day time").first().text()).toBe("Freitag, 13. Januar 2023");
    expect(page("time[datetime='2023-01-15T21:04:00']").text()).toBe("21:04");
    expect(page(".pager, .crumbs").text()).toContain("Alle Chats");

    const english = cli("build", join(root, "content", "WhatsApp Chat mit Jonas.zip"), "--output", output, "--lang", "en");
    expect(english.stdout).toContain("Language: English (en), given with --lang");
    const switched = load(readFileSync(join(output, "chats", "jonas", "index.html"), "utf8"));
    expect(switched("html").attr("lang")).toBe("en");
    expect(switched(".day time").first().text()).toBe("Friday, January 13, 2023");
    // The clock is the export's, whatever the language.
    expect(switched("time[datetime='2023-01-15T21:04:00']").text()).toBe("21:04");
    expect(switched("ol.messages").attr("lang")).toBe("de");
  });

  it("refuses a language it does not speak, naming those it does", () => {
    const refused = cli("build", "--lang", "xx", "--output", join(scratch, "xx"));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("The languages are en (English), af (Afrikaans), de (Deutsch), nl (Nederlands)");
    expect(existsSync(join(scratch, "xx"))).toBe(false);
  });

  it("says which chats settled \"me\" and which stayed undecided", () => {
    const input = join(scratch, "me-partly");
    mkdirSync(input);
    writeFileSync(join(input, "WhatsApp Chat with Jonas.txt"), "15/01/2023, 10:00 - Jonas: hi\n15/01/2023, 10:01 - Mia: hey\n");
    writeFileSync(join(input, "WhatsApp Chat with Lena.txt"), "16/01/2023, 10:00 - Lena: hi\n16/01/2023, 10:01 - Mia: hey\n");
    writeFileSync(join(input, "WhatsApp Chat with Book Club.txt"), "17/01/2023, 10:00 - Cem: hi\n17/01/2023, 10:01 - Dee: hey\n17/01/2023, 10:02 - Eve: yo\n");
    const { status, stdout } = cli("build", "--input", input, "--output", join(scratch, "me-partly-site"), "--no-cache");
    expect(status).toBe(0);
    expect(stdout.split("\n").slice(-2)).toEqual([
      "Me: Mia (the one who is not the contact in each of the chats with Jonas, Lena); not known in Book Club, whose messages all sit on the left", "",
    ]);
  });

  it("refuses a number or size option that is not one, in a sentence", () => {
    expect(cli("build", "--page-size", "0")).toMatchObject({
      status: 2, stderr: "error: option '--page-size <n>' argument '0' is invalid. It must be a whole number of 1 or more.\n(run chat-archive --help for usage)\n",
    });
    expect(cli("build", "--max-file-size", "12zz").stderr).toMatch(/^error: option '--max-file-size <size>' argument '12zz' is invalid\. It must be a size such as 500MB or 2GB\.\n/);
  });
});
