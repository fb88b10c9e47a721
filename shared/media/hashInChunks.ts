import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '../util/bytesToHex';
import type { ReadAt } from './readMvhdCreationTime';

/**
 * Lower-case hex SHA-256 of a file read `chunkBytes` at a time, so a 4 GiB recording is hashed holding one
 * chunk in memory (Web Crypto has no streaming digest). `onChunk` sees every chunk in order, after it was
 * hashed — the chunked store writes it there, so the file is read once for both.
 */
export async function hashInChunks(
  readAt: ReadAt,
  size: number,
  chunkBytes: number,
  onChunk?: (bytes: Uint8Array, index: number) => Promise<void>,
): Promise<string> {
  const hash = sha256.create();
  for (let offset = 0, index = 0; offset < size; offset += chunkBytes, index++) {
    const length = Math.min(chunkBytes, size - offset);
    const bytes = await readAt(offset, length);
    // A file that shrank while being read (a recorder still writing it) must not be stored short.
    if (bytes.byteLength !== length)
      throw new Error(`read ${bytes.byteLength} bytes at ${offset}, not ${length}`);
    hash.update(bytes);
    await onChunk?.(bytes, index);
  }
  return bytesToHex(hash.digest());
}
