import { caseSchema } from '../../../shared/domain/case';
import type { Mutation } from '../../../shared/sync/mutation';
import { applyPatch } from '../mutation/applyPatch';
import type { PatchChanges } from '../mutation/applyPatch';
import type { MutationContext, MutationEffect } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';
import { stampOf } from '../mutation/MutationStamp';
import type { CaseState } from '../store/CaseState';
import { supersedeOwnConflicts } from '../store/conflictStore';
import { teamExists } from '../store/teamExists';
import { isCaseField, mayPatchField, parseCaseField } from './casePolicy';
import { ensureCaseAccess } from './ensureCaseAccess';
import { keepAsDeletionConflict } from './keepAsDeletionConflict';
import { resolveDeletionConflict } from './resolveDeletionConflict';

/**
 * An edit of a deleted case. Against a deletion it had not seen (made after its base, by another device)
 * the case stays deleted and the edit is kept in a `delete_vs_edit` conflict; otherwise it is refused.
 */
async function editOfDeletedCase(
  ctx: MutationContext,
  m: Mutation,
  current: CaseState,
  changes: PatchChanges,
): Promise<MutationEffect> {
  const isConcurrentDelete =
    (current.deletedSeq ?? 0) > (m.baseSeq ?? 0) && current.deletedBy?.deviceId !== ctx.deviceId;
  if (!isConcurrentDelete) throw new MutationRejected('record.deleted');
  const stamp = stampOf(ctx, m);
  const ownDeletion = { entity: 'case' as const, entityId: current.id, fields: ['_deleted'] };
  await supersedeOwnConflicts(ctx.store, { ...ownDeletion, deviceId: ctx.deviceId }, stamp.closer);
  const fields = Object.keys(changes);
  return keepAsDeletionConflict(ctx, current, stamp, {
    mine: { changes: Object.fromEntries(fields.map((f) => [f, changes[f]!.to])) },
    theirs: { deleted: true, reason: current.deletedReason },
    theirsBy: current.deletedBy,
    conflicted: fields,
  });
}

/**
 * A field edit of a case (`patch`) or a person's decision on one of its conflicts (`resolveConflict`),
 * through the patch pipeline. A case's own rules: officers and team leads change only the fields worked in
 * the field (casePolicy), each value parsed by the case schema; the team and the case number must stay
 * valid; a deletion is decided by its own path.
 */
export function applyCasePatch(
  ctx: MutationContext,
  m: Mutation,
  isResolution: boolean,
): Promise<MutationEffect> {
  return applyPatch<CaseState>(ctx, m, isResolution, {
    entity: 'case',
    schema: caseSchema,
    async access() {
      const current = ensureCaseAccess(ctx.user, await ctx.store.lockCase(m.entityId));
      if (isResolution && ctx.user.role === 'officer')
        throw new MutationRejected('conflict.resolveForbidden');
      const entries = Object.entries(m.changes);
      if (entries.length === 0) throw new MutationRejected('mutation.invalid', 'changes');
      if (isResolution && '_deleted' in m.changes) {
        if (entries.length !== 1) throw new MutationRejected('mutation.invalid', 'changes');
        return { answer: await resolveDeletionConflict(ctx, m, current) };
      }
      const changes: PatchChanges = {};
      for (const [field, change] of entries) {
        if (!isCaseField(field)) throw new MutationRejected('field.unknown', field);
        if (!mayPatchField(ctx.user.role, field)) throw new MutationRejected('field.forbidden', field);
        changes[field] = { from: change.from, to: parseCaseField(field, change.to) };
      }
      if (current.deletedAt !== null) return { answer: await editOfDeletedCase(ctx, m, current, changes) };
      return { current, caseId: current.id, changes };
    },
    async check(current, next, decisions) {
      const isApplied = (field: string) => decisions.some((d) => d.field === field && d.outcome === 'apply');
      if (isApplied('teamId') && !(await teamExists(ctx.tx, String(next.teamId))))
        throw new MutationRejected('case.teamUnknown', 'teamId');
      if (isApplied('caseNumber') && (await ctx.store.isCaseNumberTaken(String(next.caseNumber), current.id)))
        throw new MutationRejected('case.numberTaken', 'caseNumber');
    },
    write: (current, next, changed, stamp) =>
      ctx.store.writeCase(
        current,
        { ...current, ...next, deletedAt: null, deletedReason: null },
        changed,
        stamp,
      ),
    touch: (current, written) =>
      ctx.changes.touch('case', current.id, current.id, current.teamId, written.teamId),
  });
}
