import type { Json } from '../../../shared/sync/mutation';
import type { MutationContext } from '../mutation/MutationContext';

/** Records that belong to one visit through their `visitId` and that a review step looks at. */
export type VisitChildEntity = 'incident' | 'asset' | 'attachment';

/**
 * The committed records of one kind that belong to a visit (this push's own writes included), for the
 * review path's checks on the whole record. Served by the `(entity, data ->> 'visitId')` index. A push that
 * also writes such records runs in careful mode (`settle`), so the check sees them.
 */
export async function visitChildRecords(
  ctx: MutationContext,
  entity: VisitChildEntity,
  visitId: string,
): Promise<Record<string, Json>[]> {
  await ctx.store.settle([entity]);
  const rows = await ctx.tx.query<{ data: Record<string, Json> }>(
    `SELECT data FROM child_record WHERE entity = $1 AND data ->> 'visitId' = $2 ORDER BY id`,
    [entity, visitId],
  );
  return rows.map((r) => r.data);
}
