/**
 * Regenerates the two fictional demo exports in content/ (described in content/README.md):
 *
 *   npx tsx scripts/make-demo.ts
 *
 * The committed zips are what users get; this script only exists to rebuild them. The video and the
 * voice note are made by the ffmpeg of the npm package @ffmpeg-installer/ffmpeg. Output is byte-for-byte
 * reproducible on one machine: zip timestamps are fixed, random scenery uses fixed seeds, and
 * ffmpeg runs single-threaded in bit-exact mode.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import yazl from "yazl";

const LRM = "\u200E";
/** Current iOS and Android put a narrow no-break space between the time and AM/PM. */
const NNBSP = "\u202F";

const CONTENT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "content");

// ---------------------------------------------------------------------------------------------
// Media makers. Each returns the file's bytes; they run only when a writer needs the file.

type MakeBytes = () => Promise<Buffer>;

/** mulberry32: a tiny seeded generator, so the scenery is random-looking but identical every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A skyline as [x, y] points in fractions of the picture, left to right. */
type Profile = readonly (readonly [number, number])[];

type Layer =
  | { readonly profile: Profile; readonly colour: string; readonly rough: number }
  | { readonly svg: (w: number, h: number) => string };

interface Scene {
  readonly width: number;
  readonly height: number;
  readonly seed: number;
  readonly sky: readonly [top: string, bottom: string];
  readonly sun?: readonly [x: number, y: number];
  /** Drawn back to front; a profile is filled down to the bottom edge. */
  readonly layers: readonly Layer[];
  readonly bush: string;
  readonly caption?: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function sceneSvg(s: Scene): string {
  const { width: w, height: h } = s;
  const random = seededRandom(s.seed);
  const short = Math.min(w, h);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">`,
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">`,
    `<stop offset="0" stop-color="${s.sky[0]}"/><stop offset="1" stop-color="${s.sky[1]}"/>`,
    `</linearGradient></defs>`,
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>`,
  ];
  if (s.sun) {
    parts.push(`<circle cx="${s.sun[0] * w}" cy="${s.sun[1] * h}" r="${short * 0.07}" fill="#fff3c4"/>`);
  }
  for (const layer of s.layers) {
    if ("svg" in layer) {
      parts.push(layer.svg(w, h));
      continue;
    }
    // Subdividing each segment with seeded jitter turns a few control points into a rocky ridge.
    const points: string[] = [`0,${h}`];
    layer.profile.forEach(([x, y], i) => {
      const next = layer.profile[i + 1];
      points.push(`${(x * w).toFixed(1)},${(y * h).toFixed(1)}`);
      if (!next) return;
      for (let step = 1; step < 8; step++) {
        const t = step / 8;
        const jitter = (random() - 0.5) * layer.rough * h;
        points.push(`${((x + (next[0] - x) * t) * w).toFixed(1)},${((y + (next[1] - y) * t) * h + jitter).toFixed(1)}`);
      }
    });
    points.push(`${w},${h}`);
    parts.push(`<polygon points="${points.join(" ")}" fill="${layer.colour}"/>`);
  }
  for (let i = 0; i < Math.round(w / 40); i++) {
    const r = short * (0.015 + random() * 0.03);
    parts.push(`<circle cx="${(random() * w).toFixed(1)}" cy="${(h - random() * short * 0.06).toFixed(1)}" r="${r.toFixed(1)}" fill="${s.bush}"/>`);
  }
  if (s.caption) {
    const size = Math.round(short * 0.07);
    parts.push(
      `<rect y="${h - size * 1.8}" width="${w}" height="${size * 1.8}" fill="#000" fill-opacity="0.35"/>`,
      `<text x="${size * 0.6}" y="${h - size * 0.55}" font-family="DejaVu Sans, Arial, sans-serif" font-size="${size}" font-weight="bold" fill="#fff">${escapeXml(s.caption)}</text>`,
    );
  }
  parts.push("</svg>");
  return parts.join("\n");
}

/**
 * A JPEG of the scene. With exifOrientation 6 the pixels are stored turned a quarter to the left
 * and the EXIF tag tells viewers to turn them back, the way phone cameras save portrait shots.
 */
function photo(scene: Scene, exifOrientation?: 6): MakeBytes {
  return async () => {
    const image = sharp(Buffer.from(sceneSvg(scene)));
    if (exifOrientation === undefined) return image.jpeg({ quality: 80, mozjpeg: true }).toBuffer();
    return image.rotate(270).jpeg({ quality: 80, mozjpeg: true }).withMetadata({ orientation: exifOrientation }).toBuffer();
  };
}

/** A 512×512 WebP sticker with a transparent background and WhatsApp's usual white outline. */
const sticker: MakeBytes = () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512">
<polygon points="56,400 200,130 262,220 318,150 456,400" fill="#3d7a4a" stroke="#fff" stroke-width="16" stroke-linejoin="round"/>
<polygon points="200,130 236,198 214,190 190,214 170,186" fill="#fff"/>
<text x="256" y="470" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="92" font-weight="bold"
  fill="#e8542f" stroke="#fff" stroke-width="14" stroke-linejoin="round" paint-order="stroke">Lekker!</text>
</svg>`;
  return sharp(Buffer.from(svg)).webp({ quality: 80 }).toBuffer();
};

const FFMPEG = (createRequire(import.meta.url)("@ffmpeg-installer/ffmpeg") as { path: string }).path;

/**
 * Runs ffmpeg into a temporary file, since MP4 needs a seekable output to place its index; `inputs`
 * are written beside it first, for `args` to name.
 */
function ffmpeg(args: readonly string[], extension: string, inputs: Readonly<Record<string, MakeBytes>> = {}): MakeBytes {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), "make-demo-"));
    const out = join(dir, `out.${extension}`);
    try {
      for (const [name, bytes] of Object.entries(inputs)) writeFileSync(join(dir, name), await bytes());
      // Single thread and bit-exact flags keep container headers and encoder output reproducible.
      const result = spawnSync(
        FFMPEG,
        ["-hide_banner", "-loglevel", "error", "-y", ...args, "-threads", "1", "-map_metadata", "-1",
          "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact", out],
        { encoding: "utf8", cwd: dir },
      );
      if (result.error || result.status !== 0) {
        throw new Error(`ffmpeg failed: ${result.error?.message ?? result.stderr}`);
      }
      return readFileSync(out);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** The waterfall in Skeleton Gorge, seen from below: the scene Dawid films. */
const gorgeFromBelow: Scene = {
  width: 640, height: 480, seed: 23, sky: ["#8fb8d8", "#dfeef7"], bush: "#2f5d2e",
  layers: [
    { profile: [[0, 0.3], [1, 0.26]], colour: "#4d6b47", rough: 0.03 },
    { svg: (w, h) => `<rect x="${w * 0.45}" y="${h * 0.28}" width="${w * 0.1}" height="${h * 0.72}" fill="#eef6ff" fill-opacity="0.9"/>` },
    { profile: [[0, 0.05], [0.22, 0.3], [0.44, 0.9], [0.48, 1]], colour: "#5a4636", rough: 0.04 },
    { profile: [[0.52, 1], [0.56, 0.9], [0.8, 0.3], [1, 0.1]], colour: "#4a3a2d", rough: 0.04 },
  ],
};

/**
 * 2.5 s slowly closing in on the waterfall, with its rushing (pink noise): H.264 + AAC, 320×240,
 * like a small iPhone video, ~50 KB.
 */
const video = ffmpeg(
  ["-loop", "1", "-framerate", "15", "-i", "scene.png",
    "-f", "lavfi", "-i", "anoisesrc=color=pink:amplitude=0.25:sample_rate=44100:seed=7:duration=2.5",
    "-filter:v", "zoompan=z='1+0.004*on':x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2':d=1:s=320x240:fps=15",
    "-t", "2.5", "-c:v", "libx264", "-crf", "30", "-pix_fmt", "yuv420p",
    "-c:a", "aac", "-b:a", "48k", "-ac", "1", "-movflags", "+faststart", "-shortest"],
  "mp4",
  { "scene.png": () => sharp(Buffer.from(sceneSvg(gorgeFromBelow))).png().toBuffer() },
);

/** 3 s of a wobbling, pulsing tone (vaguely speech-like) as Ogg Opus, like WhatsApp voice notes. */
const voiceNote = ffmpeg(
  ["-f", "lavfi", "-i", "aevalsrc=0.4*sin(2*PI*(170+40*sin(2*PI*3*t))*t)*(0.55+0.45*sin(2*PI*2.5*t)):s=48000:d=3",
    "-c:a", "libopus", "-b:a", "24k", "-ac", "1", "-application", "voip"],
  "opus",
);

/** A one-page PDF written by hand: four objects, a content stream and a byte-exact xref table. */
const routePlanPdf: MakeBytes = async () => {
  const lines: readonly (readonly [size: number, text: string])[] = [
    [22, "Hiking Club - Route plan"],
    [14, "Cape Point circular, Saturday 18 March 2023"],
    [12, ""],
    [12, "06:00  Leave town (Dawid and Alice drive)"],
    [12, "07:15  Start at the Buffels Bay parking"],
    [12, "09:30  Lighthouse, tea stop"],
    [12, "12:30  Back at the cars"],
    [12, ""],
    [12, "Distance about 11 km, ascent about 400 m."],
    [12, "Carry 2 litres of water, a warm top and a charged phone."],
    [12, "Stay on the path. Baboons are wild animals: do not feed them."],
    [12, "Emergency: the Mountain Rescue contact card is in the group chat."],
  ];
  const escapePdf = (text: string): string => text.replace(/[\\()]/g, "\\$&");
  const stream = [
    "BT", "56 780 Td", "22 TL",
    ...lines.map(([size, text]) => `/F1 ${size} Tf (${escapePdf(text)}) Tj T*`),
    "ET",
    // The route as a green line with the start and the lighthouse marked.
    "0.24 0.48 0.29 RG 3 w 90 200 m 160 260 l 230 240 l 300 330 l 380 360 l 460 430 l S",
    "0.9 0.33 0.18 rg 84 194 12 12 re f 454 424 12 12 re f",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  // Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, space, LF.
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
};

/** vCard 3.0 (CRLF lines, as RFC 2426 requires); the number is made up for the demo. */
const rescueCard: MakeBytes = async () =>
  Buffer.from(
    [
      "BEGIN:VCARD",
      "VERSION:3.0",
      "N:;Mountain Rescue;;;",
      "FN:Mountain Rescue",
      "TEL;TYPE=WORK,VOICE:+27 21 555 0123",
      "NOTE:Fictional number for the Chat Archive demo.",
      "END:VCARD",
      "",
    ].join("\r\n"),
    "utf8",
  );

// ---------------------------------------------------------------------------------------------
// Shared writer helpers.

interface Clock {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly hour: number;
  readonly minute: string;
  readonly second: string;
}

/** Reads "YYYY-MM-DD HH:MM[:SS]", the form the message lists use. */
function clock(time: string): Clock {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  const [, year, month, day, hour, minute, second = "00"] = match ?? [];
  if (!year || !month || !day || !hour || !minute) throw new Error(`bad time in demo data: ${time}`);
  return { year, month, day, hour: Number(hour), minute, second };
}

/** Catches typos in the data: the counter in iOS media names assumes the list is in time order. */
function assertChronological(times: readonly string[]): void {
  times.forEach((time, i) => {
    const before = times[i - 1];
    if (before !== undefined && before > time) throw new Error(`demo data out of order at ${time}`);
  });
}

interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

/** Media formats are already compressed, so only text-like entries are deflated. */
const DEFLATE = /\.(txt|pdf|vcf)$/;

async function writeZip(fileName: string, entries: readonly ZipEntry[], exportedAt: Date): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    // DOS timestamps only: yazl's extended (UTC) field would make the bytes depend on the time zone.
    zip.addBuffer(entry.data, entry.name, {
      mtime: exportedAt,
      forceDosTimestamp: true,
      compress: DEFLATE.test(entry.name),
    });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(join(CONTENT_DIR, fileName)));
}

