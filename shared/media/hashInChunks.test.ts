import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../util/bytesToHex';
import { hashInChunks } from './hashInChunks';

const bytes = Uint8Array.from({ length: 10_000 + 37 }, (_, i) => (i * 131 + (i >> 7)) & 0xff);
const readAt = async (offset: number, length: number) => bytes.slice(offset, offset + length);

describe('hashInChunks', () => {
  it('equals the one-shot SHA-256 of the same bytes, whatever the chunk size', async () => {
    // Web Crypto's one-shot digest: another implementation than the incremental one under test.
    const oneShot = bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
    for (const chunk of [1000, 4096, 9999, 10_037, 1 << 20])
      expect(await hashInChunks(readAt, bytes.length, chunk)).toBe(oneShot);
  });

  it('hands every chunk over in order, and refuses a file that came back short', async () => {
    const seen: number[] = [];
    await hashInChunks(
      readAt,
      bytes.length,
      4096,
      async (chunk, index) => void seen.push(index, chunk.length),
    );
    expect(seen).toEqual([0, 4096, 1, 4096, 2, 1845]);
    await expect(hashInChunks(readAt, bytes.length + 1, 4096)).rejects.toThrow(/read/);
  });
});
