import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { bytesToHex } from '../../shared/util/bytesToHex';

/** A SHA-256 fed piece by piece (an upload's chunks as they are stored or read back). */
export type RunningSha256 = {
  update(bytes: Uint8Array): void;
  /** An independent copy of the state so far: digesting it leaves this one usable. */
  copy(): RunningSha256;
  /** The lower-case hex digest; the hash takes no more input after it. */
  hex(): string;
};

function running(hash: Hash): RunningSha256 {
  return {
    update: (bytes) => void hash.update(bytes),
    copy: () => running(hash.copy()),
    hex: () => bytesToHex(hash.digest()),
  };
}

/**
 * Every SHA-256 the court server computes: blob chunks and uploads, the version hash chain, mutation
 * checksums, refresh-token hashes. node:crypto rather than Web Crypto: it is synchronous (the hash chain is
 * computed inside the push's final write), hashes multi-MiB chunks natively without a copy, and can be fed
 * and copied incrementally, which Web Crypto cannot. Hex through the shared encoder, as on every platform.
 */
export const sha256 = {
  /** Lower-case hex SHA-256 of bytes, or of a string's UTF-8. */
  hex(data: Uint8Array | string): string {
    return bytesToHex(createHash('sha256').update(data).digest());
  },
  /** A running hash, fed with `update`. */
  start(): RunningSha256 {
    return running(createHash('sha256'));
  },
};