// ---------------------------------------------------------------------------------------------
// iPhone export: `_chat.txt` (CRLF) plus media named NNNNNNNN-KIND-YYYY-MM-DD-HH-MM-SS.ext.

type IosAttachment =
  /** bytes null: `_chat.txt` names the file but the zip lacks it, as happens in real exports. */
  | { readonly kind: "PHOTO" | "VIDEO" | "AUDIO" | "STICKER"; readonly ext: string; readonly bytes: MakeBytes | null }
  | { readonly kind: "DOCUMENT"; readonly name: string; readonly pages: number; readonly bytes: MakeBytes }
  | { readonly kind: "CONTACT"; readonly name: string; readonly bytes: MakeBytes };

type IosBody =
  | { readonly text: string; readonly edited?: true }
  /** WhatsApp's own words (system events, deleted, location, calls): iOS puts an LRM before them. */
  | { readonly notice: string }
  /** Media the phone never downloaded, e.g. "image omitted". */
  | { readonly omitted: string }
  | { readonly attach: IosAttachment };

type IosMessage = { readonly time: string; readonly author: string } & IosBody;

async function writeIosExport(messages: readonly IosMessage[]): Promise<ZipEntry[]> {
  assertChronological(messages.map((m) => m.time));
  const lines: string[] = [];
  const media: ZipEntry[] = [];
  for (const [index, m] of messages.entries()) {
    const c = clock(m.time);
    const header = `[${c.day}/${c.month}/${c.year}, ${c.hour % 12 || 12}:${c.minute}:${c.second}${NNBSP}${c.hour < 12 ? "AM" : "PM"}] ${m.author}: `;
    if ("text" in m) {
      lines.push(header + m.text + (m.edited ? ` ${LRM}<This message was edited>` : ""));
    } else if ("notice" in m) {
      lines.push(header + LRM + m.notice);
    } else if ("omitted" in m) {
      // Real iOS exports start media lines (and only those) with an LRM before the bracket.
      lines.push(LRM + header + LRM + m.omitted);
    } else {
      const a = m.attach;
      // The 8-digit counter numbers every message, so media numbers rise with gaps between them.
      const counter = String(index + 1).padStart(8, "0");
      const stamp = `${c.year}-${c.month}-${c.day}-${String(c.hour).padStart(2, "0")}-${c.minute}-${c.second}`;
      const fileName = "ext" in a ? `${counter}-${a.kind}-${stamp}.${a.ext}` : `${counter}-${a.name}`;
      const label = a.kind === "DOCUMENT" ? `${a.name} • ${LRM}${a.pages} page${a.pages === 1 ? "" : "s"} ` : "";
      lines.push(`${LRM}${header}${label}${LRM}<attached: ${fileName}>`);
      if (a.bytes) media.push({ name: fileName, data: await a.bytes() });
    }
  }
  const chat = lines.map((line) => line.replace(/\n/g, "\r\n")).join("\r\n") + "\r\n";
  return [{ name: "_chat.txt", data: Buffer.from(chat, "utf8") }, ...media];
}

