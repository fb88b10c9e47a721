import type { SqlExecutor } from '../db/Sql';

/**
 * Records that the blob `sha256` was given to case `caseId`, proved by the upload `uploadId` (the bytes were
 * sent, or had been sent by the same user). Idempotent: a link, once made, is a fact and stays.
 */
export async function linkBlobToCase(
  db: SqlExecutor,
  link: { sha256: string; caseId: string; uploadId: string },
  now: string,
): Promise<void> {
  await db.query(
    `INSERT INTO blob_case (sha256, case_id, upload_id, linked_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (sha256, case_id) DO NOTHING`,
    [link.sha256, link.caseId, link.uploadId, now],
  );
}
