import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '../../../shared/sync/signedHead';
import { compareCheckpoint } from './compareCheckpoint';

const checkpoint = (id: number, commitSeq: number, digest = 'a'): Checkpoint => ({
  id,
  commitSeq,
  createdAt: '2026-12-01T00:00:00.000Z',
  headCount: 1,
  headsSha256: digest.repeat(64),
  keyId: 'k1',
  signature: 'c2ln',
});

describe('compareCheckpoint', () => {
  it('accepts the first checkpoint seen, the same one again, and a later one', () => {
    expect(compareCheckpoint(null, null)).toEqual({ kind: 'none' });
    expect(compareCheckpoint(null, checkpoint(1, 5))).toEqual({ kind: 'extends', id: 1 });
    expect(compareCheckpoint(checkpoint(2, 5), checkpoint(2, 5))).toEqual({ kind: 'extends', id: 2 });
    expect(compareCheckpoint(checkpoint(2, 5), checkpoint(3, 9, 'b'))).toEqual({ kind: 'extends', id: 3 });
  });

  it('flags a checkpoint that does not extend the one kept', () => {
    const held = checkpoint(3, 9);
    // A lower number: later checkpoints were removed.
    expect(compareCheckpoint(held, checkpoint(2, 5))).toEqual({ kind: 'regressed', heldId: 3, latestId: 2 });
    // None at all any more.
    expect(compareCheckpoint(held, null)).toEqual({ kind: 'regressed', heldId: 3, latestId: null });
    // The same number with another digest: one was replaced after a rewrite.
    expect(compareCheckpoint(held, checkpoint(3, 9, 'b'))).toEqual({
      kind: 'regressed',
      heldId: 3,
      latestId: 3,
    });
    // A later number that goes back in commits.
    expect(compareCheckpoint(held, checkpoint(4, 8))).toEqual({ kind: 'regressed', heldId: 3, latestId: 4 });
  });
});