const GROUP = "Hiking Club";
const ALICE = "Alice Moreau";
const BONGANI = "Bongani Dlamini";
const CHLOE = "Chloé Martin";
const DAWID = "Dawid Nowak";
/** iOS marks people who are not in the exporter's contacts with "~" and a narrow no-break space. */
const ERIN = `~${NNBSP}Erin`;

const fynbos = "#4f6b3a";

const lionsHead: Scene = {
  width: 1080, height: 1080, seed: 11, sky: ["#f6b26b", "#fde3c8"], sun: [0.22, 0.3], bush: fynbos,
  layers: [
    { profile: [[0, 0.62], [0.3, 0.55], [1, 0.6]], colour: "#9aa7b8", rough: 0.02 },
    { profile: [[0, 0.86], [0.2, 0.72], [0.38, 0.46], [0.47, 0.22], [0.55, 0.2], [0.63, 0.31], [0.8, 0.68], [1, 0.8]], colour: "#6b5a45", rough: 0.015 },
  ],
  caption: "Lion's Head",
};

const skeletonGorge: Scene = {
  width: 960, height: 1280, seed: 22, sky: ["#8fb8d8", "#dfeef7"], bush: "#2f5d2e",
  layers: [
    { profile: [[0, 0.34], [1, 0.3]], colour: "#4d6b47", rough: 0.03 },
    { svg: (w, h) => `<rect x="${w * 0.47}" y="${h * 0.33}" width="${w * 0.06}" height="${h * 0.6}" fill="#eef6ff" fill-opacity="0.85"/>` },
    { profile: [[0, 0.08], [0.25, 0.3], [0.46, 0.92], [0.5, 1]], colour: "#5a4636", rough: 0.04 },
    { profile: [[0.5, 1], [0.54, 0.92], [0.78, 0.35], [1, 0.12]], colour: "#4a3a2d", rough: 0.04 },
  ],
  caption: "Skeleton Gorge",
};

