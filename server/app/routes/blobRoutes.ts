import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  CHUNK_MEDIA_TYPE,
  CHUNK_SHA256_HEADER,
  MAX_BLOB_BYTES,
  MAX_CHUNK_BYTES,
  UPLOAD_OFFSET_HEADER,
  blobCreateRequestSchema,
  sha256HexSchema,
} from '../../../shared/sync/blobProtocol';
import { announceBlob } from '../../blobs/announceBlob';
import { appendChunk } from '../../blobs/appendChunk';
import { completeUpload } from '../../blobs/completeUpload';
import { enforceUploadQuota } from '../../blobs/enforceUploadQuota';
import { findOwnUpload } from '../../blobs/findOwnUpload';
import { mayReadBlob } from '../../blobs/mayReadBlob';
import { parseRange } from '../../blobs/parseRange';
import { readBlobContent } from '../../blobs/readBlobContent';
import { RunningHashes } from '../../blobs/RunningHashes';
import { InvalidInput } from '../../errors/InvalidInput';
import { NotFound } from '../../errors/NotFound';
import { RangeNotSatisfiable } from '../../errors/RangeNotSatisfiable';
import { TooLarge } from '../../errors/TooLarge';
import { UnsupportedMediaType } from '../../errors/UnsupportedMediaType';
import type { BodyErrorCodes } from '../handleError';
import { parseBody } from '../parseBody';
import type { ServerDeps } from '../ServerDeps';

type UploadParams = { Params: { uploadId: string } };

/** A header's single value (a repeated header is as bad as a missing one). */
function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** A blob's media type as served: the recorded one when it is a plain `type/subtype`, else octet-stream. */
function servedMediaType(recorded: string): string {
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i.test(recorded)
    ? recorded
    : CHUNK_MEDIA_TYPE;
}

/**
 * Blob endpoints (photos, recordings, scans; docs/sync-protocol.md, "Blobs"), every one behind the Bearer
 * access token:
 * - `POST /sync/v1/blobs {sha256, size, mediaType}` → `{status: 'exists'}` or `{status: 'upload', uploadId,
 *   offset}` (an unfinished upload of the same blob by the same user is resumed).
 * - `PATCH /sync/v1/blobs/uploads/:uploadId`, body application/octet-stream (≤ 4 MiB), headers
 *   `Upload-Offset` (must equal the server's offset, else 409 with the real one) and `Chunk-Sha256`
 *   (else 400, nothing stored) → `{offset}`.
 * - `HEAD /sync/v1/blobs/uploads/:uploadId` → `Upload-Offset` (resume after a dropped connection).
 * - `POST /sync/v1/blobs/uploads/:uploadId/complete` → SHA-256 of every stored byte (hashed as the chunks
 *   were stored, or read back), store write-once under the hash, 201 on a match; 422 and the upload
 *   discarded on a mismatch.
 * - `GET /sync/v1/blobs/:sha256` with a single `Range` (206 + Content-Range, 416 when unsatisfiable).
 * Uploads belong to the user who started them. Any signed-in user may read a stored blob: knowing its
 * 256-bit name means having been sent a record that names it, and that record was access-checked.
 * The routes live in their own scope so the octet-stream parser and its 4 MiB limit apply here only; the
 * JSON routes keep the server-wide parser and limit. A chunk the parser refuses is told in blob terms
 * (`bodyErrorCodes`); blob codes carry their own texts (server/blobs/blobMessages.ts).
 */
