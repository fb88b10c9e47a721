import { randomBytes } from 'node:crypto';
import { uuidv7 } from '../../shared/ids/uuidv7';
import type { BlobCreateRequest, BlobCreateResponse } from '../../shared/sync/blobProtocol';
import type { AuthContext } from '../auth/authenticate';
import type { SqlExecutor, Sql } from '../db/Sql';
import { NotFound } from '../errors/NotFound';
import { isCaseVisible } from './isCaseVisible';
import { linkBlobToCase } from './linkBlobToCase';
import { ownCompletedUpload } from './ownCompletedUpload';

/**
 * Whether the caller already holds the stored bytes where they announce them: linked to the named case, or
 * sent by the caller before (their own completed upload, made in their current team). In that second case
 * the bytes are linked to the named case now: the caller proved possession, sending them again proves
 * nothing more.
 */
async function isHeld(tx: SqlExecutor, auth: AuthContext, request: BlobCreateRequest, now: string) {
  const { sha256, caseId } = request;
  if (caseId !== undefined) {
    const linked = await tx.query('SELECT 1 FROM blob_case WHERE sha256 = $1 AND case_id = $2', [
      sha256,
      caseId,
    ]);
    if (linked.length > 0) return true;
  }
  const proof = await ownCompletedUpload(tx, auth.user, sha256);
  if (proof === null) return false;
  if (caseId !== undefined) await linkBlobToCase(tx, { sha256, caseId, uploadId: proof }, now);
  return true;
}

/**
 * `POST /sync/v1/blobs`: opens (or resumes) the upload of a blob for a case. Bytes are never sent twice
 * where the server already holds them for the caller (`exists`, see isHeld); bytes the server holds only
 * for other cases are asked for (`upload`) exactly as if it did not have them, so an announcement never
 * tells whether another team holds a file, and completing that upload links the stored bytes to this case
 * without storing them again. The case must be one the caller may see. Otherwise the caller's unfinished
 * upload of the same blob is resumed at its offset, or a new one is opened at 0.
 */
export async function announceBlob(
  sql: Sql,
  auth: AuthContext,
  request: BlobCreateRequest,
  nowMs: number,
): Promise<BlobCreateResponse> {
  const now = new Date(nowMs).toISOString();
  return sql.transaction(async (tx) => {
    // Another team's case and a case that does not exist look the same.
    if (request.caseId !== undefined && !(await isCaseVisible(tx, auth, request.caseId)))
      throw new NotFound('blob.caseUnknown');
    const stored = await tx.query<{ size: number }>('SELECT size FROM blob WHERE sha256 = $1', [
      request.sha256,
    ]);
    if (stored[0] && (await isHeld(tx, auth, request, now))) {
      // Chunks this user had sent for the same bytes are no longer needed.
      await tx.query('DELETE FROM blob_upload WHERE user_id = $1 AND sha256 = $2 AND completed_at IS NULL', [
        auth.user.id,
        request.sha256,
      ]);
      return { status: 'exists', sha256: request.sha256, size: stored[0].size };
    }
    // Two announcements racing (a retry while the first answer is still on its way) meet on the partial
    // unique index: the second inserts nothing and resumes the first one's upload (and its case: the
    // bytes are linked to this one when it is announced again after that upload completed).
    await tx.query(
      `INSERT INTO blob_upload (id, sha256, size, media_type, user_id, device_id, case_id, team_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
       ON CONFLICT (user_id, sha256, size) WHERE completed_at IS NULL DO NOTHING`,
      [
        uuidv7(nowMs, randomBytes(10)),
        request.sha256,
        request.size,
        request.mediaType,
        auth.user.id,
        auth.deviceId,
        request.caseId ?? null,
        auth.user.teamId,
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
