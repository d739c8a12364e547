import bytes from "bytes";
import { describe, expect, it } from "vitest";
import { formatBytes, IEC_UNITS, isPositiveInteger, SIZE_UNITS } from "../src/numbers.js";

/** Sizes around every unit's edges, and a spread between them. */
const SIZES = [0, 1, 999, 1000, 1023, 1024, 1025, 1536, 1075, 1126, 10 * 1024 - 1, 2 ** 20 - 1, 2 ** 20, 5 * 2 ** 20 + 52_429, 2 ** 30, 2 ** 31, 20 * 2 ** 30, 2 ** 40, 3 * 2 ** 50]
  .concat(Array.from({ length: 2_000 }, (_, i) => Math.floor(1.37 ** (i % 120) + i * 7919)));

describe("sizes", () => {
  it("are written as the bytes package writes them, with a space or without", () => {
    for (const n of SIZES) {
      expect(formatBytes(n, SIZE_UNITS)).toBe(bytes.format(n, { unitSeparator: " ", decimalPlaces: 1 }));
      expect(formatBytes(n, SIZE_UNITS, { separator: "" })).toBe(bytes.format(n, { decimalPlaces: 1 }));
    }
  });

  it("are written in IEC units in warnings, small ones in bytes", () => {
    expect(formatBytes(1000, IEC_UNITS)).toBe("1000 bytes");
    expect(formatBytes(4 * 2 ** 20, IEC_UNITS)).toBe("4 MiB");
    expect(formatBytes(11_366, IEC_UNITS)).toBe("11.1 KiB");
    expect(formatBytes(2 ** 42, IEC_UNITS)).toBe("4 TiB");
  });

  it("stop at the last unit given, and write the number as told", () => {
    expect(formatBytes(2 ** 41, SIZE_UNITS.slice(0, 4), { number: (n) => n.toLocaleString("en-US") })).toBe("2,048 GB");
  });
});

describe("whole numbers of 1 or more", () => {
  it("are told from zero, negatives, fractions and what is not a number", () => {
    expect([1, 2, 500].every(isPositiveInteger)).toBe(true);
    expect([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY].some(isPositiveInteger)).toBe(false);
  });
});
