// The files the build writes for web hosts, read as a person publishing the demo would check them.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArchive } from "../../src/build.js";
import { Warnings } from "../../src/model.js";
import { CONTENT_SECURITY_POLICY, FILE_TYPES } from "../../src/publish/policy.js";

const root = join(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "chat-archive-host-files-"));
const output = join(scratch, "site");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
beforeAll(async () => {
  await buildArchive({ inputs: [join(root, "content")], output, pageSize: 25, cache: false }, new Warnings());
}, 120_000);

const read = (name: string): string => readFileSync(join(output, name), "utf8");
const files = (): string[] => readdirSync(output, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(output.length + 1));
const pages = (): string[] => files().filter((f) => f.endsWith(".html"));

describe("the files hosts honour", () => {
  it("are beside index.html, in the build's record, and no page links to them", () => {
    const record = JSON.parse(read(".chat-archive.json")) as { files: string[] };
    for (const name of ["robots.txt", "_headers", ".htaccess"]) expect(record.files).toContain(name);
    for (const page of pages()) {
      const $ = load(read(page));
      const targets = $("[href], [src]").map((_, el) => $(el).attr("href") ?? $(el).attr("src")).get();
      expect(targets.filter((t) => /(robots\.txt|_headers|\.htaccess)$/.test(t)), page).toEqual([]);
    }
  });

  it("tell every crawler to keep out", () => {
    expect(read("robots.txt")).toMatch(/^User-agent: \*\nDisallow: \/$/m);
  });

  it("send the pages' own Content-Security-Policy, so header and meta tag never differ", () => {
    for (const page of pages()) expect(load(read(page))('meta[http-equiv="Content-Security-Policy"]').attr("content"), page).toBe(CONTENT_SECURITY_POLICY);
    expect(read("_headers")).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(read(".htaccess")).toContain(`Header always set Content-Security-Policy "${CONTENT_SECURITY_POLICY}"\n`);
  });

  it("give Netlify and Cloudflare Pages noindex, no referrer and nosniff on every path, and cache only content-named files for good", () => {
    const rules = read("_headers").split("\n").filter((l) => !l.startsWith("#"));
    const everyPath = rules.slice(rules.indexOf("/*") + 1, rules.findIndex((l, i) => i > rules.indexOf("/*") && l.startsWith("/")));
    expect(everyPath).toEqual(expect.arrayContaining(["  X-Robots-Tag: noindex, nofollow", "  Referrer-Policy: no-referrer", "  X-Content-Type-Options: nosniff"]));
    // Values of rules that match one path are joined by these hosts: Cache-Control must not be set twice for a file.
    expect(everyPath.some((l) => l.includes("Cache-Control"))).toBe(false);
    const cached = rules.filter((l) => l.startsWith("/pagefind/"));
    expect(cached).toEqual(["/pagefind/:part/fragment/*", "/pagefind/:part/index/*", "/pagefind/:part/filter/*"]);
    // Each of those folders holds only files named after their content (a hash), in this very archive.
    for (const folder of ["fragment", "index", "filter"]) {
      for (const name of readdirSync(join(output, "pagefind", "0", folder))) expect(name).toMatch(/^[a-z-]+_[0-9a-f]{7,}\.pf_[a-z]+$/);
    }
  });

  it("give Apache every file type of the archive, no listings, the headers, and long caching only for content-named files", () => {
    const htaccess = read(".htaccess");
    const known = new Map(FILE_TYPES.flatMap((t) => t.extensions.map((e) => [e, t.type] as const)));
    const extensions = new Set(files().map((f) => extname(f).slice(1)).filter((e) => e !== ""));
    for (const extension of extensions) {
      expect(known.has(extension), `.${extension} has a MIME type`).toBe(true);
      expect(htaccess).toMatch(new RegExp(`^AddType ${known.get(extension)!.replace(/[+.]/g, "\\$&")} .*\\.${extension}( |$)`, "m"));
    }
    // The demo holds each kind of file the issue names.
    expect([...extensions].sort()).toEqual(expect.arrayContaining(["mp4", "opus", "pagefind", "pdf", "pf_fragment", "pf_index", "pf_meta", "vcf", "webp"]));
    expect(htaccess).toMatch(/^Options -Indexes$/m);
    // A file of a kind no list names is a download, not something the browser guesses at.
    expect(htaccess).toContain('Header always set Content-Type "application/octet-stream" "expr=-z %{CONTENT_TYPE}"');
    for (const line of ['X-Robots-Tag "noindex, nofollow"', 'Referrer-Policy "no-referrer"', 'X-Content-Type-Options "nosniff"']) {
      expect(htaccess).toContain(`Header always set ${line}`);
    }
    expect(htaccess).toMatch(/Header set Cache-Control "no-cache"\n\s*<FilesMatch "\\\.\(pf_fragment\|pf_index\|pf_filter\|pf_meta\)\$">\n\s*Header set Cache-Control "max-age=31536000, immutable"/);
  });
});
