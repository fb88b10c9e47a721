import type { Json } from '../../../shared/sync/mutation';
import type { SqlExecutor } from '../../db/Sql';

/** The current row of a record (case_record for cases, child_record for the records inside them). */
export type LiveRow = {
  case_id: string;
  version: number;
  commit_seq: number;
  data: Record<string, Json>;
  field_seq: Record<string, number>;
  last_hash: string;
  deleted_at: Date | null;
  deleted_reason: string | null;
  team_id: string | null;
  case_number: string | null;
};

export async function readLiveRow(
  db: SqlExecutor,
  entity: string,
  entityId: string,
): Promise<LiveRow | null> {
  const rows =
    entity === 'case'
      ? await db.query<LiveRow>(
          `SELECT id AS case_id, version, commit_seq, data, field_seq, last_hash, deleted_at, deleted_reason,
             team_id, case_number
           FROM case_record WHERE id = $1`,
          [entityId],
        )
      : await db.query<LiveRow>(
          `SELECT case_id, version, commit_seq, data, field_seq, last_hash, NULL::timestamptz AS deleted_at,
             NULL::text AS deleted_reason, NULL::text AS team_id, NULL::text AS case_number
           FROM child_record WHERE entity = $1 AND id = $2`,
          [entity, entityId],
        );
  return rows[0] ?? null;
}