const chapmansPeak: Scene = {
  width: 960, height: 1280, seed: 33, sky: ["#4a90c8", "#bcdcf0"], sun: [0.78, 0.18], bush: fynbos,
  layers: [
    { profile: [[0, 0.6], [1, 0.6]], colour: "#1f5f8b", rough: 0 },
    { profile: [[0, 0.14], [0.25, 0.2], [0.55, 0.45], [0.75, 0.64], [1, 0.7]], colour: "#8a6a4a", rough: 0.03 },
  ],
  caption: "Chapman's Peak",
};

const tableMountain: Scene = {
  width: 2000, height: 1500, seed: 44, sky: ["#2f7fc1", "#cfe6f5"], sun: [0.88, 0.15], bush: fynbos,
  layers: [
    {
      profile: [[0, 0.62], [0.08, 0.38], [0.13, 0.26], [0.2, 0.36], [0.27, 0.3], [0.78, 0.3], [0.84, 0.42], [0.9, 0.5], [0.95, 0.42], [1, 0.55]],
      colour: "#5e6a72", rough: 0.01,
    },
    { profile: [[0, 0.82], [0.5, 0.78], [1, 0.84]], colour: "#7d8f52", rough: 0.02 },
  ],
  caption: "Table Mountain",
};

/** Small enough to be a thumbnail: exercises upscaling and images with no caption. */
const clubLogo: Scene = {
  width: 48, height: 48, seed: 55, sky: ["#1d8a8a", "#7fd1c7"], bush: fynbos,
  layers: [{ profile: [[0, 0.9], [0.5, 0.2], [1, 0.9]], colour: "#f4f1e8", rough: 0 }],
};

