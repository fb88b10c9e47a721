import { UUID_PATTERN } from '../../shared/ids/uuidv7';
import type { AuthContext } from '../auth/authenticate';
import type { SqlExecutor } from '../db/Sql';
import { Forbidden } from '../errors/Forbidden';
import { NotFound } from '../errors/NotFound';

/** An upload as the blob operations see it. */
export type BlobUpload = {
  id: string;
  sha256: string;
  size: number;
  mediaType: string;
  receivedBytes: number;
  isCompleted: boolean;
  /** The case the bytes are for (null for uploads announced without one, by builds before migration 0009). */
  caseId: string | null;
};

type UploadRow = {
  id: string;
  sha256: string;
  size: number;
  media_type: string;
  received_bytes: number;
  user_id: string;
  case_id: string | null;
  completed_at: Date | null;
};

/**
 * The upload `uploadId` if it belongs to the caller: NotFound when there is no such upload (or it was
 * discarded), Forbidden when another user started it. Uploads belong to users, not devices: an officer may
 * finish on one laptop what another of their devices started. With `isLocked`, the row is locked for the
 * rest of the transaction, so two chunks sent at once for one upload are taken one after the other.
 */
export async function findOwnUpload(
  db: SqlExecutor,
  auth: AuthContext,
  uploadId: string,
  isLocked = false,
): Promise<BlobUpload> {
  // Ids are UUIDv7: anything else cannot name an upload, so the database is not even asked.
  if (!UUID_PATTERN.test(uploadId)) throw new NotFound('blob.uploadUnknown');
  const rows = await db.query<UploadRow>(
    `SELECT id, sha256, size, media_type, received_bytes, user_id, case_id, completed_at FROM blob_upload WHERE id = $1${
      isLocked ? ' FOR UPDATE' : ''
    }`,
    [uploadId],
  );
  const row = rows[0];
  if (!row) throw new NotFound('blob.uploadUnknown');
  if (row.user_id !== auth.user.id) throw new Forbidden('blob.uploadNotYours');
  return {
    id: row.id,
    sha256: row.sha256,
    size: row.size,
    mediaType: row.media_type,
    receivedBytes: row.received_bytes,
    isCompleted: row.completed_at !== null,
    caseId: row.case_id,
  };
}
