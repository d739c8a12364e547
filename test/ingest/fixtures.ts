/** Builders for the ingest tests: real zips made with yazl, the byte patches yazl refuses to make, folders. */
import { mkdtemp, mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import yazl from "yazl";

export interface ZipItem {
  readonly name: string;
  readonly data: string | Buffer;
  /** Unix mode, e.g. 0o120777 for a symlink. */
  readonly mode?: number;
  readonly compress?: boolean;
  /** Written in zip64 form, as zips over 4 GiB must be. */
  readonly zip64?: boolean;
}

/** A fixed time keeps the zips' bytes the same on every run. */
const MTIME = new Date(Date.UTC(2023, 0, 1));

export async function makeZip(items: readonly ZipItem[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const item of items) {
    zip.addBuffer(Buffer.from(item.data), item.name, {
      mtime: MTIME,
      ...(item.mode === undefined ? {} : { mode: item.mode }),
      ...(item.compress === undefined ? {} : { compress: item.compress }),
      ...(item.zip64 ? { forceZip64Format: true } : {}),
    });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

interface EntryOffsets {
  /** Offset of the entry's central directory record. */
  readonly central: number;
  /** Offset of its local file header. */
  readonly local: number;
}

/** Finds an entry's headers by walking the central directory from the end-of-zip record. */
function offsets(zip: Buffer, name: string): EntryOffsets {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(p + 28);
    if (zip.toString("utf8", p + 46, p + 46 + nameLength) === name) return { central: p, local: zip.readUInt32LE(p + 42) };
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  throw new Error(`no entry ${name}`);
}

/** Renames an entry in both of its headers; yazl refuses names like "../x", so tests make them this way. */
export function renameEntry(zip: Buffer, placeholder: string, name: string): Buffer {
  const bytes = Buffer.from(name);
  if (bytes.length !== Buffer.byteLength(placeholder)) throw new Error("names must have the same length");
  const { central, local } = offsets(zip, placeholder);
  bytes.copy(zip, central + 46);
  bytes.copy(zip, local + 30);
  return zip;
}

/** Sets the "encrypted" flag (general purpose bit 0) in both headers. */
export function markEncrypted(zip: Buffer, name: string): Buffer {
  const { central, local } = offsets(zip, name);
  zip.writeUInt16LE(zip.readUInt16LE(central + 8) | 1, central + 8);
  zip.writeUInt16LE(zip.readUInt16LE(local + 6) | 1, local + 6);
  return zip;
}

/** Makes the zip lie about an entry's unpacked size. */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const { central, local } = offsets(zip, name);
  zip.writeUInt32LE(size, central + 24);
  zip.writeUInt32LE(size, local + 22);
  return zip;
}

export function setMethod(zip: Buffer, name: string, method: number): Buffer {
  const { central, local } = offsets(zip, name);
  zip.writeUInt16LE(method, central + 10);
  zip.writeUInt16LE(method, local + 8);
  return zip;
}

/** Overwrites 8 bytes of an entry's compressed data with junk, `at` bytes into it. */
export function damageData(zip: Buffer, name: string, at = 0): Buffer {
  const { local } = offsets(zip, name);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28) + at;
  zip.fill(0xff, start, start + 8);
  return zip;
}

export const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), "chat-archive-ingest-"));

/** Writes files (paths relative to `root`) and returns `root`. */
export async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<string> {
  for (const [path, data] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), data);
  }
  return root;
}

/** Every path under `root` with its size and modification time, to show that nothing was written. */
export async function snapshot(root: string): Promise<string[]> {
  const lines: string[] = [];
  for (const entry of await readdir(root, { recursive: true })) {
    const info = await stat(join(root, entry));
    lines.push(`${entry} ${info.size} ${info.mtimeMs}`);
  }
  return lines.sort();
}
