import type { AuthContext } from '../auth/authenticate';
import type { Sql } from '../db/Sql';
import { MAX_BLOB_BYTES } from '../../shared/sync/blobProtocol';
import { Throttled } from '../errors/Throttled';

/**
 * A device may hold at most this many unfinished uploads, reserving at most this many bytes in all: room
 * for two of the largest recordings at once (a body-cam file uploading while the next is announced), so a
 * legitimate recording is never refused by the cap, while a rogue device cannot reserve the disk.
 */
export const MAX_OPEN_UPLOADS_PER_DEVICE = 16;
export const MAX_OPEN_UPLOAD_BYTES_PER_DEVICE = 2 * MAX_BLOB_BYTES;
/** An unfinished upload that received nothing for this long is abandoned: it expires and is removed. */
export const UPLOAD_EXPIRY_MS = 7 * 24 * 60 * 60 * 1000;
/** When a device at its cap is told to try again (its current uploads finish meanwhile). */
const RETRY_AFTER_SECONDS = 60;

/**
 * Before an upload is reserved (`POST /sync/v1/blobs`): removes the device's own expired unfinished
 * uploads (their chunks go with them; a blob never names an unfinished upload), then refuses with
 * `upload.tooManyOpen` (429) when one more would take the device over its cap of open uploads or reserved
 * bytes. Announcing a blob the device is already uploading resumes that upload and is never refused.
 * Uploads of devices that never come back are purged by the `housekeeping` command.
 */
export async function enforceUploadQuota(
  sql: Sql,
  auth: AuthContext,
  announced: { sha256: string; size: number },
  nowMs: number,
): Promise<void> {
  const expiredBefore = new Date(nowMs - UPLOAD_EXPIRY_MS).toISOString();
  await sql.query(
    `DELETE FROM blob_upload WHERE device_id = $1 AND completed_at IS NULL AND updated_at < $2::timestamptz`,
    [auth.deviceId, expiredBefore],
  );
  const [open] = await sql.query<{ uploads: number; bytes: string; is_resumed: boolean }>(
    `SELECT count(*)::int AS uploads, coalesce(sum(size), 0)::bigint AS bytes,
       bool_or(user_id = $2 AND sha256 = $3 AND size = $4) AS is_resumed
     FROM blob_upload WHERE device_id = $1 AND completed_at IS NULL`,
    [auth.deviceId, auth.user.id, announced.sha256, announced.size],
  );
  if (open!.is_resumed) return;
  if (
    open!.uploads >= MAX_OPEN_UPLOADS_PER_DEVICE ||
    Number(open!.bytes) + announced.size > MAX_OPEN_UPLOAD_BYTES_PER_DEVICE
  ) {
    throw new Throttled('upload.tooManyOpen', RETRY_AFTER_SECONDS);
  }
}
