// The output guard, end to end through the command: a build writes only into a new folder, an
// empty one or an archive a build wrote; anything else is refused with one line and exit 2, and
// every byte that was there is still there. What a person added to an archive is carried into the next.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { carryOver, RECORD, writeRecord } from "../src/output.js";
import { HOST_FILES } from "../src/publish/files.js";
import { cli, cliIn, noStackTrace, type Run } from "./run-cli.js";
import { snapshot } from "./snapshot.js";

const scratch = mkdtempSync(join(tmpdir(), "chat-archive-output-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const CHOOSE = "choose a new or empty folder, or an earlier archive";
let cases = 0;

/** A folder of its own for a case, holding an export of a one-to-one chat. */
function newCase(): { dir: string; exports: string } {
  const dir = join(scratch, `case-${++cases}`);
  const exports = join(dir, "exports");
  mkdirSync(exports, { recursive: true });
  writeFileSync(join(exports, "WhatsApp Chat with Ann.txt"), "15/01/2023, 09:04 - Ann: hello\n15/01/2023, 09:05 - Ben: hi Ann\n");
  return { dir, exports };
}

/** A write of `files` (path → text) under `dir`, folders made as needed. */
function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A refusal: exit 2, exactly one line on stderr, nothing on stdout. */
function expectRefused(run: Run, line: string): void {
  expect(run.stderr).toBe(`chat-archive: ${line}\n`);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  noStackTrace(run.stderr);
}

describe("the output guard refuses, before anything is touched", () => {
  it("a folder holding a person's file", () => {
    const { dir, exports } = newCase();
    const documents = join(dir, "Documents");
    write(documents, { "thesis.txt": "four years of work", "notes/todo.txt": "finish" });
    const before = snapshot(dir);
    expectRefused(cli("build", exports, "--output", documents), `${documents} holds files Chat Archive did not write (notes, …); ${CHOOSE}`);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["Documents", "exports"]);

    rmSync(join(documents, "notes"), { recursive: true });
    expectRefused(cli("build", exports, "--output", documents), `${documents} holds files Chat Archive did not write (thesis.txt); ${CHOOSE}`);
    expect(readFileSync(join(documents, "thesis.txt"), "utf8")).toBe("four years of work");
  });

  it("an output that is an input", () => {
    const { dir, exports } = newCase();
    const before = snapshot(dir);
    expectRefused(cli("build", "-i", exports, "-o", exports),
      `${exports} is an input: the build would delete the exports in it; choose another folder for the archive`);
    expect(snapshot(dir)).toEqual(before);
  });

  it("an output inside an input, which would be read back in", () => {
    const { dir, exports } = newCase();
    const before = snapshot(dir);
    expectRefused(cli("build", exports, "-o", join(exports, "site")),
      `${join(exports, "site")} lies inside the input ${exports}: the archive would be read back in as exports; choose a folder outside it`);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(exports)).toEqual(["WhatsApp Chat with Ann.txt"]);
  });

  it("an output that holds an input, even an empty or new one", () => {
    const { dir, exports } = newCase();
    const before = snapshot(dir);
    expectRefused(cli("build", exports, "-o", dir),
      `${dir} holds the input ${exports}: the build would delete it; choose another folder for the archive`);
    expect(snapshot(dir)).toEqual(before);
  });

  it("the current folder, given as .", () => {
    const { dir, exports } = newCase();
    write(dir, { "todo.txt": "mine" });
    const before = snapshot(dir);
    expectRefused(cliIn({ cwd: dir }, "build", exports, "-o", "."), `${dir} is the current folder; ${CHOOSE}`);
    expect(snapshot(dir)).toEqual(before);
  });

  it("the home folder, shown as ~", () => {
    const { dir, exports } = newCase();
    const home = join(dir, "home");
    write(home, { ".profile": "PATH=…" });
    const before = snapshot(dir);
    expectRefused(cliIn({ env: { HOME: home } }, "build", exports, "-o", home), `~ is your home folder; ${CHOOSE}`);
    expect(snapshot(dir)).toEqual(before);
  });

  it("a filesystem's root", () => {
    const { exports } = newCase();
    expectRefused(cli("build", exports, "-o", "/"), `/ is the root of a filesystem; ${CHOOSE}`);
  });

  it("an output that is a file", () => {
    const { dir, exports } = newCase();
    const file = join(dir, "archive.html");
    write(dir, { "archive.html": "<p>mine</p>" });
    const before = snapshot(dir);
    expectRefused(cli("build", exports, "-o", file), `${file} is a file, not a folder; ${CHOOSE}`);
    expect(snapshot(dir)).toEqual(before);
  });

  it("an input that does not exist, named as the person would write it, with nothing built", () => {
    const { dir } = newCase();
    const home = join(dir, "home");
    mkdirSync(join(home, "Downloads"), { recursive: true });
    expectRefused(cliIn({ env: { HOME: home } }, "build", join(home, "Downloads", "whatsap"), "-o", join(dir, "site")),
      "~/Downloads/whatsap: no such file or folder");
    expectRefused(cli("parse", join(dir, "nowhere")), `${join(dir, "nowhere")}: no such file or folder`);
    expect(readdirSync(dir).sort()).toEqual(["exports", "home"]);
  });
});

