import type { Mutation } from '../../../shared/sync/mutation';
import type { MutationContext, MutationEffect } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';
import { stampOf } from '../mutation/MutationStamp';
import { outcome } from '../mutation/outcome';
import type { CaseState } from '../store/CaseState';
import { resolveConflicts } from '../store/conflictStore';
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
  const isChanged = wanted !== (current.deletedAt !== null);
  if (isChanged) {
    if (ctx.user.role !== 'admin') throw new MutationRejected('case.deleteForbidden');
    const reason = m.reason?.trim() ?? '';
    if (wanted && reason === '') throw new MutationRejected('delete.reasonRequired', 'reason');
    writeDeletion(ctx, m, current, wanted ? reason : null);
  } else {
    ctx.changes.touch('case', current.id, current.id, current.teamId, current.teamId);
  }
  const resolution = { entity: 'case' as const, entityId: current.id, resolutions: { _deleted: wanted } };
  await resolveConflicts(ctx.store, resolution, stampOf(ctx, m).closer);
  return isChanged ? outcome({ applied: ['_deleted'] }) : outcome({ converged: ['_deleted'] });
}
