import { describe, expect, it } from 'vitest';
import type { RecordHistory } from '../../../shared/history/recordHistory';
import { compareHeldHead } from './compareHeldHead';

const hash = (c: string) => c.repeat(64);
const history = (hashes: string[]) =>
  ({
    entity: 'case',
    entityId: 'c1',
    caseId: 'c1',
    conflicts: [],
    versions: hashes.map((h, i) => ({ version: i + 1, hash: h })),
  }) as unknown as RecordHistory;
const held = (version: number, h: string) => ({ version, hash: h, keyId: 'k', signature: 's' });

describe('compareHeldHead', () => {
  it('matches when the server still shows the signed hash at that version, newer versions or not', () => {
    expect(compareHeldHead(held(2, hash('b')), history([hash('a'), hash('b'), hash('c')]))).toEqual({
      kind: 'matches',
      version: 2,
    });
  });

  it('says changed when the hash at that version differs (hashes recomputed) or the version is gone', () => {
    expect(compareHeldHead(held(2, hash('b')), history([hash('a'), hash('x')]))).toEqual({
      kind: 'changed',
      version: 2,
    });
    expect(compareHeldHead(held(2, hash('b')), history([hash('a')]))).toEqual({
      kind: 'changed',
      version: 2,
    });
  });
});
