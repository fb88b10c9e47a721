import { describe, expect, it } from 'vitest';
import { createPrng } from './prng';

describe('createPrng', () => {
  it('repeats the same sequence for the same seed, numeric or text', () => {
    const draw = (seed: number | string) => {
      const p = createPrng(seed);
      return Array.from({ length: 20 }, () => p.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw('baotou')).toEqual(draw('baotou'));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw('baotou')).not.toEqual(draw('baotov'));
  });

  it('gives mulberry32’s reference output for seed 0', () => {
    // The reference implementation's first output for seed 0 is 0.26642920868471265 (= 1144304738 / 2^32).
    expect(createPrng(0).next()).toBe(0.26642920868471265);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const p = createPrng(7);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = p.next();
      if (x < 0 || x >= 1) outside++;
      else buckets[Math.floor(x * 10)]!++;
    }
    expect(outside).toBe(0);
    for (const b of buckets) expect(Math.abs(b - 10_000)).toBeLessThan(500);
  });

  it('int covers both bounds and nothing outside them', () => {
    const p = createPrng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) seen.add(p.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('weighted follows the weights', () => {
    const p = createPrng(2);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        p.weighted([
          ['a', 9],
          ['b', 1],
        ] as const) === 'a'
      )
        heavy++;
    expect(heavy / 10_000).toBeCloseTo(0.9, 1);
  });

  it('logNormal has the requested median and respects its clamp', () => {
    const p = createPrng(3);
    const xs = Array.from({ length: 5_001 }, () => p.logNormal(100, 1, 10, 1_000)).sort((a, b) => a - b);
    expect(xs[0]).toBeGreaterThanOrEqual(10);
    expect(xs.at(-1)).toBeLessThanOrEqual(1_000);
    expect(xs[2_500]! / 100).toBeGreaterThan(0.9);
    expect(xs[2_500]! / 100).toBeLessThan(1.1);
  });

  it('bytes gives the requested length with all values used', () => {
    const p = createPrng(4);
    expect(p.bytes(10)).toHaveLength(10);
    const all = new Set(p.bytes(20_000));
    expect(all.size).toBe(256);
  });

  it('shuffle returns a permutation of its input', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = createPrng(5).shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });
});
