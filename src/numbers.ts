/** How the archive writes sizes and checks counts, the same way wherever it does. */

/** Units of 1024 as the command line and the pages write sizes ("561.8 KB"); the `bytes` package's names. */
export const SIZE_UNITS: readonly string[] = ["B", "KB", "MB", "GB", "TB", "PB"];

/** Units of 1024 by their IEC names, as warnings about ingest's caps write sizes ("it is 5 MiB"). */
export const IEC_UNITS: readonly string[] = ["bytes", "KiB", "MiB", "GiB", "TiB"];

export interface SizeFormat {
  /** Writes the number; the archive's language's own on pages. Default: as JavaScript writes it. */
  readonly number?: (n: number) => string;
  /** Between the number and the unit; default a space. */
  readonly separator?: string;
}

/**
 * A size in bytes in the largest of `units` it reaches, each 1024 times the one before, rounded to
 * one decimal with a trailing ".0" dropped: 1536 → "1.5 KB", 2 GiB → "2 GB".
 */
export function formatBytes(bytes: number, units: readonly string[], format: SizeFormat = {}): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${(format.number ?? String)(Math.round(value * 10) / 10)}${format.separator ?? " "}${units[unit]}`;
}

/** A whole number of 1 or more: a count of things, a size in pixels. */
export function isPositiveInteger(n: number): boolean {
  return Number.isInteger(n) && n >= 1;
}