export function registerBlobRoutes(app: FastifyInstance, deps: ServerDeps): void {
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      CHUNK_MEDIA_TYPE,
      { parseAs: 'buffer', bodyLimit: MAX_CHUNK_BYTES },
      (_request, body, done) => done(null, body),
    );
    // Per server process: a chunk stored by another process (or before a restart) only costs a re-read.
    const hashes = new RunningHashes();
    const chunkBodyErrors: BodyErrorCodes = {
      tooLarge: 'blob.chunkTooLarge',
      unsupportedMediaType: 'blob.chunkMediaType',
    };

    scope.post('/sync/v1/blobs', async (request) => {
      const caller = request.auth;
      const body = request.body as Record<string, unknown> | null;
      // Told apart from other bad input: the officer has to act (compress or split the file).
      if (typeof body?.size === 'number' && body.size > MAX_BLOB_BYTES) throw new TooLarge('blob.tooLarge');
      if (typeof body?.sha256 === 'string' && !sha256HexSchema.safeParse(body.sha256).success)
        throw new InvalidInput('blob.badHash', 'sha256');
      const announced = parseBody(blobCreateRequestSchema, body);
      await enforceUploadQuota(deps.sql, caller, announced, deps.clock());
      return announceBlob(deps.sql, caller, announced, deps.clock());
    });

    scope.patch<UploadParams>(
      '/sync/v1/blobs/uploads/:uploadId',
      { bodyLimit: MAX_CHUNK_BYTES, config: { bodyErrorCodes: chunkBodyErrors } },
      async (request, reply) => {
        const caller = request.auth;
        // Any other parser of the server (JSON) would have read the body: refuse what is not a chunk.
        if (!(request.body instanceof Uint8Array) && request.body !== undefined)
          throw new UnsupportedMediaType('blob.chunkMediaType');
        const offsetText = header(request, UPLOAD_OFFSET_HEADER);
        if (offsetText === undefined || !/^\d{1,15}$/.test(offsetText))
          throw new InvalidInput('blob.badOffset');
        const checksum = header(request, CHUNK_SHA256_HEADER)?.toLowerCase();
        if (checksum === undefined || !sha256HexSchema.safeParse(checksum).success)
          throw new InvalidInput('blob.badChunkChecksum');
        const bytes = request.body;
        if (!(bytes instanceof Uint8Array)) throw new InvalidInput('blob.emptyChunk');
        const offset = await appendChunk(
          deps.sql,
          caller,
          request.params.uploadId,
          { offset: Number(offsetText), sha256: checksum, bytes },
          deps.clock(),
          hashes,
        );
        void reply.header(UPLOAD_OFFSET_HEADER, String(offset)).header('cache-control', 'no-store');
        return { offset };
      },
    );

    scope.head<UploadParams>('/sync/v1/blobs/uploads/:uploadId', async (request, reply) => {
      const caller = request.auth;
      const upload = await findOwnUpload(deps.sql, caller, request.params.uploadId);
      void reply
        .header(UPLOAD_OFFSET_HEADER, String(upload.isCompleted ? upload.size : upload.receivedBytes))
        .header('upload-length', String(upload.size))
        .header('cache-control', 'no-store')
        .status(200)
        .send();
    });

    scope.post<UploadParams>('/sync/v1/blobs/uploads/:uploadId/complete', async (request, reply) => {
      const caller = request.auth;
      const stored = await completeUpload(deps.sql, caller, request.params.uploadId, deps.clock(), hashes);
      return reply.status(201).send(stored);
    });

    scope.get<{ Params: { sha256: string } }>('/sync/v1/blobs/:sha256', async (request, reply) => {
      const caller = request.auth;
      const { sha256 } = request.params;
      if (!sha256HexSchema.safeParse(sha256).success) throw new InvalidInput('blob.badHash', 'sha256');
      // The same answer as a missing blob: another team's evidence is not even confirmed to exist.
      if (!(await mayReadBlob(deps.sql, caller, sha256))) throw new NotFound('blob.notFound');
      const rows = await deps.sql.query<{
        size: number;
        media_type: string;
        storage_path: string;
        upload_id: string | null;
      }>('SELECT size, media_type, storage_path, upload_id FROM blob WHERE sha256 = $1', [sha256]);
      const blob = rows[0];
      if (!blob) throw new NotFound('blob.notFound');
      const range = parseRange(header(request, 'range'), blob.size);
      if (range.kind === 'unsatisfiable') {
        throw new RangeNotSatisfiable('blob.rangeNotSatisfiable', blob.size);
      }
      const [start, end] = range.kind === 'part' ? [range.start, range.end] : [0, blob.size - 1];
      void reply
        .status(range.kind === 'part' ? 206 : 200)
        .header('content-type', servedMediaType(blob.media_type))
        .header('content-length', String(end - start + 1))
        .header('accept-ranges', 'bytes')
        // Content-addressed: the bytes under a name never change.
        .header('etag', `"${sha256}"`)
        .header('cache-control', 'private, max-age=31536000, immutable')
        // Never let a browser render uploaded content as a page.
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'");
      if (range.kind === 'part') void reply.header('content-range', `bytes ${start}-${end}/${blob.size}`);
      if (end < start) return reply.send(Buffer.alloc(0));
      const stored = { sha256, storagePath: blob.storage_path, uploadId: blob.upload_id };
      return reply.send(Readable.from(readBlobContent(deps.sql, stored, start, end), { objectMode: false }));
    });
  });
}
