/**
 * What every host is told about the archive, defined once: the response headers, the Content-Security-Policy
 * (the pages' meta tag uses the same), the MIME type of each kind of file, and how long each may be cached.
 * The files the build writes for hosts (src/publish/files.ts) and the server configs (host-config) are made from it.
 */

/** Nothing remote, no inline code; WebAssembly for Pagefind's search. The pages' meta tag and every host's header. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'";

/** Sent with every response, whatever the file. */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ["X-Robots-Tag", "noindex, nofollow"],
  ["Content-Security-Policy", CONTENT_SECURITY_POLICY],
  ["Referrer-Policy", "no-referrer"],
  ["X-Content-Type-Options", "nosniff"],
];

/**
 * Pagefind names its index, fragment, filter and meta files after their content, so a rebuild gives
 * changed ones new names and they may be cached for good. No other file is named so: pages, assets,
 * the file:// script index and Pagefind's own scripts keep their names, and media and thumbnails
 * are named after the export's file names. Those are revalidated on every use.
 */
export const CONTENT_NAMED_EXTENSIONS = ["pf_fragment", "pf_index", "pf_filter", "pf_meta"] as const;
export const CACHE_CONTENT_NAMED = "max-age=31536000, immutable";
export const CACHE_REVALIDATE = "no-cache";

/** A MIME type and the extensions it is served for; text types are sent with charset=utf-8. */
export interface FileType {
  readonly type: string;
  readonly extensions: readonly string[];
  readonly text?: true;
}

/**
 * Every kind of file an archive holds: its pages, assets and both search indexes, and the media
 * WhatsApp exports (photos, stickers, videos, voice notes, documents, contacts). Hosts are given the
 * whole list rather than trusting their own: few know .opus, .vcf or Pagefind's files.
 */
export const FILE_TYPES: readonly FileType[] = [
  { type: "text/html", extensions: ["html"], text: true },
  { type: "text/css", extensions: ["css"], text: true },
  { type: "text/javascript", extensions: ["js", "mjs"], text: true },
  { type: "application/json", extensions: ["json"], text: true },
  { type: "text/plain", extensions: ["txt"], text: true },
  { type: "text/vcard", extensions: ["vcf"], text: true },
  { type: "image/svg+xml", extensions: ["svg"] },
  { type: "image/webp", extensions: ["webp"] },
  { type: "image/jpeg", extensions: ["jpg", "jpeg"] },
  { type: "image/png", extensions: ["png"] },
  { type: "image/gif", extensions: ["gif"] },
  { type: "image/heic", extensions: ["heic"] },
  { type: "video/mp4", extensions: ["mp4", "m4v"] },
  { type: "video/3gpp", extensions: ["3gp"] },
  { type: "video/quicktime", extensions: ["mov"] },
  { type: "video/webm", extensions: ["webm"] },
  { type: "audio/ogg", extensions: ["opus", "ogg", "oga"] },
  { type: "audio/mp4", extensions: ["m4a"] },
  { type: "audio/aac", extensions: ["aac"] },
  { type: "audio/mpeg", extensions: ["mp3"] },
  { type: "audio/amr", extensions: ["amr"] },
  { type: "audio/wav", extensions: ["wav"] },
  { type: "application/pdf", extensions: ["pdf"] },
  { type: "application/msword", extensions: ["doc"] },
  { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] },
  { type: "application/vnd.ms-excel", extensions: ["xls"] },
  { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] },
  { type: "application/vnd.ms-powerpoint", extensions: ["ppt"] },
  { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extensions: ["pptx"] },
  { type: "application/zip", extensions: ["zip"] },
  { type: "application/wasm", extensions: ["wasm"] },
  // Pagefind's index and its gzipped WebAssembly, which it fetches and unpacks itself.
  { type: "application/octet-stream", extensions: ["pagefind", ...CONTENT_NAMED_EXTENSIONS] },
];

/** What a file of no known kind is sent as: a download, never something a browser runs. */
export const DEFAULT_TYPE = "application/octet-stream";

/** The Content-Type header for a file type. */
export const contentType = (fileType: FileType): string => (fileType.text ? `${fileType.type}; charset=utf-8` : fileType.type);

