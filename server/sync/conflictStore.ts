import { randomUUID } from 'node:crypto';
import type { SyncConflict } from '../../shared/sync/protocol';
import type { Json, SyncedEntity } from '../../shared/sync/mutation';
import type { SqlExecutor } from '../db/Sql';
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

/** Records a conflict (status open) and returns its id. */
export async function openConflict(tx: SqlExecutor, c: NewConflict): Promise<string> {
  const id = randomUUID();
  await tx.query(
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
  return id;
}

/**
 * Marks a device's own open conflicts on a field as superseded: its later mutation on that field states
 * its current intent (the superseded conflict stays on record, closed).
 */
export async function supersedeOwnConflicts(
  tx: SqlExecutor,
  where: { entity: SyncedEntity; entityId: string; fields: string[]; deviceId: string },
  at: { commitSeq: number; time: string; userId: string; mutationId: string },
): Promise<void> {
  if (where.fields.length === 0) return;
  await tx.query(
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
  tx: SqlExecutor,
  where: { entity: SyncedEntity; entityId: string; resolutions: Record<string, Json> },
  at: { commitSeq: number; time: string; userId: string; mutationId: string },
): Promise<number> {
  let closed = 0;
  for (const [field, value] of Object.entries(where.resolutions)) {
    const rows = await tx.query(
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
};

/** The conflicts of these records that were open at commit `asOfSeq` (opened by then, not yet closed). */
export async function listOpenConflictsAsOf(
  db: SqlExecutor,
  entity: SyncedEntity,
  entityIds: string[],
  asOfSeq: number,
): Promise<SyncConflict[]> {
  if (entityIds.length === 0) return [];
  const rows = await db.query<ConflictRow>(
    `SELECT * FROM field_conflict
     WHERE entity = $1 AND entity_id = ANY($2::text[]) AND opened_seq <= $3 AND (closed_seq IS NULL OR closed_seq > $3)
     ORDER BY opened_seq, id`,
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
    },
    theirsBy: {
      authorUserId: r.theirs_author_user_id,
      deviceId: r.theirs_device_id,
      mutationId: r.theirs_mutation_id,
    },
    openedSeq: r.opened_seq,
    openedAt: r.opened_at.toISOString(),
  }));
}