const capePoint: Scene = {
  width: 1600, height: 900, seed: 66, sky: ["#9fb3c2", "#e4e9ec"], bush: "#5b6e3c",
  layers: [
    { profile: [[0, 0.7], [1, 0.7]], colour: "#3c6e8f", rough: 0 },
    { profile: [[0, 0.8], [0.35, 0.77], [0.55, 0.46], [0.72, 0.38], [0.88, 0.5], [1, 0.53]], colour: "#6f6a4e", rough: 0.02 },
    {
      svg: (w, h) =>
        `<rect x="${w * 0.71}" y="${h * 0.24}" width="${w * 0.022}" height="${h * 0.15}" fill="#fafafa"/>` +
        `<rect x="${w * 0.705}" y="${h * 0.21}" width="${w * 0.032}" height="${h * 0.035}" fill="#c0392b"/>` +
        `<rect width="${w}" height="${h}" fill="#ffffff" fill-opacity="0.25"/>`,
    },
  ],
  caption: "Cape Point",
};

/**
 * Six small pictures of the Cape Point hike that Bongani sends together, seconds apart, as WhatsApp
 * sends an album: the archive draws them as one bubble with a grid and "+3".
 */
const capePointAlbum: readonly Scene[] = ([
  ["#7fa7c9", "#dbe8f1", "Dias Beach", [[0, 0.55], [0.4, 0.5], [1, 0.58]], "#c9b28a"],
  ["#9fb3c2", "#eef2f4", "Lighthouse steps", [[0, 0.9], [0.3, 0.6], [0.6, 0.35], [1, 0.25]], "#7a6f55"],
  ["#5d8fbf", "#cde1ef", "Fynbos", [[0, 0.7], [0.5, 0.62], [1, 0.72]], "#6d7f3c"],
  ["#88a9c4", "#e3edf4", "Baboons!", [[0, 0.75], [0.35, 0.68], [1, 0.8]], "#8c7a5b"],
  ["#6f9cc7", "#d6e6f2", "Cape of Good Hope", [[0, 0.5], [0.2, 0.4], [0.45, 0.55], [1, 0.65]], "#5f5a48"],
  ["#f0a86b", "#fbe2c6", "Sunset drive", [[0, 0.72], [0.6, 0.66], [1, 0.7]], "#3f4f3a"],
] as const satisfies readonly (readonly [string, string, string, Profile, string])[]).map(([top, bottom, caption, profile, colour], i) => ({
  // Portrait and landscape in turn, so the grid's square tiles crop both ways.
  width: i % 2 ? 480 : 640, height: i % 2 ? 640 : 480, seed: 70 + i, sky: [top, bottom], bush: fynbos,
  layers: [{ profile, colour, rough: 0.03 }], caption,
}));

