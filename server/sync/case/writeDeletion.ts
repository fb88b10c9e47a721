import type { Mutation } from '../../../shared/sync/mutation';
import type { CaseState } from '../store/CaseState';
import type { MutationContext } from '../mutation/MutationContext';
import { stampOf } from '../mutation/MutationStamp';

/**
 * Writes a soft delete (`reason` given) or a restore (`reason` null) as a new version of the case. Nothing
 * is ever removed: the deleted case stays, marked, with its reason and who deleted it.
 */
export function writeDeletion(
  ctx: MutationContext,
  m: Mutation,
  current: CaseState,
  reason: string | null,
): CaseState {
  const stamp = stampOf(ctx, m);
  const next = ctx.store.writeCase(
    current,
    {
      ...current,
      deletedAt: reason !== null ? ctx.serverTime : null,
      deletedReason: reason,
      deletedSeq: ctx.commitSeq,
      deletedBy: stamp.writer,
    },
    ['_deleted'],
    stamp,
  );
  ctx.changes.touch('case', current.id, current.id, current.teamId, next.teamId);
  return next;
}
