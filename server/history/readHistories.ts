import type { HistoryConflict, HistoryEntry, RecordHistory } from '../../shared/history/recordHistory';
import { mutationOpSchema, type Json, type SyncedEntity } from '../../shared/sync/mutation';
import type { SqlExecutor } from '../db/Sql';
import { diffVersionData } from './diffVersionData';

type HistoryRow = {
  entity: SyncedEntity;
  entity_id: string;
  case_id: string;
  version: number;
  commit_seq: number;
  server_time: Date;
  device_time: string | null;
  origin: 'device' | 'admin';
  mutation_id: string | null;
  author_user_id: string | null;
  author_name: string | null;
  device_id: string | null;
  device_name: string | null;
  data: Record<string, Json>;
  deleted_at: Date | null;
  deleted_reason: string | null;
  hash: string;
  payload: string | null;
};

/** Which versions to read: one record's, or those of a case and every record inside it. */
export type HistoryScope = { entity: SyncedEntity; entityId: string } | { caseId: string };

/**
 * Every version in `scope` with its author's and device's names and the reason its mutation carried (from
 * `mutation_log`, kept exactly as received), grouped per record: versions oldest first, records in the
 * order they first reached the server. Nothing here decides access: callers check the case first.
 */
export async function readHistories(db: SqlExecutor, scope: HistoryScope): Promise<RecordHistory[]> {
  const [where, params] =
    'caseId' in scope
      ? ['v.case_id = $1', [scope.caseId]]
      : ['v.entity = $1 AND v.entity_id = $2', [scope.entity, scope.entityId]];
  const rows = await db.query<HistoryRow>(
    `SELECT v.entity, v.entity_id, v.case_id, v.version, v.commit_seq, v.server_time, v.device_time, v.origin,
       v.mutation_id, v.author_user_id, u.name AS author_name, v.device_id, d.name AS device_name, v.data,
       v.deleted_at, v.deleted_reason, v.hash, m.payload
     FROM entity_version v
     LEFT JOIN app_user u ON u.id = v.author_user_id
     LEFT JOIN device d ON d.id = v.device_id
     LEFT JOIN LATERAL (
       SELECT payload FROM mutation_log
       WHERE mutation_id = v.mutation_id AND device_id = v.device_id AND status <> 'rejected'
       ORDER BY client_seq LIMIT 1
     ) m ON v.mutation_id IS NOT NULL
     WHERE ${where}
     ORDER BY v.commit_seq, v.entity, v.entity_id, v.version`,
    params,
  );
  const records = new Map<string, { history: RecordHistory; previous: HistoryRow | null }>();
  for (const row of rows) {
    const key = `${row.entity}\u0000${row.entity_id}`;
    let record = records.get(key);
    if (!record) {
      record = {
        history: {
          entity: row.entity,
          entityId: row.entity_id,
          caseId: row.case_id,
          versions: [],
          conflicts: [],
        },
        previous: null,
      };
      records.set(key, record);
    }
    record.history.versions.push(toEntry(row, record.previous));
    record.previous = row;
  }
  for (const conflict of await readConflicts(db, where, params)) {
    records.get(`${conflict.entity}\u0000${conflict.entityId}`)?.history.conflicts.push(conflict.value);
  }
  // The case itself leads; the records inside it follow in the order they reached the server.
  return [...records.values()]
    .map((r) => r.history)
    .sort((a, b) => Number(b.entity === 'case') - Number(a.entity === 'case'));
}

type ConflictRow = {
  id: string;
  entity: SyncedEntity;
  entity_id: string;
  kind: HistoryConflict['kind'];
  field: string;
  status: HistoryConflict['status'];
  base: Json;
  mine: Json;
  theirs: Json;
  resolution: Json | null;
  mine_author_user_id: string;
  mine_name: string | null;
  mine_device_id: string;
  theirs_author_user_id: string | null;
  theirs_name: string | null;
  opened_at: Date;
  closed_at: Date | null;
  closed_by_user_id: string | null;
  closed_name: string | null;
  payload: string | null;
};

