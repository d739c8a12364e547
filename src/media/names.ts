/** File names for the output's media folders: the export's own name wherever file systems allow it. */

/** What Windows refuses in a name (and "/" everywhere), and control characters. */
const ILLEGAL = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f]/g;
/** Names Windows keeps for devices, whatever their extension. */
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
/** Under the 255 bytes ext4, APFS and NTFS allow, with room for "_", "-99" and the thumbnail's ".webp". */
const MAX_BYTES = 240;
/** How long an ending may be and still be kept as the extension when a long name is cut. */
const MAX_EXTENSION = 16;

/** The name with every character a common file system refuses or hides by replaced with "_"; never a path. */
export function safeName(name: string): string {
  const cut = truncate(name.replace(ILLEGAL, "_"));
  // Leading dots hide a file (and ".." climbs); Windows drops trailing dots and spaces.
  const safe = cut.replace(/^\.+|[. ]+$/g, (run) => "_".repeat(run.length)) || "_";
  return DEVICE.test(safe) ? `_${safe}` : safe;
}

/**
 * A safe name for each of one folder's files, none alike even where case and Unicode normalization
 * are ignored (macOS, Windows). Names that are already safe keep them; the others are named after,
 * so a replaced name never takes one the export itself uses.
 */
export function folderNames(names: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set<string>();
  const claim = (name: string, safe: string): void => {
    let candidate = safe;
    for (let n = 2; taken.has(fold(candidate)); n++) candidate = withNumber(safe, n);
    taken.add(fold(candidate));
    result.set(name, candidate);
  };
  for (const name of names) if (safeName(name) === name) claim(name, name);
  for (const name of names) if (!result.has(name)) claim(name, safeName(name));
  return result;
}

function fold(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** "photo.jpg" → "photo-2.jpg". */
function withNumber(name: string, n: number): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
}

/** Cuts a name to MAX_BYTES of UTF-8 at a character boundary, keeping a short extension. */
function truncate(name: string): string {
  if (Buffer.byteLength(name) <= MAX_BYTES) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= MAX_EXTENSION ? name.slice(dot) : "";
  let room = MAX_BYTES - Buffer.byteLength(extension);
  let stem = "";
  for (const char of name.slice(0, name.length - extension.length)) {
    room -= Buffer.byteLength(char);
    if (room < 0) break;
    stem += char;
  }
  return stem + extension;
}
