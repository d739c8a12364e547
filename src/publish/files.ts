/**
 * The files the build writes for web hosts, from the one policy in ./policy.ts: robots.txt for
 * crawlers, _headers for Netlify and Cloudflare Pages, .htaccess for Apache. No page links to them.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CACHE_CONTENT_NAMED, CACHE_REVALIDATE, CONTENT_NAMED_EXTENSIONS, DEFAULT_TYPE, FILE_TYPES, SECURITY_HEADERS } from "./policy.js";

/** Their names in the archive, beside index.html. */
export const HOST_FILES = ["robots.txt", "_headers", ".htaccess"] as const;

/** Writes the host files into the archive folder `dir`. */
export async function writeHostFiles(dir: string): Promise<void> {
  const contents: Record<(typeof HOST_FILES)[number], string> = { "robots.txt": robotsTxt(), _headers: headersFile(), ".htaccess": htaccess() };
  await Promise.all(HOST_FILES.map((name) => writeFile(join(dir, name), contents[name])));
}

/** Every crawler, every path: a robots.txt is honoured only at a host's root, so the headers say noindex too. */
export const robotsTxt = (): string => "# A private chat archive: nothing here is for search engines.\nUser-agent: *\nDisallow: /\n";

/**
 * Netlify's and Cloudflare Pages' _headers, for the archive published as the site's root. Both join
 * the values of a header that several matching rules set, so Cache-Control is set only on Pagefind's
 * content-named folders, which no other rule matches; every other file keeps both hosts' default,
 * `public, max-age=0, must-revalidate`: revalidated on every use. Both choose MIME types by extension.
 */
export function headersFile(): string {
  const security = SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`);
  const named = ["fragment", "index", "filter"].flatMap((folder) => [`/pagefind/:part/${folder}/*`, `  Cache-Control: ${CACHE_CONTENT_NAMED}`]);
  return [
    "# Written by Chat Archive for Netlify and Cloudflare Pages, which read it and do not serve it.",
    "/*",
    ...security,
    "# Pagefind names these files after their content: a rebuild gives changed ones new names.",
    ...named,
    "",
  ].join("\n");
}

/**
 * Apache's per-folder configuration, for shared hosting: it works wherever the host allows
 * overrides of FileInfo and Options (most allow all), with mod_headers for the headers.
 */
export function htaccess(): string {
  const types = FILE_TYPES.map((t) => `AddType ${t.type} ${t.extensions.map((e) => `.${e}`).join(" ")}`);
  const text = FILE_TYPES.filter((t) => t.text).flatMap((t) => t.extensions.map((e) => `.${e}`));
  return [
    "# Written by Chat Archive for Apache; a rebuild writes it again. Keep your own settings (a password) in the folder above.",
    "# No folder listings.",
    "Options -Indexes",
    "# The build's record, a kept .git/ and these host files are not for visitors: 404, as if they were not there.",
    'RedirectMatch 404 "/(\\.|_headers$)"',
    "# Each file type the archive holds, whatever the host's own list knows.",
    ...types,
    `AddCharset utf-8 ${text.join(" ")}`,
    "<IfModule mod_headers.c>",
    ...SECURITY_HEADERS.map(([name, value]) => `  Header always set ${name} "${value}"`),
    "  # A file of a kind no list names would go out with no type, and a browser would guess one: a download it is.",
    `  Header always set Content-Type "${DEFAULT_TYPE}" "expr=-z %{CONTENT_TYPE}"`,
    "  # Revalidated on every use, but for Pagefind's files named after their content.",
    `  Header set Cache-Control "${CACHE_REVALIDATE}"`,
    `  <FilesMatch "\\.(${CONTENT_NAMED_EXTENSIONS.join("|")})$">`,
    `    Header set Cache-Control "${CACHE_CONTENT_NAMED}"`,
    "  </FilesMatch>",
    "</IfModule>",
    "",
  ].join("\n");
}
