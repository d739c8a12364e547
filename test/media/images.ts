/** Images for the tests, made with sharp: real photos and the broken kinds an export can hold. */
import { crc32 } from "node:zlib";
import sharp, { type Sharp } from "sharp";

/** Noise compresses badly, so a cut-off copy really lacks image data rather than only padding. */
export function noise(width: number, height: number): Sharp {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/** A 1×1 PNG whose header claims `size` × `size`, its checksum made right so only the size is wrong. */
export async function giantPng(size: number): Promise<Buffer> {
  const png = Buffer.from(await sharp({ create: { width: 1, height: 1, channels: 3, background: "red" } }).png().toBuffer());
  png.writeUInt32BE(size, 16);
  png.writeUInt32BE(size, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}
