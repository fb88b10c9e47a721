import type { Migration } from './Migration';

/**
 * Large recordings in pieces (issue 11): a file above WHOLE_BLOB_MAX_BYTES (shared/sync/blobProtocol.ts)
 * is stored as rows of STORED_CHUNK_BYTES each, keyed `<sha256>:<index, 8 digits>` so the key order is the
 * byte order, and indexed by hash. No single IndexedDB value (nor the ArrayBuffer it is read into) ever
 * holds a whole 4 GiB body-cam file; each chunk is sealed on its own like every other row.
 */
export const m0005BlobChunks = {
  version: 5,
  stores: {
    blobChunks: 'key, sha256',
  },
} as const satisfies Migration;
