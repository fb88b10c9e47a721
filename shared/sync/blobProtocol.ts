import { z } from 'zod';
import { INERT_MEDIA_TYPE, isAttachmentMediaType } from '../media/attachmentMediaTypes';
import { problemSchema } from './protocol';

/**
 * Wire messages of the blob endpoints (photos, recordings, scans; docs/sync-protocol.md, "Blobs"). Blobs are
 * content-addressed by SHA-256 and uploaded in chunks that can resume after a dropped connection. The server
 * parses requests with these schemas and the app parses the answers with them.
 */

/**
 * Largest blob the court server accepts, and so the largest file an officer can attach on site (the app
 * refuses bigger ones at capture, not at sync). A photo is a few MB; a body-cam recording of a whole visit
 * is several GB (cameras split files at 4 GiB, the FAT32 limit; exFAT cards do not). The server keeps a
 * blob as the rows of the chunks it was uploaded in (migration 0005), never as one value, and hashes it
 * chunk by chunk, so nothing there holds a whole file in memory; the app stores files above
 * `WHOLE_BLOB_MAX_BYTES` in chunks too.
 */
export const MAX_BLOB_BYTES = 8 * 1024 * 1024 * 1024;
/**
 * Largest file the app reads, hashes and stores as one piece (and the desktop shell takes in one IPC
 * call). Bigger files (long recordings) are hashed incrementally and stored in chunks of
 * `STORED_CHUNK_BYTES`, never held whole in memory.
 */
export const WHOLE_BLOB_MAX_BYTES = 64 * 1024 * 1024;
/** Size of one stored chunk of a large file on the device: the upload chunk, so one read feeds one PATCH. */
export const STORED_CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * Largest body of one `PATCH` chunk (the JSON body limit of the other routes is separate). Court servers
 * before this limit was raised took 1 MiB and answer bigger chunks with 413 `blob.chunkTooLarge`.
 */
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * Chunk size the app uses. Each chunk costs a request, a transaction and its checksum, whatever its size:
 * measured, 4 MiB chunks stored photos about 1.2× (PGlite) and 1.5× (PostgreSQL) faster than 1 MiB ones.
 * A drop on a weak mobile link loses at most the chunk in flight (seconds on 4G).
 */
export const DEFAULT_CHUNK_BYTES = MAX_CHUNK_BYTES;
/** The smallest chunk the app falls back to when a server refuses bigger ones (every build takes this). */
export const MIN_FALLBACK_CHUNK_BYTES = 1024 * 1024;

/** Request header of `PATCH`: where this chunk starts; answer header of `PATCH` and `HEAD`: bytes stored. */
export const UPLOAD_OFFSET_HEADER = 'upload-offset';
/** Request header of `PATCH`: lower-case hex SHA-256 of the chunk body. */
export const CHUNK_SHA256_HEADER = 'chunk-sha256';
/** Media type of `PATCH` bodies. */
export const CHUNK_MEDIA_TYPE = 'application/octet-stream';

/** A SHA-256 as the blob's name: 64 lower-case hex digits, nothing else (no path can be smuggled in). */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The media type announced with a blob: one of the attachment allowlist (sniffed from the bytes at
 * capture), or the inert `application/octet-stream` of a record kept from before the list existed (its
 * bytes are evidence all the same, and are only ever offered as a file to save). Anything else — `text/html`,
 * `image/svg+xml` — is refused. The server also serves blobs with `nosniff` and a sandbox CSP.
 */
export const blobMediaTypeSchema = z
  .string()
  .max(200)
  .refine((type) => type === INERT_MEDIA_TYPE || isAttachmentMediaType(type), {
    error: 'attachment.typeNotAllowed',
  });

/**
 * `POST /sync/v1/blobs`: announce a blob before sending its bytes. `caseId` names the case whose attachment
 * the bytes are for: a blob is readable through the cases it was uploaded to, so the same bytes given to
 * another case are sent again (proof of possession; stored once). Builds before it omit it: their uploads
 * are linked to no case and only the uploader reads them back.
 */
export const blobCreateRequestSchema = z.object({
  sha256: sha256HexSchema,
  size: z.number().int().nonnegative().max(MAX_BLOB_BYTES),
  mediaType: blobMediaTypeSchema,
  caseId: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\x21-\x7e]+$/)
    .optional(),
});
export type BlobCreateRequest = z.infer<typeof blobCreateRequestSchema>;

const offsetSchema = z.number().int().nonnegative();

/**
 * `exists`: the server already holds these bytes for this case (or for this uploader), nothing to send.
 * Bytes held only for other cases are answered `upload`, exactly like bytes the server does not have:
 * announcing never tells whether another team holds a file.
 * `upload`: send the bytes from `offset` with `PATCH /sync/v1/blobs/uploads/:uploadId`. An unfinished upload
 * of the same blob by the same user is resumed (same id, its current offset), never restarted.
 */
export const blobCreateResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('exists'), sha256: sha256HexSchema, size: offsetSchema }),
  z.object({
    status: z.literal('upload'),
    uploadId: z.string().min(1).max(100),
    offset: offsetSchema,
    size: offsetSchema,
  }),
]);
export type BlobCreateResponse = z.infer<typeof blobCreateResponseSchema>;

/** Answer of an accepted `PATCH`: bytes stored so far (also in the `Upload-Offset` header). */
export const blobChunkResponseSchema = z.object({ offset: offsetSchema });
export type BlobChunkResponse = z.infer<typeof blobChunkResponseSchema>;

/**
 * HTTP 409 body of `PATCH` (the chunk did not start where the server is) and of `complete` (bytes are
 * missing): resume from `offset`.
 */
export const blobOffsetConflictSchema = z.object({ error: problemSchema, offset: offsetSchema });
export type BlobOffsetConflict = z.infer<typeof blobOffsetConflictSchema>;

/** HTTP 201 of `POST /sync/v1/blobs/uploads/:uploadId/complete`: the bytes hash to `sha256` and are stored. */
export const blobCompleteResponseSchema = z.object({
  status: z.literal('stored'),
  sha256: sha256HexSchema,
  size: offsetSchema,
});
export type BlobCompleteResponse = z.infer<typeof blobCompleteResponseSchema>;
