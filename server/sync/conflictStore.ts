import { randomUUID } from 'node:crypto';
import type { SyncConflict } from '../../shared/sync/protocol';
import type { Json, SyncedEntity } from '../../shared/sync/mutation';
import type { SqlExecutor } from '../db/Sql';
import type { MutationContext } from './MutationContext';
import type { Writer } from './Writer';

/** A conflict about to be recorded. */
export type NewConflict = {
  entity: SyncedEntity;
  entityId: string;
  caseId: string;
  kind: 'field' | 'delete_vs_edit';
  field: string;
  base: Json;
  mine: Json;
  theirs: Json;
  mineBy: { userId: string; deviceId: string; mutationId: string };
  theirsBy: Writer | null;
  openedSeq: number;
  openedAt: string;
};

/** Records a conflict (status open) and returns its id. Written at once: a push's careful mode only. */
export async function openConflict(ctx: MutationContext, c: NewConflict): Promise<string> {
  ctx.store.requireCareful('a conflict is opened');
  const id = randomUUID();
  await ctx.tx.query(
    `INSERT INTO field_conflict (id, entity, entity_id, case_id, kind, field, base, mine, theirs,
       mine_author_user_id, mine_device_id, mine_mutation_id, theirs_author_user_id, theirs_device_id,
       theirs_mutation_id, opened_seq, opened_at, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11, $12, $13, $14, $15, $16, $17::timestamptz, 'open')`,
    [
      id,
      c.entity,
      c.entityId,
      c.caseId,
      c.kind,
      c.field,
      JSON.stringify(c.base),
      JSON.stringify(c.mine),
      JSON.stringify(c.theirs),
      c.mineBy.userId,
      c.mineBy.deviceId,
      c.mineBy.mutationId,
      c.theirsBy?.userId ?? null,
      c.theirsBy?.deviceId ?? null,
      c.theirsBy?.mutationId ?? null,
      c.openedSeq,
      c.openedAt,
    ],
  );
  ctx.store.noteOwnConflict(c.entity, c.entityId);
  return id;
}

/**
 * Marks a device's own open conflicts on a field as superseded: its later mutation on that field states
 * its current intent (the superseded conflict stays on record, closed). Nothing to do, and no statement,
 * when the device has no open conflict on the record (the common case).
 */
export async function supersedeOwnConflicts(
  ctx: MutationContext,
  where: { entity: SyncedEntity; entityId: string; fields: string[]; deviceId: string },
  at: { commitSeq: number; time: string; userId: string; mutationId: string },
): Promise<void> {
  if (where.fields.length === 0) return;
  if (!(await ctx.store.mayHaveOwnOpenConflict(where.entity, where.entityId))) return;
  ctx.store.requireCareful('own conflicts are superseded');
  await ctx.tx.query(
    `UPDATE field_conflict SET status = 'superseded', closed_seq = $5, closed_at = $6::timestamptz,
       closed_by_user_id = $7, closed_by_mutation_id = $8
     WHERE entity = $1 AND entity_id = $2 AND field = ANY($3::text[]) AND mine_device_id = $4 AND status = 'open'`,
    [
      where.entity,
      where.entityId,
      where.fields,
      where.deviceId,
      at.commitSeq,
      at.time,
      at.userId,
      at.mutationId,
    ],
  );
}

/** Closes every open conflict on the given fields as resolved, recording who decided and the value chosen. */
export async function resolveConflicts(
  ctx: MutationContext,
  where: { entity: SyncedEntity; entityId: string; resolutions: Record<string, Json> },
  at: { commitSeq: number; time: string; userId: string; mutationId: string },
): Promise<number> {
  ctx.store.requireCareful('conflicts are resolved');
  let closed = 0;
  for (const [field, value] of Object.entries(where.resolutions)) {
    const rows = await ctx.tx.query(
      `UPDATE field_conflict SET status = 'resolved', closed_seq = $4, closed_at = $5::timestamptz,
         closed_by_user_id = $6, closed_by_mutation_id = $7, resolution = $8::jsonb
       WHERE entity = $1 AND entity_id = $2 AND field = $3 AND status = 'open' RETURNING id`,
      [
        where.entity,
        where.entityId,
        field,
        at.commitSeq,
        at.time,
        at.userId,
        at.mutationId,
        JSON.stringify(value),
      ],
    );
    closed += rows.length;
  }
  return closed;
}

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