/** Every conflict of the records in scope (`where` over the alias `v`), with names and the decision's reason. */
async function readConflicts(
  db: SqlExecutor,
  where: string,
  params: unknown[],
): Promise<{ entity: SyncedEntity; entityId: string; value: HistoryConflict }[]> {
  const rows = await db.query<ConflictRow>(
    `SELECT v.id, v.entity, v.entity_id, v.kind, v.field, v.status, v.base, v.mine, v.theirs, v.resolution,
       v.mine_author_user_id, mu.name AS mine_name, v.mine_device_id, v.theirs_author_user_id,
       tu.name AS theirs_name, v.opened_at, v.closed_at, v.closed_by_user_id, cu.name AS closed_name, m.payload
     FROM field_conflict v
     LEFT JOIN app_user mu ON mu.id = v.mine_author_user_id
     LEFT JOIN app_user tu ON tu.id = v.theirs_author_user_id
     LEFT JOIN app_user cu ON cu.id = v.closed_by_user_id
     LEFT JOIN LATERAL (
       SELECT payload FROM mutation_log WHERE mutation_id = v.closed_by_mutation_id ORDER BY client_seq LIMIT 1
     ) m ON v.closed_by_mutation_id IS NOT NULL
     WHERE ${where}
     ORDER BY v.opened_seq, v.id`,
    params,
  );
  return rows.map((r) => ({
    entity: r.entity,
    entityId: r.entity_id,
    value: {
      id: r.id,
      field: r.field,
      kind: r.kind,
      status: r.status,
      base: r.base,
      mine: r.mine,
      theirs: r.theirs,
      mineBy: {
        userId: r.mine_author_user_id,
        name: r.mine_name ?? r.mine_author_user_id,
        deviceId: r.mine_device_id,
      },
      theirsBy:
        r.theirs_author_user_id === null
          ? null
          : { userId: r.theirs_author_user_id, name: r.theirs_name ?? r.theirs_author_user_id },
      openedAt: r.opened_at.toISOString(),
      closedAt: r.closed_at?.toISOString() ?? null,
      closedBy:
        r.closed_by_user_id === null
          ? null
          : { userId: r.closed_by_user_id, name: r.closed_name ?? r.closed_by_user_id },
      resolution: r.status === 'resolved' ? r.resolution : null,
      reason: r.status === 'resolved' ? parsePayload(r.payload).reason : null,
    },
  }));
}

function toEntry(row: HistoryRow, previous: HistoryRow | null): HistoryEntry {
  const mutation = parsePayload(row.payload);
  const wasDeleted = previous !== null && previous.deleted_at !== null;
  const isDeleted = row.deleted_at !== null;
  return {
    version: row.version,
    commitSeq: row.commit_seq,
    serverTime: row.server_time.toISOString(),
    deviceTime: row.device_time,
    origin: row.origin,
    op: mutation.op,
    mutationId: row.mutation_id,
    author:
      row.author_user_id === null
        ? null
        : { userId: row.author_user_id, name: row.author_name ?? row.author_user_id },
    device: row.device_id === null ? null : { id: row.device_id, name: row.device_name ?? row.device_id },
    reason: mutation.reason,
    changes: diffVersionData(previous?.data ?? null, row.data),
    deletion: isDeleted ? { deletedAt: row.deleted_at!.toISOString(), reason: row.deleted_reason } : null,
    deletionChange: isDeleted && !wasDeleted ? 'deleted' : !isDeleted && wasDeleted ? 'restored' : null,
    hash: row.hash,
  };
}

/** The op and reason of a mutation as received; the raw text may be anything a device sent. */
function parsePayload(payload: string | null): Pick<HistoryEntry, 'op' | 'reason'> {
  if (payload === null) return { op: null, reason: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return { op: null, reason: null };
  }
  const loose = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const op = mutationOpSchema.safeParse(loose.op);
  return {
    op: op.success ? op.data : null,
    reason: typeof loose.reason === 'string' && loose.reason.trim() !== '' ? loose.reason : null,
  };
}
