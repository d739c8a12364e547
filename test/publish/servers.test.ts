// The archive behind a password on Debian's nginx, Caddy and Apache, each run with the config
// `chat-archive host-config` wrote, under a sub-path: what a person publishing it would check with curl.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../../src/build.js";
import { Warnings } from "../../src/model.js";
import { CACHE_CONTENT_NAMED, CONTENT_SECURITY_POLICY, contentType, FILE_TYPES } from "../../src/publish/policy.js";
import { HOSTS, type Host } from "../../src/publish/site.js";
import { get, missingServers, startServer, type RunningServer } from "./servers.js";

const root = join(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "chat-archive-servers-"));
const archive = join(scratch, "archive");
const SUB_PATH = "/family/";
const USER = "anna";
const PASSWORD = "correct horse battery staple";
const missing = missingServers();
const servers = new Map<Host, RunningServer>();

/** One file of each kind in the demo archive, by path relative to it: the pages, the media, both search indexes. */
const samples = new Map<string, string>();

beforeAll(async () => {
  await buildArchive({ inputs: [join(root, "content")], output: archive, pageSize: 25, cache: false }, new Warnings());
  // A person keeps the archive in git: its history must not be served either.
  mkdirSync(join(archive, ".git"));
  writeFileSync(join(archive, ".git", "HEAD"), "ref: refs/heads/main\n");
  // A document of a kind no list of types knows, holding HTML: it must never be shown as a page.
  writeFileSync(join(archive, "media", "hiking-club", "Minutes.odd"), "<!doctype html><script>alert(1)</script>");
  // nginx's and Apache's workers (www-data) must reach the archive, as on a server.
  chmodSync(scratch, 0o755);
  for (const file of readdirSync(archive, { recursive: true, encoding: "utf8" }).sort()) {
    const extension = extname(file).slice(1);
    if (typeOf.has(extension) && !file.startsWith(".") && statSync(join(archive, file)).isFile() && !samples.has(extension)) samples.set(extension, file);
  }
  if (missing.length === 0) for (const host of HOSTS) servers.set(host, await startServer(host, { root: archive, scratch, path: SUB_PATH, user: USER, password: PASSWORD }));
}, 120_000);

afterAll(async () => {
  await Promise.allSettled([...servers.values()].map((s) => s.close()));
  rmSync(scratch, { recursive: true, force: true });
});

const typeOf = new Map(FILE_TYPES.flatMap((t) => t.extensions.map((e) => [e, contentType(t)] as const)));
const normal = (value: unknown): string => String(value).toLowerCase().replace(/\s+/g, "");
const auth = { user: USER, password: PASSWORD };

describe.skipIf(missing.length > 0).each(HOSTS)(`the archive on %s under ${SUB_PATH} with a password${missing.length ? ` (skipped: ${missing.join(", ")} missing; apt-get install nginx caddy apache2)` : ""}`, (host) => {
  const server = (): RunningServer => servers.get(host)!;
  const paths = (): string[] => ["", "index.html", "chats/hiking-club/index.html", ...samples.values(), "search/index.js"].map((p) => SUB_PATH + p.split("/").map(encodeURIComponent).join("/"));

  it("holds the kinds of file the issue names, so each is checked below", () => {
    expect([...samples.keys()]).toEqual(expect.arrayContaining(["webp", "opus", "mp4", "vcf", "pdf", "pagefind", "pf_meta", "pf_index", "pf_fragment", "pf_filter", "js", "json", "css", "jpg"]));
  });

  it("answers 401 to every page, medium, thumbnail and piece of the search index without the password, and shows none of it", async () => {
    for (const path of paths()) {
      const answer = await get(server().port, path);
      expect(answer.status, path).toBe(401);
      expect(normal(answer.headers["www-authenticate"]), path).toMatch(/^basic/);
      expect(answer.body, path).not.toMatch(/Hiking Club|Jonas|pagefind/);
    }
  });

  it("answers 401 to a wrong password or another name", async () => {
    for (const wrong of [{ user: USER, password: "wrong" }, { user: "ben", password: PASSWORD }, { user: USER, password: "" }]) {
      expect((await get(server().port, `${SUB_PATH}index.html`, wrong)).status).toBe(401);
      expect((await get(server().port, `${SUB_PATH}${samples.get("pf_fragment")!}`, wrong)).status).toBe(401);
    }
  });

  it("serves every file with the password: 200, noindex, the pages' CSP, no referrer, nosniff and the right type and caching", async () => {
    for (const path of paths()) {
      const answer = await get(server().port, path, auth);
      expect(answer.status, path).toBe(200);
      expect(answer.headers["x-robots-tag"], path).toBe("noindex, nofollow");
      expect(answer.headers["content-security-policy"], path).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.headers["referrer-policy"], path).toBe("no-referrer");
      expect(answer.headers["x-content-type-options"], path).toBe("nosniff");
      const extension = extname(path).slice(1) || "html";
      expect(normal(answer.headers["content-type"]), path).toBe(normal(typeOf.get(extension)));
      const contentNamed = /^pf_/.test(extension);
      expect(answer.headers["cache-control"], path).toBe(contentNamed ? CACHE_CONTENT_NAMED : "no-cache");
    }
  });

  it("sends a file of a kind no list knows as a download, never as a page", async () => {
    const answer = await get(server().port, `${SUB_PATH}media/hiking-club/Minutes.odd`, auth);
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("application/octet-stream");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("sends the sub-path without its slash to the archive", async () => {
    const answer = await get(server().port, SUB_PATH.slice(0, -1), auth);
    expect([301, 302, 308]).toContain(answer.status);
    expect(new URL(String(answer.headers.location), server().base).pathname).toBe(SUB_PATH);
  });

  it("lists no folder", async () => {
    for (const folder of ["chats/", "media/", "media/hiking-club/", "thumbs/hiking-club/", "pagefind/0/fragment/"]) {
      const answer = await get(server().port, SUB_PATH + folder, auth);
      expect([403, 404], folder).toContain(answer.status);
      expect(answer.body, folder).not.toMatch(/\.(jpg|webp|pf_fragment|html)/);
    }
  });

  it("never serves the password file, the build's record, .git/ or the host files, by any path", async () => {
    const port = server().port;
    const secret = /\$2y\$|anna|"files"|refs\/heads|Content-Security-Policy|AddType/;
    const name = "archive.htpasswd";
    const folder = server().passwordFile.split("/").slice(-2, -1)[0]!;
    const tries = [
      `${SUB_PATH}${name}`, `/${name}`, `/${folder}/${name}`, `${SUB_PATH}../${folder}/${name}`, `${SUB_PATH}%2e%2e/${folder}/${name}`,
      `${SUB_PATH}..%2f${folder}%2f${name}`, `${SUB_PATH}../../../../..${server().passwordFile}`, server().passwordFile, `${SUB_PATH}.htpasswd`,
      `${SUB_PATH}.chat-archive.json`, `${SUB_PATH}.htaccess`, `${SUB_PATH}_headers`, `${SUB_PATH}.git/HEAD`, `${SUB_PATH}%2egit/HEAD`,
      `${SUB_PATH}chats/../.chat-archive.json`, `${SUB_PATH}.HTACCESS`,
    ];
    for (const path of tries) {
      for (const credentials of [undefined, auth]) {
        const answer = await get(port, path, credentials);
        expect(answer.status, `${path}${credentials ? " with the password" : ""}`).not.toBe(200);
        expect(answer.body, path).not.toMatch(secret);
      }
    }
  });
});
