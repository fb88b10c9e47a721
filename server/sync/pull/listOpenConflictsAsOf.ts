import type { SyncConflict } from '../../../shared/sync/protocol';
import type { Json, SyncedEntity } from '../../../shared/sync/mutation';
import type { SqlExecutor } from '../../db/Sql';

type ConflictRow = {
  id: string;
  entity: SyncedEntity;
  entity_id: string;
  case_id: string;
  kind: 'field' | 'delete_vs_edit';
  field: string;
  base: Json;
  mine: Json;
  theirs: Json;
  mine_author_user_id: string;
  mine_device_id: string;
  mine_mutation_id: string;
  theirs_author_user_id: string | null;
  theirs_device_id: string | null;
  theirs_mutation_id: string | null;
  opened_seq: number;
  opened_at: Date;
  theirs_server_time: Date | null;
  theirs_device_time: string | null;
  mine_payload: string | null;
};

/** The device time stated in a logged mutation's raw text (kept as received; it may not even be JSON). */
function loggedDeviceTime(payload: string | null): string | null {
  if (payload === null) return null;
  try {
    const parsed: unknown = JSON.parse(payload);
    const time = (parsed as { deviceTime?: unknown } | null)?.deviceTime;
    return typeof time === 'string' ? time : null;
  } catch {
    return null;
  }
}

/**
 * The conflicts of these records that were open at commit `asOfSeq` (opened by then, not yet closed), with
 * the times of both sides: "mine" reached the server when the conflict opened (its device time is in the
 * mutation log); "theirs" is the committed version its mutation wrote.
 */
export async function listOpenConflictsAsOf(
  db: SqlExecutor,
  entity: SyncedEntity,
  entityIds: string[],
  asOfSeq: number,
): Promise<SyncConflict[]> {
  if (entityIds.length === 0) return [];
  const rows = await db.query<ConflictRow>(
    `SELECT fc.*, tv.server_time AS theirs_server_time, tv.device_time AS theirs_device_time,
       ml.payload AS mine_payload
     FROM field_conflict fc
     LEFT JOIN LATERAL (
       SELECT v.server_time, v.device_time FROM entity_version v
       WHERE v.entity = fc.entity AND v.entity_id = fc.entity_id AND v.mutation_id = fc.theirs_mutation_id
       ORDER BY v.version LIMIT 1
     ) tv ON true
     LEFT JOIN mutation_log ml ON ml.device_id = fc.mine_device_id AND ml.mutation_id = fc.mine_mutation_id
     WHERE fc.entity = $1 AND fc.entity_id = ANY($2::text[]) AND fc.opened_seq <= $3
       AND (fc.closed_seq IS NULL OR fc.closed_seq > $3)
     ORDER BY fc.opened_seq, fc.id`,
    [entity, entityIds, asOfSeq],
  );
  return rows.map((r) => ({
    id: r.id,
    entity: r.entity,
    entityId: r.entity_id,
    caseId: r.case_id,
    kind: r.kind,
    field: r.field,
    base: r.base,
    mine: r.mine,
    theirs: r.theirs,
    mineBy: {
      authorUserId: r.mine_author_user_id,
      deviceId: r.mine_device_id,
      mutationId: r.mine_mutation_id,
      serverTime: r.opened_at.toISOString(),
      deviceTime: loggedDeviceTime(r.mine_payload),
    },
    theirsBy: {
      authorUserId: r.theirs_author_user_id,
      deviceId: r.theirs_device_id,
      mutationId: r.theirs_mutation_id,
      serverTime: r.theirs_server_time?.toISOString() ?? null,
      deviceTime: r.theirs_device_time,
    },
    openedSeq: r.opened_seq,
    openedAt: r.opened_at.toISOString(),
  }));
}