describe("the output guard lets through", () => {
  it("a new folder and an empty one (but for an operating system's litter, which stays), with inputs as arguments and --input", () => {
    const { dir, exports } = newCase();
    const more = join(dir, "more");
    write(more, { "WhatsApp Chat with Cleo.txt": "16/01/2023, 10:00 - Cleo: morning\n" });
    const fresh = cli("build", exports, "--input", more, "-o", join(dir, "new", "site"), "--no-cache");
    expect(fresh.status).toBe(0);
    expect(readdirSync(join(dir, "new", "site", "chats")).sort()).toEqual(["ann", "cleo"]);

    const empty = join(dir, "empty");
    write(empty, { ".DS_Store": "finder" });
    const built = cli("build", exports, more, "-o", empty, "--no-cache");
    expect(built.status).toBe(0);
    expect(built.stdout).toContain("Kept what you added to the archive: .DS_Store\n");
    expect(readdirSync(join(empty, "chats")).sort()).toEqual(["ann", "cleo"]);
    expect(readFileSync(join(empty, ".DS_Store"), "utf8")).toBe("finder");
  });

  it("an earlier archive, keeping byte for byte what a person added to it: .git/, CNAME, .htpasswd and a file among the pages", () => {
    const { dir, exports } = newCase();
    const site = join(dir, "site");
    expect(cli("build", exports, "-o", site, "--quiet").status).toBe(0);
    const record = JSON.parse(readFileSync(join(site, RECORD), "utf8")) as { program: string; files: string[] };
    expect(record.program).toBe("chat-archive");
    expect(record.files).toContain("chats/ann/index.html");
    expect(record.files).not.toContain(RECORD);

    write(site, {
      ".git/HEAD": "ref: refs/heads/main\n",
      ".git/objects/ab/cdef0123": "\u0000\u0001binary",
      CNAME: "family.example.org\n",
      ".htpasswd": "anna:$2y$08$abcdefghijklmnopqrstuv\n",
      "chats/ann/notes.txt": "who is who",
    });
    const added = (tree: Record<string, string>): Record<string, string> =>
      Object.fromEntries(Object.entries(tree).filter(([path]) => /^\/(\.git\/|CNAME|\.htpasswd|chats\/ann\/notes)/.test(path)));
    const before = added(snapshot(site));
    expect(Object.keys(before)).toHaveLength(5);

    const again = cli("build", exports, "-o", site, "--page-size", "1", "--no-cache");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("\nKept what you added to the archive: .git/, .htpasswd, CNAME, chats/ann/notes.txt\n");
    expect(added(snapshot(site))).toEqual(before);
    expect(readdirSync(join(site, "chats", "ann"))).toEqual(expect.arrayContaining(["2.html", "index.html", "notes.txt"]));
    expect(readdirSync(dir).sort()).toEqual(["exports", "site"]);
  });

  it("an archive from before builds kept a record: its pages are the build's, anything else the person's", () => {
    const { dir, exports } = newCase();
    const site = join(dir, "site");
    expect(cli("build", exports, "-o", site, "--quiet").status).toBe(0);
    // Builds from before records wrote neither the record nor the files for hosts.
    for (const name of [RECORD, ...HOST_FILES]) rmSync(join(site, name));
    write(site, { CNAME: "family.example.org\n" });
    const again = cli("build", exports, "-o", site, "--no-cache");
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("\nKept what you added to the archive: CNAME\n");
    expect(readFileSync(join(site, "CNAME"), "utf8")).toBe("family.example.org\n");
  });
});

describe("carryOver", () => {
  it("keeps what a person added and says which of their files a file of the build's now replaces", async () => {
    const dir = join(scratch, "carry");
    const old = join(dir, "old");
    const staging = join(dir, "staging");
    write(old, { "index.html": "old page", "chats/a/index.html": "old chat" });
    await writeRecord(old);
    write(old, { "robots.txt": "theirs", CNAME: "family.example.org", "chats/a/notes.txt": "theirs", "chats/gone/notes.txt": "theirs" });
    write(staging, { "index.html": "new page", "robots.txt": "the build's", "chats/a/index.html": "new chat" });

    expect(await carryOver(old, staging)).toEqual({ kept: ["CNAME", "chats/a/notes.txt", "chats/gone/"], replaced: ["robots.txt"] });
    const texts = Object.fromEntries(readdirSync(staging, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name).slice(staging.length + 1), readFileSync(join(e.parentPath, e.name), "utf8")]));
    expect(texts).toEqual({
      "index.html": "new page", "robots.txt": "the build's", "chats/a/index.html": "new chat",
      CNAME: "family.example.org", "chats/a/notes.txt": "theirs", "chats/gone/notes.txt": "theirs",
    });
    expect(readFileSync(join(old, "robots.txt"), "utf8")).toBe("theirs");
  });
});