const hikingClub: readonly IosMessage[] = [
  { time: "2022-11-05 08:12:03", author: GROUP, notice: "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them." },
  { time: "2022-11-05 08:12:03", author: GROUP, notice: `${ALICE} created group “${GROUP}”` },
  { time: "2022-11-05 08:12:04", author: GROUP, notice: `${ALICE} added ${BONGANI}` },
  { time: "2022-11-05 08:12:04", author: GROUP, notice: `${ALICE} added ${CHLOE}` },
  { time: "2022-11-05 08:12:05", author: GROUP, notice: `${ALICE} added ${DAWID}` },
  { time: "2022-11-05 08:14:40", author: ALICE, text: "Welcome to the Hiking Club! 🥾\nOne hike a month, all levels welcome. First one: Lion's Head on Saturday 19 November." },
  { time: "2022-11-05 08:20:11", author: BONGANI, text: "Sawubona everyone! Count me in 🙌" },
  { time: "2022-11-05 08:31:52", author: CHLOE, text: "Génial, I'm in! Is it very steep? I have only done Alpine walks, no chains or ladders 😅" },
  { time: "2022-11-05 09:02:17", author: DAWID, text: "Dzięki for the invite. What time do we start?" },
  { time: "2022-11-05 09:05:44", author: ALICE, text: "There are chains near the top but there's a path around them. Plan [v1]: meet 6:30 at the parking, start 7:00 (the sunrise crowd comes later)." },
  { time: "2022-11-17 18:40:09", author: ALICE, text: "Packing list for Saturday:\n- 2 litres of water\n- snacks + something for the summit\n- headlamp (we start in the dark)\n\nOptional: poles, camera, a warm top. Dis koud op die berg!" },
  { time: "2022-11-17 18:42:30", author: BONGANI, text: "Lekker! Sien julle Saterdag" },
  { time: "2022-11-17 18:43:02", author: DAWID, text: "👍" },
  { time: "2022-11-17 19:05:17", author: CHLOE, text: "Reminder for everyone: *bring water*, _sunscreen_ and ~your excuses~ a headlamp. Parking ticket number: ```LH-0619```" },
  { time: "2022-11-19 06:21:45", author: DAWID, text: "Running 10 min late, sorry!! Start without me" },
  { time: "2022-11-19 06:22:10", author: ALICE, notice: "Location: https://maps.google.com/?q=-33.9249,18.4241" },
  { time: "2022-11-19 08:47:31", author: BONGANI, attach: { kind: "PHOTO", ext: "jpg", bytes: photo(lionsHead) } },
  { time: "2022-11-19 08:47:50", author: BONGANI, text: "Summit! 🏔️ Ngiyabonga Alice for organising" },
  { time: "2022-11-19 08:52:03", author: CHLOE, text: "🏔️🥾☀️" },
  { time: "2022-11-19 09:30:12", author: DAWID, attach: { kind: "STICKER", ext: "webp", bytes: sticker } },
  { time: "2022-11-19 13:15:40", author: ALICE, text: "Thanks all, that was amazing. Wikipedia says it's 669 m: https://en.wikipedia.org/wiki/Lion%27s_Head_(Cape_Town)" },
  { time: "2022-12-03 10:02:15", author: ALICE, text: "Next one: Skeleton Gorge up from Kirstenbosch, Sunday 11 December. Ladders and a waterfall, bring shoes with grip." },
  { time: "2022-12-03 10:15:48", author: CHLOE, text: "My nephew says to post this to \"hack\" the group 🙄 <script>alert(\"hi\")</script>" },
  { time: "2022-12-03 10:16:20", author: BONGANI, text: "😂😂😂" },
  { time: "2022-12-03 10:18:05", author: DAWID, text: "Nice try. If a box pops up, someone owes me a beer 🍺" },
  { time: "2022-12-11 07:58:33", author: CHLOE, attach: { kind: "PHOTO", ext: "jpg", bytes: photo(skeletonGorge) } },
  { time: "2022-12-11 07:58:49", author: CHLOE, text: "The waterfall after all the rain 💦" },
  { time: "2022-12-11 08:30:20", author: DAWID, attach: { kind: "VIDEO", ext: "mp4", bytes: video } },
  { time: "2022-12-11 08:31:02", author: DAWID, text: "Sound on 🔊" },
  { time: "2022-12-11 15:44:17", author: BONGANI, text: "Спасибо за сегодня! (I'm learning Russian on Duolingo, don't ask 😅)" },
  { time: "2022-12-24 19:02:41", author: ALICE, text: "Geseënde Kersfees almal! 🎄 Merry Christmas, Joyeux Noël, Wesołych Świąt!" },
  { time: "2022-12-24 19:10:08", author: DAWID, text: "Wesołych Świąt! 🎄" },
  { time: "2022-12-31 23:59:58", author: BONGANI, text: "🎆" },
  { time: "2023-01-01 00:00:14", author: CHLOE, text: "Bonne année 🥂" },
  { time: "2023-01-08 17:20:05", author: ALICE, text: "POLL:\nWhere should we go on Sunday 15 January?\nOPTION: Chapman's Peak (3 votes)\nOPTION: Platteklip Gorge (1 vote)\nOPTION: Stay home and braai (0 votes)" },
  { time: "2023-01-08 17:25:31", author: DAWID, text: "Voted. The braai option is very tempting though 🔥" },
  { time: "2023-01-14 09:12:44", author: GROUP, notice: `${ERIN} joined using this group’s invite link` },
  { time: "2023-01-14 09:13:30", author: ERIN, text: "Hi all! Dawid's colleague here, I moved from Bristol last month. Is it ok if I join tomorrow?" },
  { time: "2023-01-14 09:20:02", author: ALICE, text: "Welcome Erin! Of course. Meet 7:00 at the Chapman's Peak lookout" },
  { time: "2023-01-14 09:21:47", author: ERIN, text: "رحلة سعيدة للجميع" },
  { time: "2023-01-14 09:22:15", author: ERIN, text: "(My flatmate taught me that: \"have a good trip, everyone\")" },
  { time: "2023-01-15 09:04:31", author: ALICE, attach: { kind: "PHOTO", ext: "jpg", bytes: photo(chapmansPeak, 6) } },
  { time: "2023-01-15 09:04:58", author: ALICE, text: "Chapman's Peak from the top. Worth the early start!" },
  { time: "2023-01-15 09:40:10", author: ERIN, text: "That was brilliant, thank you! Same time next month? 🙏" },
  { time: "2023-01-20 12:33:07", author: DAWID, notice: "This message was deleted." },
  { time: "2023-01-20 12:33:40", author: DAWID, text: "Wrong group 🙈" },
  { time: "2023-01-28 20:05:13", author: BONGANI, attach: { kind: "AUDIO", ext: "opus", bytes: voiceNote } },
  { time: "2023-01-28 20:05:59", author: CHLOE, text: "Bongani, was that you humming? 😂" },
  { time: "2023-02-04 06:05:22", author: ALICE, text: "Weather for tomorrow looks good: https://example.com/weather?city=Cape+Town&days=3" },
  { time: "2023-02-05 05:48:10", author: BONGANI, notice: "Missed voice call" },
  { time: "2023-02-05 05:49:02", author: BONGANI, text: "Sorry, pocket call. See you at 6!" },
  { time: "2023-02-05 10:21:36", author: CHLOE, attach: { kind: "PHOTO", ext: "jpg", bytes: photo(tableMountain) } },
  { time: "2023-02-05 10:22:05", author: CHLOE, text: "Platteklip Gorge done, top of Table Mountain ✅" },
  { time: "2023-02-05 10:25:44", author: ERIN, attach: { kind: "PHOTO", ext: "jpg", bytes: photo(clubLogo) } },
  { time: "2023-02-05 10:26:10", author: ERIN, text: "Made us a logo. It's small, but so is the club 😄" },
  { time: "2023-02-05 11:02:19", author: DAWID, text: "Next hike: Saturday 18 March, Cape Point. Leaving town at 6:00", edited: true },
  { time: "2023-02-05 11:05:42", author: ALICE, text: "Mooi so! Baie dankie Dawid" },
  { time: "2023-02-18 16:40:27", author: BONGANI, attach: { kind: "PHOTO", ext: "jpg", bytes: null } },
  { time: "2023-02-18 16:41:00", author: BONGANI, text: "Sunset from Signal Hill last night 🌅" },
  { time: "2023-02-18 16:55:13", author: DAWID, omitted: "image omitted" },
  { time: "2023-02-18 16:55:40", author: DAWID, text: "Mine didn't come out as nice" },
  { time: "2023-03-04 14:10:03", author: ALICE, attach: { kind: "DOCUMENT", name: "Route-Plan.pdf", pages: 1, bytes: routePlanPdf } },
  { time: "2023-03-04 14:10:30", author: ALICE, text: "Route plan for Cape Point. Please read the safety bit 🙏" },
  { time: "2023-03-04 14:12:18", author: BONGANI, attach: { kind: "CONTACT", name: "Mountain Rescue.vcf", bytes: rescueCard } },
  { time: "2023-03-04 14:12:50", author: BONGANI, text: "Save this number, just in case. Hopefully we never need it" },
  { time: "2023-03-04 14:20:07", author: ERIN, text: "Great idea. Saved ✔️" },
  { time: "2023-03-18 07:15:00", author: CHLOE, attach: { kind: "PHOTO", ext: "jpg", bytes: photo(capePoint) } },
  { time: "2023-03-18 07:15:33", author: CHLOE, text: "The lighthouse in the mist, très beau" },
  ...capePointAlbum.map((scene, i): IosMessage => ({
    time: `2023-03-18 12:41:${String(5 + i * 3).padStart(2, "0")}`, author: BONGANI, attach: { kind: "PHOTO", ext: "jpg", bytes: photo(scene) },
  })),
  { time: "2023-03-18 12:41:52", author: BONGANI, text: "Some more from today 📸" },
  { time: "2023-03-18 13:02:44", author: DAWID, text: "Thanks everyone, best hike so far. Do zobaczenia w kwietniu! (see you in April)" },
  { time: "2023-03-18 13:10:19", author: ALICE, text: "Lekker dag gehad! Sien julle in April 🥾" },
  { time: "2023-03-18 13:11:02", author: ERIN, text: "❤️" },
];

