/**
 * A seeded pseudo-random generator for demo data. shared/ must be reproducible and platform-free, so demo
 * data never touches Math.random or crypto: the same seed always yields the same court.
 */
export type Prng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight: [[value, weight], ...]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** Standard normal (mean 0, sd 1), by Box–Muller. */
  normal(): number;
  /** exp(ln(median) + sigma·N(0,1)), clamped to [min, max]: skewed sizes such as amounts and durations. */
  logNormal(median: number, sigma: number, min: number, max: number): number;
  bytes(count: number): Uint8Array;
  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[];
};

/** FNV-1a, so that a readable seed such as "baotou" works as well as a number. */
function hashSeed(seed: number | string): number {
  if (typeof seed === 'number') return seed >>> 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: tiny, fast and good enough for demo data (not for anything secret). */
export function createPrng(seed: number | string): Prng {
  let state = hashSeed(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const normal = (): number => {
    // 1 - next() is in (0, 1], so the logarithm is finite.
    const u = 1 - next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (entries) => {
      let total = 0;
      for (const [, w] of entries) total += w;
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      // Only reachable through floating-point rounding at the very top of the range.
      return entries[entries.length - 1]![0];
    },
    normal,
    logNormal: (median, sigma, min, max) =>
      Math.min(max, Math.max(min, Math.exp(Math.log(median) + sigma * normal()))),
    bytes: (count) => {
      const out = new Uint8Array(count);
      for (let i = 0; i < count; i += 4) {
        let word = Math.floor(next() * 4_294_967_296);
        for (let j = i; j < Math.min(count, i + 4); j++) {
          out[j] = word & 0xff;
          word >>>= 8;
        }
      }
      return out;
    },
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(0, i);
        [items[i], items[j]] = [items[j]!, items[i]!];
      }
      return items;
    },
  };
}
