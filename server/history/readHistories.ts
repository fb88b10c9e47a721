import type { HistoryEntry, RecordHistory } from '../../shared/history/recordHistory';
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
        history: { entity: row.entity, entityId: row.entity_id, caseId: row.case_id, versions: [] },
        previous: null,
      };
      records.set(key, record);
    }
    record.history.versions.push(toEntry(row, record.previous));
    record.previous = row;
  }
  // The case itself leads; the records inside it follow in the order they reached the server.
  return [...records.values()]
    .map((r) => r.history)
    .sort((a, b) => Number(b.entity === 'case') - Number(a.entity === 'case'));
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
