// `chat-archive host-config` as a person runs it: what it prints, what it writes and where, and one
// clear line (exit 2) for each mistake, with the password never taken from the command line.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import bcrypt from "bcryptjs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cliIn, noStackTrace, type Run } from "../run-cli.js";
import { snapshot } from "../snapshot.js";

const scratch = mkdtempSync(join(tmpdir(), "chat-archive-host-config-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let dir = "";
let archive = "";
let n = 0;
beforeEach(() => {
  dir = join(scratch, String(++n));
  archive = join(dir, "archive");
  mkdirSync(archive, { recursive: true });
  // What host-config looks at in an archive: its index, and the .htaccess Apache's config relies on.
  writeFileSync(join(archive, "index.html"), "<!doctype html><title>Chats</title>");
  writeFileSync(join(archive, ".htaccess"), "Options -Indexes\n");
});

const run = (input: string, ...args: string[]): Run => cliIn({ cwd: dir, input }, "host-config", ...args);

/** Exit 2 and one line on stderr, with nothing on stdout and nothing written. */
function refused(result: Run, message: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trim().split("\n");
  expect(lines[0]).toMatch(message);
  // Commander's own errors add the pointer to --help; ours are the one line.
  if (!lines[0]!.startsWith("error:")) expect(lines).toHaveLength(1);
  noStackTrace(result.stderr);
}

describe("chat-archive host-config refuses, with one line and exit 2", () => {
  it("a root that does not exist", () => refused(run("", "nginx", "--root", "nowhere"), /^chat-archive: nowhere: no such folder; give --root the folder chat-archive build wrote$/));

  it("a root without index.html", () => {
    rmSync(join(archive, "index.html"));
    refused(run("", "caddy", "--root", "archive"), /^chat-archive: archive holds no index\.html, so it is no archive/);
  });

  it("an archive without .htaccess for Apache, whose config relies on it", () => {
    rmSync(join(archive, ".htaccess"));
    refused(run("", "apache", "--root", "archive"), /^chat-archive: archive has no \.htaccess, which Apache's config relies on; build the archive again/);
  });

  it("an unknown host", () => refused(run("", "iis", "--root", "archive"), /^error: command-argument value 'iis' is invalid for argument 'host'\. Allowed choices are nginx, caddy, apache\.$/));

  it("no root", () => refused(run("", "nginx"), /^error: required option '--root <dir>' not specified$/));

  it.each(["family", "family/", "/family", "//", "/a/../b/", "/.git/", "/fam ily/"])("--path %s", (path) => {
    refused(run("", "nginx", "--root", "archive", "--path", path), /^chat-archive: --path .*: it must start and end with "\/", like \/family\//);
  });

  it("a password on the command line, without echoing it", () => {
    for (const args of [["--password", "s3cret"], ["--password=s3cret"]]) {
      const result = run("", "nginx", "--root", "archive", "--user", "anna", "--out", "site.conf", ...args);
      refused(result, /^chat-archive: the password is never taken from the command line/);
      expect(result.stderr).not.toContain("s3cret");
    }
    expect(snapshot(dir)).toEqual(expect.not.objectContaining({ "/site.conf": expect.anything() }));
  });

  it("a user without a place for the password file", () => {
    refused(run("pw\n", "nginx", "--root", "archive", "--user", "anna"), /^chat-archive: --user needs --out or --htpasswd/);
  });

  it("an empty password", () => {
    refused(run("\n", "nginx", "--root", "archive", "--user", "anna", "--out", "site.conf"), /^chat-archive: the password is empty; nothing was written$/);
    expect(snapshot(dir)).toEqual(expect.not.objectContaining({ "/site.conf": expect.anything(), "/site.htpasswd": expect.anything() }));
  });

  it("a name the password file cannot hold", () => {
    refused(run("pw\n", "nginx", "--root", "archive", "--user", "anna:x", "--out", "site.conf"), /^chat-archive: --user anna:x: a name of letters, digits/);
  });

  it("a config or password file inside the archive, which would be served", () => {
    const before = snapshot(archive);
    refused(run("", "nginx", "--root", "archive", "--out", "archive/site.conf"), /^chat-archive: --out archive\/site\.conf lies inside the archive archive, which is served/);
    refused(run("pw\n", "nginx", "--root", "archive", "--user", "anna", "--out", "site.conf", "--htpasswd", "archive/.htpasswd"), /^chat-archive: --htpasswd archive\/\.htpasswd lies inside the archive/);
    expect(snapshot(archive)).toEqual(before);
  });

  it("a file host-config did not write, unless --force, and then it says what it replaced", () => {
    writeFileSync(join(dir, "site.conf"), "server { listen 81; }\n");
    refused(run("", "nginx", "--root", "archive", "--out", "site.conf"), /^chat-archive: --out site\.conf exists and host-config did not write it; choose another file, or add --force to replace it$/);
    expect(readFileSync(join(dir, "site.conf"), "utf8")).toBe("server { listen 81; }\n");
    const forced = run("", "nginx", "--root", "archive", "--out", "site.conf", "--force");
    expect(forced.status).toBe(0);
    expect(forced.stderr).toContain("Wrote site.conf: the nginx config for archive at /; it replaced a file host-config had not written (--force)");
  });
});

describe("chat-archive host-config writes", () => {
  it("prints the config for the archive at the root, and under a sub-path, for each host", () => {
    const at = (host: string, ...args: string[]): string => {
      const result = run("", host, "--root", "archive", ...args);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/^# Written by chat-archive host-config /);
      return result.stdout;
    };
    expect(at("nginx")).toContain(`location ^~ / {\n        alias "${archive}/";`);
    expect(at("nginx", "--path", "/family/")).toContain(`location = /family { return 301 /family/; }\n\n    location ^~ /family/ {\n        alias "${archive}/";`);
    expect(at("caddy")).toMatch(new RegExp(`^http://:80 \\{\\n    handle \\{\\n        root \\* "${archive}"`, "m"));
    expect(at("caddy", "--path", "/family/", "--domain", "family.example.org")).toMatch(/^family\.example\.org \{\n    redir \/family \/family\/ 308\n    handle_path \/family\/\* \{/m);
    expect(at("apache")).toContain(`<VirtualHost *:80>\n    DocumentRoot "${archive}"`);
    expect(at("apache", "--path", "/family/a/")).toContain(`    Alias /family/a/ "${archive}/"`);
    // Without a user, no password is asked for and none is required.
    for (const host of ["nginx", "caddy", "apache"]) expect(at(host)).not.toMatch(/auth_basic "|basicauth |AuthUserFile/);
  });

  it("a password file from the piped password, beside the config, mode 0640, outside the archive, that the host's hash check accepts", () => {
    const before = snapshot(archive);
    const result = run("s3cret horse\n", "nginx", "--root", "archive", "--path", "/family/", "--user", "anna", "--out", "family.conf");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([
      "Wrote family.htpasswd: the password file (1 person: anna; mode 0640)",
      "Wrote family.conf: the nginx config for archive at /family/",
    ]);
    const file = join(dir, "family.htpasswd");
    expect(statSync(file).mode & 0o777).toBe(0o640);
    const [comment, line, ...rest] = readFileSync(file, "utf8").split("\n");
    expect(comment).toMatch(/^# Written by chat-archive host-config/);
    expect(rest).toEqual([""]);
    const [user, hash] = line!.split(":");
    expect(user).toBe("anna");
    expect(hash).toMatch(/^\$2y\$08\$/);
    expect(bcrypt.compareSync("s3cret horse", hash!.replace(/^\$2y\$/, "$2b$"))).toBe(true);
    expect(readFileSync(join(dir, "family.conf"), "utf8")).toContain(`auth_basic_user_file "${file}";`);
    expect(snapshot(archive)).toEqual(before);
    expect(result.stderr + result.stdout).not.toContain("s3cret");
  });

  it("adds a second person, and a new password for the first, keeping the others", () => {
    const hashes = (): Record<string, string> => Object.fromEntries(readFileSync(join(dir, "site.htpasswd"), "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split(" ")));
    expect(run("one\n", "caddy", "--root", "archive", "--user", "anna", "--out", "site.caddy").status).toBe(0);
    expect(run("two\n", "caddy", "--root", "archive", "--user", "ben", "--out", "site.caddy").stderr).toContain("(2 people: anna, ben; mode 0640)");
    const first = hashes();
    expect(run("three\n", "caddy", "--root", "archive", "--user", "anna", "--out", "site.caddy").status).toBe(0);
    const second = hashes();
    expect(Object.keys(second)).toEqual(["ben", "anna"]);
    expect(second.ben).toBe(first.ben);
    expect(bcrypt.compareSync("three", second.anna!.replace(/^\$2y\$/, "$2b$"))).toBe(true);
  });

  it("a password file another host's config used, in this host's form, and never through a link into the archive", () => {
    expect(run("one\n", "caddy", "--root", "archive", "--user", "anna", "--htpasswd", "family.htpasswd").status).toBe(0);
    expect(run("two\n", "nginx", "--root", "archive", "--user", "ben", "--htpasswd", "family.htpasswd").status).toBe(0);
    const lines = readFileSync(join(dir, "family.htpasswd"), "utf8").split("\n").filter((l) => !l.startsWith("#") && l);
    expect(lines.map((l) => l.replace(/\$2y\$.*/, "…"))).toEqual(["anna:…", "ben:…"]);
    symlinkSync("archive", join(dir, "link"));
    refused(run("pw\n", "nginx", "--root", "archive", "--user", "anna", "--htpasswd", "link/.htpasswd"), /^chat-archive: --htpasswd link\/\.htpasswd lies inside the archive/);
  });

  it("the password file where --htpasswd says, with the config on stdout", () => {
    mkdirSync(join(dir, "private"));
    chmodSync(join(dir, "private"), 0o750);
    const result = run("pw\n", "apache", "--root", "archive", "--user", "anna", "--htpasswd", "private/family");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`AuthUserFile "${join(dir, "private", "family")}"`);
    expect(result.stderr).toBe("Wrote private/family: the password file (1 person: anna; mode 0640)\n");
  });
});
