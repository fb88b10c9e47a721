import type { ChainCheck } from '../../../shared/history/chainCheck';
import type { Json } from '../../../shared/sync/mutation';
import type { SqlExecutor } from '../../db/Sql';
import { GENESIS_HASH, versionHash } from './versionHash';

type VersionRow = {
  entity: string;
  entity_id: string;
  version: number;
  commit_seq: number;
  case_id: string;
  origin: 'device' | 'admin';
  mutation_id: string | null;
  author_user_id: string | null;
  device_id: string | null;
  device_time: string | null;
  server_time: Date;
  data: Record<string, Json>;
  field_seq: Record<string, number>;
  changed_fields: string[];
  deleted_at: Date | null;
  deleted_reason: string | null;
  prev_hash: string;
  hash: string;
};

/**
 * Recomputes the hash chain of one record's versions: every hash must match its content and link to the
 * previous one, with versions numbered 1, 2, 3… without gaps.
 */
export async function verifyVersionChain(
  db: SqlExecutor,
  entity: string,
  entityId: string,
): Promise<ChainCheck> {
  const rows = await db.query<VersionRow>(
    'SELECT * FROM entity_version WHERE entity = $1 AND entity_id = $2 ORDER BY version',
    [entity, entityId],
  );
  let prevHash = GENESIS_HASH;
  for (const [index, row] of rows.entries()) {
    const expected = versionHash({
      entity: row.entity,
      entityId: row.entity_id,
      version: row.version,
      commitSeq: row.commit_seq,
      caseId: row.case_id,
      origin: row.origin,
      mutationId: row.mutation_id,
      authorUserId: row.author_user_id,
      deviceId: row.device_id,
      deviceTime: row.device_time,
      serverTime: row.server_time.toISOString(),
      data: row.data,
      fieldSeq: row.field_seq,
      changedFields: row.changed_fields,
      deletedAt: row.deleted_at ? row.deleted_at.toISOString() : null,
      deletedReason: row.deleted_reason,
      prevHash,
    });
    if (row.version !== index + 1 || row.prev_hash !== prevHash || row.hash !== expected) {
      return { isIntact: false, brokenAtVersion: row.version };
    }
    prevHash = row.hash;
  }
  return { isIntact: true, versions: rows.length };
}
