import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RunningHashes } from './RunningHashes';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('RunningHashes', () => {
  const bytes = randomBytes(10_000);

  it('gives the SHA-256 of an upload followed chunk by chunk from offset 0', () => {
    const hashes = new RunningHashes();
    hashes.advance('u', 0, bytes.subarray(0, 4_000));
    expect(hashes.digest('u', 10_000)).toBeNull();
    hashes.advance('u', 4_000, bytes.subarray(4_000));
    expect(hashes.digest('u', 10_000)).toBe(sha(bytes));
    // Asked again (a repeated complete): the same answer.
    expect(hashes.digest('u', 10_000)).toBe(sha(bytes));
    // A size the hash does not cover exactly is never answered.
    expect(hashes.digest('u', 9_999)).toBeNull();
  });

  it('forgets an upload it did not follow from the start (a restart, another server process)', () => {
    const hashes = new RunningHashes();
    hashes.advance('u', 4_000, bytes.subarray(4_000));
    expect(hashes.digest('u', 6_000)).toBeNull();
    expect(hashes.digest('u', 10_000)).toBeNull();
  });

  it('drops an upload whose chunks it saw out of order, rather than hash a gap', () => {
    const hashes = new RunningHashes();
    hashes.advance('u', 0, bytes.subarray(0, 3_000));
    // The chunk at 3 000 was stored by another process; this one sees the next.
    hashes.advance('u', 6_000, bytes.subarray(6_000));
    hashes.advance('u', 3_000, bytes.subarray(3_000, 6_000));
    expect(hashes.digest('u', 6_000)).toBeNull();
    expect(hashes.digest('u', 10_000)).toBeNull();
  });

  it('keeps uploads apart; forgets on request and past its capacity (least recently extended first)', () => {
    const hashes = new RunningHashes(2);
    const [a, b, c] = [randomBytes(10), randomBytes(20), randomBytes(30)];
    hashes.advance('a', 0, a);
    hashes.advance('b', 0, b);
    expect([hashes.digest('a', 10), hashes.digest('b', 20)]).toEqual([sha(a), sha(b)]);
    hashes.advance('a', 10, c);
    hashes.advance('c', 0, c);
    expect(hashes.digest('b', 20)).toBeNull();
    expect(hashes.digest('a', 40)).toBe(sha(Buffer.concat([a, c])));
    hashes.forget('a');
    expect(hashes.digest('a', 40)).toBeNull();
    expect(hashes.digest('c', 30)).toBe(sha(c));
  });
});
