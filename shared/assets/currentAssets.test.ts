import { describe, expect, it } from 'vitest';
import { currentAssets } from './currentAssets';
import { makeMachinery } from './testing/makeAsset';

describe('currentAssets', () => {
  it('keeps the latest row of a carried chain and every unrelated asset', () => {
    const v1 = makeMachinery({ id: 'r1', visitId: 'v1' });
    const v2 = makeMachinery({ id: 'r2', visitId: 'v2', carriedFrom: { assetId: 'r1', mark: 'present' } });
    const v3 = makeMachinery({ id: 'r3', visitId: 'v3', carriedFrom: { assetId: 'r2', mark: 'moved' } });
    const other = makeMachinery({ id: 'o', visitId: 'v1' });
    expect(currentAssets([v1, other, v3, v2]).map((a) => a.id)).toEqual(['o', 'r3']);
  });

  it('keeps both copies when one row was carried twice (counts towards an earlier warning)', () => {
    const v1 = makeMachinery({ id: 'r1' });
    const a = makeMachinery({ id: 'a', carriedFrom: { assetId: 'r1', mark: 'present' } });
    const b = makeMachinery({ id: 'b', carriedFrom: { assetId: 'r1', mark: 'present' } });
    expect(currentAssets([v1, a, b]).map((x) => x.id)).toEqual(['a', 'b']);
  });
});
