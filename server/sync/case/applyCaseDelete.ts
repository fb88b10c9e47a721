import type { Mutation } from '../../../shared/sync/mutation';
import { concurrentlyChangedFields } from '../mutation/mergeFields';
import type { MutationContext, MutationEffect } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';
import { stampOf } from '../mutation/MutationStamp';
import { outcome } from '../mutation/outcome';
import { supersedeOwnConflicts } from '../store/conflictStore';
import { ensureCaseAccess } from './ensureCaseAccess';
import { keepAsDeletionConflict } from './keepAsDeletionConflict';
import { writeDeletion } from './writeDeletion';

const UNCHANGED: MutationEffect = outcome({ converged: ['_deleted'] });

/**
 * Soft delete with a reason (administrators only). A delete against a concurrent edit keeps the record and
 * opens a `delete_vs_edit` conflict instead: nobody's edit disappears behind a deletion they never saw.
 */
export async function applyCaseDelete(ctx: MutationContext, m: Mutation): Promise<MutationEffect> {
  const current = ensureCaseAccess(ctx.user, await ctx.store.lockCase(m.entityId));
  if (ctx.user.role !== 'admin') throw new MutationRejected('case.deleteForbidden');
  const reason = m.reason?.trim() ?? '';
  if (reason === '') throw new MutationRejected('delete.reasonRequired', 'reason');
  if (current.deletedAt !== null) return UNCHANGED;
  const stamp = stampOf(ctx, m);
  const ownDeletion = {
    entity: 'case' as const,
    entityId: current.id,
    fields: ['_deleted'],
    deviceId: ctx.deviceId,
  };
  await supersedeOwnConflicts(ctx.store, ownDeletion, stamp.closer);
  const concurrent = concurrentlyChangedFields(current, m.baseSeq ?? 0, ctx.deviceId);
  if (concurrent.length > 0) {
    const latest = concurrent.reduce((a, b) =>
      (current.fieldSeq[a] ?? 0) >= (current.fieldSeq[b] ?? 0) ? a : b,
    );
    return keepAsDeletionConflict(ctx, current, stamp, {
      mine: { deleted: true, reason },
      theirs: { changes: Object.fromEntries(concurrent.map((f) => [f, current.data[f] ?? null])) },
      theirsBy: current.fieldWriter[latest] ?? null,
      conflicted: ['_deleted'],
    });
  }
  writeDeletion(ctx, m, current, reason);
  return outcome({ applied: ['_deleted'] });
}

/** Undoes a soft delete (administrators only); restoring a case that is not deleted changes nothing. */
export async function applyCaseRestore(ctx: MutationContext, m: Mutation): Promise<MutationEffect> {
  const current = ensureCaseAccess(ctx.user, await ctx.store.lockCase(m.entityId));
  if (ctx.user.role !== 'admin') throw new MutationRejected('case.deleteForbidden');
  if (current.deletedAt === null) return UNCHANGED;
  writeDeletion(ctx, m, current, null);
  return outcome({ applied: ['_deleted'] });
}
