import type { Mutation } from '../../../shared/sync/mutation';
import { openConflict, supersedeOwnConflicts } from '../conflictStore';
import { concurrentlyChangedFields } from '../mergeFields';
import type { MutationContext, MutationEffect } from '../MutationContext';
import { MutationRejected } from '../MutationRejected';
import { ensureCaseAccess } from './ensureCaseAccess';
import { writeDeletion } from './writeDeletion';

const UNCHANGED: MutationEffect = {
  status: 'applied',
  fields: { applied: [], converged: ['_deleted'], conflicted: [] },
};

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
  const at = {
    commitSeq: ctx.commitSeq,
    time: ctx.serverTime,
    userId: ctx.user.id,
    mutationId: m.mutationId,
  };
  await supersedeOwnConflicts(
    ctx,
    { entity: 'case', entityId: current.id, fields: ['_deleted'], deviceId: ctx.deviceId },
    at,
  );
  const concurrent = concurrentlyChangedFields(current, m.baseSeq ?? 0, ctx.deviceId);
  if (concurrent.length > 0) {
    const latest = concurrent.reduce((a, b) =>
      (current.fieldSeq[a] ?? 0) >= (current.fieldSeq[b] ?? 0) ? a : b,
    );
    const conflictId = await openConflict(ctx, {
      entity: 'case',
      entityId: current.id,
      caseId: current.id,
      kind: 'delete_vs_edit',
      field: '_deleted',
      base: { deleted: false },
      mine: { deleted: true, reason },
      theirs: { changes: Object.fromEntries(concurrent.map((f) => [f, current.data[f] ?? null])) },
      mineBy: { userId: ctx.user.id, deviceId: ctx.deviceId, mutationId: m.mutationId },
      theirsBy: current.fieldWriter[latest] ?? null,
      openedSeq: ctx.commitSeq,
      openedAt: ctx.serverTime,
    });
    ctx.changes.touch('case', current.id, current.id, current.teamId, current.teamId);
    return {
      status: 'applied_with_conflicts',
      fields: { applied: [], converged: [], conflicted: ['_deleted'] },
      conflictIds: [conflictId],
    };
  }
  await writeDeletion(ctx, m, current, reason);
  return { status: 'applied', fields: { applied: ['_deleted'], converged: [], conflicted: [] } };
}

/** Undoes a soft delete (administrators only); restoring a case that is not deleted changes nothing. */
export async function applyCaseRestore(ctx: MutationContext, m: Mutation): Promise<MutationEffect> {
  const current = ensureCaseAccess(ctx.user, await ctx.store.lockCase(m.entityId));
  if (ctx.user.role !== 'admin') throw new MutationRejected('case.deleteForbidden');
  if (current.deletedAt === null) return UNCHANGED;
  await writeDeletion(ctx, m, current, null);
  return { status: 'applied', fields: { applied: ['_deleted'], converged: [], conflicted: [] } };
}
