/**
 * A seeded pseudo-random source, so every run of the benchmark parses byte-for-byte the same exports
 * and figures from different runs or machines can be compared.
 */

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1): mulberry32, small and fast, good enough for made-up chats. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Like pick, but the first items come up far more often: a few people write most of a chat. */
  pickSkewed<T>(items: readonly T[]): T {
    const r = this.next();
    return items[Math.floor(r * r * items.length)]!;
  }

  /** Seconds until the next message: exponential, as arrivals of independent events are. */
  gap(meanSeconds: number): number {
    return Math.round(-Math.log(1 - this.next()) * meanSeconds);
  }
}
