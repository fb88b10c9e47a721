import type { Mutation } from '../../../shared/sync/mutation';
import type { CaseState } from '../caseStore';
import { resolveConflicts } from '../conflictStore';
import type { MutationContext, MutationEffect } from '../MutationContext';
import { MutationRejected } from '../MutationRejected';
import { writeDeletion } from './writeDeletion';

/**
 * Decides a `delete_vs_edit` conflict: `changes._deleted.to` is the deletion state chosen. Keeping the
 * current state is open to team leads; changing it (deleting or restoring) stays with administrators.
 * The edit's values, if wanted, are re-applied by a normal patch afterwards.
 */
export async function resolveDeletionConflict(
  ctx: MutationContext,
  m: Mutation,
  current: CaseState,
): Promise<MutationEffect> {
  const wanted = m.changes._deleted!.to;
  if (typeof wanted !== 'boolean') throw new MutationRejected('field.invalid', '_deleted');
  const isDeleted = current.deletedAt !== null;
  const at = {
    commitSeq: ctx.commitSeq,
    time: ctx.serverTime,
    userId: ctx.user.id,
    mutationId: m.mutationId,
  };
  if (wanted !== isDeleted) {
    if (ctx.user.role !== 'admin') throw new MutationRejected('case.deleteForbidden');
    const reason = m.reason?.trim() ?? '';
    if (wanted && reason === '') throw new MutationRejected('delete.reasonRequired', 'reason');
    await writeDeletion(ctx, m, current, wanted ? reason : null);
  } else {
    ctx.changes.touch('case', current.id, current.id, current.teamId, current.teamId);
  }
  await resolveConflicts(
    ctx,
    { entity: 'case', entityId: current.id, resolutions: { _deleted: wanted } },
    at,
  );
  const changed = wanted !== isDeleted;
  return {
    status: 'applied',
    fields: { applied: changed ? ['_deleted'] : [], converged: changed ? [] : ['_deleted'], conflicted: [] },
  };
}
