/**
 * Where a blob's bytes are, as `blob.storage_path` records it. Both are tables of this database, so one
 * backup holds records and photos alike; the column would let a later build keep very large files
 * elsewhere without a schema change.
 */
export const STORAGE_PATHS = {
  /** The chunks of the upload named by `blob.upload_id`, kept where they were stored (migration 0005). */
  uploadChunks: 'db:blob_upload_chunk',
  /** `blob_content`, keyed by the hash: blobs stored before migration 0005 (their chunks were copied). */
  blobContent: 'db:blob_content',
} as const;
