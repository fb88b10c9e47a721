import type { Mutation } from '../../../shared/sync/mutation';
import type { CaseState } from '../caseStore';
import type { MutationContext } from '../MutationContext';

/**
 * Writes a soft delete (`reason` given) or a restore (`reason` null) as a new version of the case. Nothing
 * is ever removed: the deleted case stays, marked, with its reason and who deleted it.
 */
export async function writeDeletion(
  ctx: MutationContext,
  m: Mutation,
  current: CaseState,
  reason: string | null,
): Promise<CaseState> {
  const isDelete = reason !== null;
  const next = ctx.store.writeCase({
    previous: current,
    id: current.id,
    data: current.data,
    fieldSeq: current.fieldSeq,
    fieldWriter: current.fieldWriter,
    changedFields: ['_deleted'],
    deletedAt: isDelete ? ctx.serverTime : null,
    deletedReason: reason,
    deletedSeq: ctx.commitSeq,
    deletedBy: { deviceId: ctx.deviceId, userId: ctx.user.id, mutationId: m.mutationId },
    commitSeq: ctx.commitSeq,
    author: {
      origin: 'device',
      mutationId: m.mutationId,
      authorUserId: ctx.user.id,
      deviceId: ctx.deviceId,
      deviceTime: m.deviceTime,
      serverTime: ctx.serverTime,
    },
  });
  ctx.changes.touch('case', current.id, current.id, current.teamId, next.teamId);
  return next;
}
