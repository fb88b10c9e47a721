import { randomUUID } from 'node:crypto';
import type { Json, SyncedEntity } from '../../../shared/sync/mutation';
import type { PushStore } from './PushStore';
import type { Writer } from './Writer';

/** Who closes a conflict (supersedes or resolves it), in which commit and when. */
export type ConflictCloser = { commitSeq: number; time: string; userId: string; mutationId: string };

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
export async function openConflict(store: PushStore, c: NewConflict): Promise<string> {
  store.requireCareful('a conflict is opened');
  const id = randomUUID();
  await store.tx.query(
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
  store.noteOwnConflict(c.entity, c.entityId);
  return id;
}

/**
 * Marks a device's own open conflicts on a field as superseded: its later mutation on that field states
 * its current intent (the superseded conflict stays on record, closed). Nothing to do, and no statement,
 * when the device has no open conflict on the record (the common case).
 */
export async function supersedeOwnConflicts(
  store: PushStore,
  where: { entity: SyncedEntity; entityId: string; fields: readonly string[]; deviceId: string },
  at: ConflictCloser,
): Promise<void> {
  if (where.fields.length === 0) return;
  if (!(await store.mayHaveOwnOpenConflict(where.entity, where.entityId))) return;
  store.requireCareful('own conflicts are superseded');
  await store.tx.query(
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
  store: PushStore,
  where: { entity: SyncedEntity; entityId: string; resolutions: Record<string, Json> },
  at: ConflictCloser,
): Promise<number> {
  store.requireCareful('conflicts are resolved');
  let closed = 0;
  for (const [field, value] of Object.entries(where.resolutions)) {
    const rows = await store.tx.query(
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
