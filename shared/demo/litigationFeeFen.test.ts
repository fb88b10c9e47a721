import { describe, expect, it } from 'vitest';
import { litigationFeeFen } from './litigationFeeFen';
import { preservationFeeFen } from './preservationFeeFen';

const yuan = (n: number) => Math.round(n * 100);

describe('litigationFeeFen (诉讼费用交纳办法 art. 13)', () => {
  it.each([
    [5_000, 50],
    [10_000, 50],
    [100_000, 2_300],
    [200_000, 4_300],
    [500_000, 8_800],
    [1_000_000, 13_800],
    [2_000_000, 22_800],
    [5_000_000, 46_800],
    [10_000_000, 81_800],
    [20_000_000, 141_800],
    [50_000_000, 291_800],
    [123_456.78, 2_769.14],
  ])('charges %f yuan a fee of %f yuan', (claim, fee) => {
    expect(litigationFeeFen(yuan(claim))).toBe(yuan(fee));
  });
});

describe('preservationFeeFen (诉讼费用交纳办法 art. 14)', () => {
  it.each([
    [500, 30],
    [1_000, 30],
    [50_000, 520],
    [100_000, 1_020],
    [500_000, 3_020],
    [896_000, 5_000],
    [10_000_000, 5_000],
  ])('charges %f yuan a fee of %f yuan', (amount, fee) => {
    expect(preservationFeeFen(yuan(amount))).toBe(yuan(fee));
  });
});
