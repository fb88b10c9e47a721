import { randomBytes } from 'node:crypto';
import { uuidv7 } from '../../shared/ids/uuidv7';
import type { BlobCreateRequest, BlobCreateResponse } from '../../shared/sync/blobProtocol';
import type { AuthContext } from '../auth/authenticate';
import type { Sql } from '../db/Sql';

/**
 * `POST /sync/v1/blobs`: bytes the server already holds are never sent again (`exists`, whoever uploaded
 * them); otherwise the caller's unfinished upload of the same blob is resumed at its offset, or a new one
 * is opened at 0.
 */
export async function announceBlob(
  sql: Sql,
  auth: AuthContext,
  request: BlobCreateRequest,
  nowMs: number,
): Promise<BlobCreateResponse> {
  const now = new Date(nowMs).toISOString();
  return sql.transaction(async (tx) => {
    const stored = await tx.query<{ size: number }>('SELECT size FROM blob WHERE sha256 = $1', [
      request.sha256,
    ]);
    if (stored[0]) {
      // Chunks this user had sent for the same bytes are no longer needed.
      await tx.query('DELETE FROM blob_upload WHERE user_id = $1 AND sha256 = $2 AND completed_at IS NULL', [
        auth.user.id,
        request.sha256,
      ]);
      return { status: 'exists', sha256: request.sha256, size: stored[0].size };
    }
    // Two announcements racing (a retry while the first answer is still on its way) meet on the partial
    // unique index: the second inserts nothing and resumes the first one's upload.
    await tx.query(
      `INSERT INTO blob_upload (id, sha256, size, media_type, user_id, device_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
       ON CONFLICT (user_id, sha256, size) WHERE completed_at IS NULL DO NOTHING`,
      [
        uuidv7(nowMs, randomBytes(10)),
        request.sha256,
        request.size,
        request.mediaType,
        auth.user.id,
        auth.deviceId,
        now,
      ],
    );
    const open = await tx.query<{ id: string; received_bytes: number }>(
      `SELECT id, received_bytes FROM blob_upload
       WHERE user_id = $1 AND sha256 = $2 AND size = $3 AND completed_at IS NULL`,
      [auth.user.id, request.sha256, request.size],
    );
    const upload = open[0]!;
    return { status: 'upload', uploadId: upload.id, offset: upload.received_bytes, size: request.size };
  });
}
