import { describe, expect, it } from 'vitest';
import { diffVersionData } from './diffVersionData';

describe('diffVersionData', () => {
  it('lists every field of a first version, from null', () => {
    expect(diffVersionData(null, { notes: 'a', recoveredFen: 0 })).toEqual([
      { field: 'notes', from: null, to: 'a' },
      { field: 'recoveredFen', from: null, to: 0 },
    ]);
  });

  it('lists only the fields that differ, comparing nested values regardless of key order', () => {
    const before = { notes: 'a', claim: { principalFen: 1, costsFen: 2 }, status: 'enforcing' };
    const after = { notes: 'b', claim: { costsFen: 2, principalFen: 1 }, status: 'enforcing' };
    expect(diffVersionData(before, after)).toEqual([{ field: 'notes', from: 'a', to: 'b' }]);
  });

  it('reports a field added or removed between versions', () => {
    expect(diffVersionData({ a: 1, gone: 'x' }, { a: 1, added: [1] })).toEqual([
      { field: 'added', from: null, to: [1] },
      { field: 'gone', from: 'x', to: null },
    ]);
  });
});
