import type { Json } from '../../../shared/sync/mutation';
import type { SqlExecutor } from '../../db/Sql';
import { liveRowMismatch } from './liveRowMismatch';
import { readLiveRow } from './readLiveRow';
import type { RecordChainCheck } from './RecordChainCheck';
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
 * Recomputes the hash chain of one record's versions — every hash must match its content and link to the
 * previous one, versions numbered 1, 2, 3… without gaps — and compares the chain's end with the record's
 * current row: a row at a version the chain does not reach (its latest versions removed), a row that
 * differs from the latest version, or a row without versions, is a break like a wrong hash.
 */
export async function checkRecordChain(
  db: SqlExecutor,
  entity: string,
  entityId: string,
): Promise<RecordChainCheck> {
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
    const broken = (problem: 'numbering' | 'link' | 'hash', detail: string): RecordChainCheck => ({
      isIntact: false,
      brokenAtVersion: row.version,
      problem,
      detail,
    });
    if (row.version !== index + 1) return broken('numbering', `version ${index + 1} is missing`);
    if (row.prev_hash !== prevHash) return broken('link', 'does not link to the previous version');
    if (row.hash !== expected) return broken('hash', 'its hash does not match its content');
    prevHash = row.hash;
  }
  const live = await readLiveRow(db, entity, entityId);
  const latest = rows.at(-1);
  if (!latest) {
    return live
      ? {
          isIntact: false,
          brokenAtVersion: Math.max(1, live.version),
          problem: 'versionsMissing',
          detail: 'the record exists without any version',
        }
      : { isIntact: true, versions: 0 };
  }
  if (!live)
    return {
      isIntact: false,
      brokenAtVersion: latest.version,
      problem: 'liveRowMissing',
      detail: 'the record itself is gone',
    };
  if (live.version > latest.version)
    return {
      isIntact: false,
      brokenAtVersion: latest.version + 1,
      problem: 'truncated',
      detail: `the record is at version ${live.version}, its history ends at ${latest.version}`,
    };
  const column = liveRowMismatch(live, latest);
  if (column !== null)
    return {
      isIntact: false,
      brokenAtVersion: latest.version,
      problem: 'liveRowDiffers',
      detail: `the record's ${column} differs from its latest version`,
    };
  return { isIntact: true, versions: rows.length };
}
