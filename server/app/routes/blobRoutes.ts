import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../ServerDeps';

/**
 * Blob endpoints (photos, recordings, scans) — the place for `/sync/v1/blobs`, not built yet.
 *
 * Contract (docs/sync-protocol.md, "Blobs"), backed by the `blob` and `blob_upload` tables of migration 0001:
 * - `POST /sync/v1/blobs {sha256, size, mediaType}` → `{status: 'exists'}` or `{uploadId, offset}`.
 * - `PATCH /sync/v1/blobs/uploads/:uploadId` with `Upload-Offset` and a per-chunk SHA-256 → new offset.
 * - `HEAD /sync/v1/blobs/uploads/:uploadId` → `Upload-Offset` (resume after a dropped connection).
 * - `POST /sync/v1/blobs/uploads/:uploadId/complete` → re-hash, store write-once under the hash, 201 on match.
 * - `GET /sync/v1/blobs/:sha256` with Range support.
 * Authenticate with `authenticate()` like the sync routes; a blob is readable by whoever may see a record
 * referring to it. Chunk bodies need their own content-type parser (application/octet-stream) and limit.
 */
export function registerBlobRoutes(_app: FastifyInstance, _deps: ServerDeps): void {
  // Intentionally empty until the blob upload work lands (issue 4, "Blobs").
}