// ---------------------------------------------------------------------------------------------
// Android export without media, German: one .txt (LF), markers are plain text in the body.

interface AndroidMessage {
  readonly time: string;
  /** null for system notices, which Android writes without an author. */
  readonly author: string | null;
  readonly text: string;
}

function writeAndroidText(messages: readonly AndroidMessage[]): string {
  assertChronological(messages.map((m) => m.time));
  return messages
    .map((m) => {
      const c = clock(m.time);
      const hour = String(c.hour).padStart(2, "0");
      return `${c.day}.${c.month}.${c.year.slice(2)}, ${hour}:${c.minute} - ${m.author === null ? "" : `${m.author}: `}${m.text}`;
    })
    .join("\n") + "\n";
}

/** A one-to-one export names the contact as its file name does; Alice exported both demo chats, so she is ALICE in both. */
const JONAS = "Jonas";
const OMITTED = "<Medien ausgeschlossen>";
const EDITED = " <Diese Nachricht wurde bearbeitet>";

const chatWithJonas: readonly AndroidMessage[] = [
  { time: "2023-01-13 18:22", author: null, text: "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp. Tippe, um mehr zu erfahren." },
  { time: "2023-01-13 18:22", author: JONAS, text: "Hi Alice, hier ist Jonas vom Kletterkurs 👋" },
  { time: "2023-01-13 18:25", author: ALICE, text: "Hey Jonas! Schön, dass du dich meldest" },
  { time: "2023-01-13 18:27", author: JONAS, text: "Hast du Lust, am Sonntag durch den Grunewald zu laufen? Danach vielleicht Kaffee?" },
  { time: "2023-01-13 18:31", author: ALICE, text: "Sehr gerne! Wann und wo?" },
  { time: "2023-01-13 18:33", author: JONAS, text: "11 Uhr am S-Bahnhof Grunewald?" },
  { time: "2023-01-13 18:34", author: ALICE, text: "Passt 👍" },
  { time: "2023-01-15 10:52", author: ALICE, text: "Bin gleich da, die S7 hat Verspätung 🙄" },
  { time: "2023-01-15 10:53", author: JONAS, text: "Kein Stress, ich warte am Ausgang" },
  { time: "2023-01-15 21:04", author: JONAS, text: `${OMITTED}\nDer Teufelssee war heute fast zugefroren` },
  { time: "2023-01-15 21:06", author: ALICE, text: `${OMITTED}\nUnd hier du mit dem Eichhörnchen 😂` },
  { time: "2023-01-15 21:08", author: JONAS, text: "Haha, dieser Blick! Danke für den schönen Tag" },
  { time: "2023-01-15 21:15", author: ALICE, text: "Gern! Für nächstes Mal:\n- bessere Schuhe für mich\n- eine Thermoskanne für dich\n\nUnd früher los, damit wir nicht im Dunkeln zurücklaufen." },
  { time: "2023-01-16 07:41", author: JONAS, text: "Diese Nachricht wurde gelöscht" },
  { time: "2023-01-16 07:42", author: JONAS, text: "Sorry, falscher Chat 🙈" },
  { time: "2023-01-19 12:10", author: ALICE, text: "Kennst du ein gutes Café in Mitte? Meine Schwester kommt am Wochenende" },
  { time: "2023-01-19 12:30", author: JONAS, text: "Standort: https://maps.google.com/?q=52.5200,13.4050" },
  { time: "2023-01-19 12:31", author: JONAS, text: "Das hier, die haben den größten Käsekuchen der Stadt" },
  { time: "2023-01-19 12:45", author: ALICE, text: `Super, danke! Wir gehen am Samstag um 15 Uhr hin${EDITED}` },
  { time: "2023-01-21 16:03", author: ALICE, text: OMITTED },
  { time: "2023-01-21 16:04", author: ALICE, text: "Käsekuchen-Beweis 🍰" },
  { time: "2023-01-21 16:20", author: JONAS, text: "Sieht großartig aus. Grüße an deine Schwester!" },
  { time: "2023-01-24 00:12", author: JONAS, text: "null" },
  { time: "2023-01-24 00:14", author: ALICE, text: "Ein Einmal-Foto? Um Mitternacht? 😄" },
  { time: "2023-01-24 00:15", author: JONAS, text: "Polarlichter von meinem Bruder aus Tromsø. Zu schön zum Speichern 😉" },
  { time: "2023-01-28 09:30", author: ALICE, text: "Wetter für morgen sieht gut aus. Runde um den Schlachtensee? Das sind ca. 5,5 km" },
  { time: "2023-01-28 09:41", author: JONAS, text: "Ja! Ich bringe die Thermoskanne mit, versprochen ☕" },
  { time: "2023-01-29 14:02", author: JONAS, text: OMITTED },
  { time: "2023-01-29 14:05", author: ALICE, text: "😍" },
  { time: "2023-02-02 19:47", author: ALICE, text: "Übrigens: Die Wanderung am Müggelsee am 18.02. steht. Wer fährt?" },
  { time: "2023-02-02 19:50", author: JONAS, text: "Ich fahre. Abfahrt 8:30 bei dir, okay?" },
  { time: "2023-02-02 19:51", author: ALICE, text: "Perfekt. Gute Nacht! 🌙" },
];

// ---------------------------------------------------------------------------------------------

// Local-time Dates, so the DOS timestamps read the same in every time zone.
await writeZip("WhatsApp Chat - Hiking Club.zip", await writeIosExport(hikingClub), new Date(2023, 2, 20, 19, 45, 0));
await writeZip(
  "WhatsApp Chat mit Jonas.zip",
  [{ name: "WhatsApp Chat mit Jonas.txt", data: Buffer.from(writeAndroidText(chatWithJonas), "utf8") }],
  new Date(2023, 1, 12, 10, 30, 0),
);
console.log(`make-demo: wrote two exports to ${CONTENT_DIR}`);
