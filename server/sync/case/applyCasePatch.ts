import { caseSchema } from '../../../shared/domain/case';
import type { Json, Mutation } from '../../../shared/sync/mutation';
import { isCaseField, issueCode, issuePath, mayPatchField, parseCaseField } from '../casePolicy';
import { teamExists } from '../caseStore';
import { openConflict, resolveConflicts, supersedeOwnConflicts } from '../conflictStore';
import { concurrentlyChangedFields, mergeFields } from '../mergeFields';
import type { FieldDecision } from '../mergeFields';
import type { MutationContext, MutationEffect } from '../MutationContext';
import { MutationRejected } from '../MutationRejected';
import type { Writer } from '../Writer';
import { ensureCaseAccess } from './ensureCaseAccess';
import { resolveDeletionConflict } from './resolveDeletionConflict';

/**
 * A field edit (`patch`) or a person's decision on a conflict (`resolveConflict`, same merge, then the open
 * conflicts of the decided fields are closed as resolved). Every check that can reject runs before the
 * first write, so a rejected mutation leaves nothing behind.
 */
export async function applyCasePatch(
  ctx: MutationContext,
  m: Mutation,
  isResolution: boolean,
): Promise<MutationEffect> {
  const current = ensureCaseAccess(ctx.user, await ctx.store.lockCase(m.entityId));
  if (isResolution && ctx.user.role === 'officer') throw new MutationRejected('conflict.resolveForbidden');
  const entries = Object.entries(m.changes);
  if (entries.length === 0) throw new MutationRejected('mutation.invalid', 'changes');
  if (isResolution && '_deleted' in m.changes) {
    if (entries.length !== 1) throw new MutationRejected('mutation.invalid', 'changes');
    return resolveDeletionConflict(ctx, m, current);
  }

  const changes: Record<string, { from: Json; to: Json }> = {};
  for (const [field, change] of entries) {
    if (!isCaseField(field)) throw new MutationRejected('field.unknown', field);
    if (!mayPatchField(ctx.user.role, field)) throw new MutationRejected('field.forbidden', field);
    changes[field] = { from: change.from, to: parseCaseField(field, change.to) };
  }
  const baseSeq = m.baseSeq ?? 0;
  const me: Writer = { deviceId: ctx.deviceId, userId: ctx.user.id, mutationId: m.mutationId };
  const at = {
    commitSeq: ctx.commitSeq,
    time: ctx.serverTime,
    userId: ctx.user.id,
    mutationId: m.mutationId,
  };
  const fields = Object.keys(changes);

  if (current.deletedAt !== null) {
    const isConcurrentDelete =
      (current.deletedSeq ?? 0) > baseSeq && current.deletedBy?.deviceId !== ctx.deviceId;
    if (!isConcurrentDelete) throw new MutationRejected('record.deleted');
    // Edit against a concurrent delete: the record stays deleted, the edit is kept in the conflict.
    await supersedeOwnConflicts(
      ctx,
      { entity: 'case', entityId: current.id, fields: ['_deleted'], deviceId: ctx.deviceId },
      at,
    );
    const conflictId = await openConflict(ctx, {
      entity: 'case',
      entityId: current.id,
      caseId: current.id,
      kind: 'delete_vs_edit',
      field: '_deleted',
      base: { deleted: false },
      mine: { changes: Object.fromEntries(fields.map((f) => [f, changes[f]!.to])) },
      theirs: { deleted: true, reason: current.deletedReason },
      mineBy: { userId: ctx.user.id, deviceId: ctx.deviceId, mutationId: m.mutationId },
      theirsBy: current.deletedBy,
      openedSeq: ctx.commitSeq,
      openedAt: ctx.serverTime,
    });
    ctx.changes.touch('case', current.id, current.id, current.teamId, current.teamId);
    return {
      status: 'applied_with_conflicts',
      fields: { applied: [], converged: [], conflicted: fields },
      conflictIds: [conflictId],
    };
  }

  let decisions: FieldDecision[] = mergeFields(changes, current, baseSeq, ctx.deviceId);
  const merged: Record<string, Json> = { ...current.data };
  for (const d of decisions) if (d.outcome === 'apply') merged[d.field] = d.to;
  const checked = caseSchema.safeParse(merged);
  let nextData: Record<string, Json> | null = checked.success
    ? (checked.data as unknown as Record<string, Json>)
    : null;
  if (!checked.success) {
    const hasConcurrency =
      decisions.some((d) => d.outcome === 'conflict') ||
      concurrentlyChangedFields(current, baseSeq, ctx.deviceId).length > 0;
    const issue = checked.error.issues[0]!;
    if (!hasConcurrency) throw new MutationRejected(issueCode(issue), issuePath(undefined, issue));
    // Part of the edit would combine with someone else's concurrent change into an invalid case (e.g. a
    // closing mode on a case they reopened): keep the whole edit as conflicts for a person to decide.
    decisions = decisions.map((d) => (d.outcome === 'apply' ? { ...d, outcome: 'conflict' } : d));
    nextData = null;
  }
  const applied = decisions.filter((d) => d.outcome === 'apply');
  if (
    nextData !== null &&
    applied.some((d) => d.field === 'teamId') &&
    !(await teamExists(ctx.tx, String(nextData.teamId)))
  ) {
    throw new MutationRejected('case.teamUnknown', 'teamId');
  }
  if (
    nextData !== null &&
    applied.some((d) => d.field === 'caseNumber') &&
    (await ctx.store.isCaseNumberTaken(String(nextData.caseNumber), current.id))
  ) {
    throw new MutationRejected('case.numberTaken', 'caseNumber');
  }

  await supersedeOwnConflicts(
    ctx,
    { entity: 'case', entityId: current.id, fields, deviceId: ctx.deviceId },
    at,
  );
  if (isResolution) {
    const decided = decisions.filter((d) => d.outcome !== 'conflict').map((d) => [d.field, d.to] as const);
    await resolveConflicts(
      ctx,
      { entity: 'case', entityId: current.id, resolutions: Object.fromEntries(decided) },
      at,
    );
  }
  const conflictIds: string[] = [];
  for (const d of decisions.filter((x) => x.outcome === 'conflict')) {
    conflictIds.push(
      await openConflict(ctx, {
        entity: 'case',
        entityId: current.id,
        caseId: current.id,
        kind: 'field',
        field: d.field,
        base: d.from,
        mine: d.to,
        theirs: d.theirs,
        mineBy: { userId: ctx.user.id, deviceId: ctx.deviceId, mutationId: m.mutationId },
        theirsBy: current.fieldWriter[d.field] ?? null,
        openedSeq: ctx.commitSeq,
        openedAt: ctx.serverTime,
      }),
    );
  }
  let next = current;
  if (applied.length > 0 && nextData !== null) {
    const fieldSeq = { ...current.fieldSeq };
    const fieldWriter = { ...current.fieldWriter };
    for (const d of applied) {
      fieldSeq[d.field] = ctx.commitSeq;
      fieldWriter[d.field] = me;
    }
    next = ctx.store.writeCase({
      previous: current,
      id: current.id,
      data: nextData,
      fieldSeq,
      fieldWriter,
      changedFields: applied.map((d) => d.field),
      deletedAt: null,
      deletedReason: null,
      deletedSeq: current.deletedSeq,
      deletedBy: current.deletedBy,
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
  }
  ctx.changes.touch('case', current.id, current.id, current.teamId, next.teamId);
  const byOutcome = (o: FieldDecision['outcome']) =>
    decisions.filter((d) => d.outcome === o).map((d) => d.field);
  return {
    status: conflictIds.length > 0 ? 'applied_with_conflicts' : 'applied',
    fields: {
      applied: byOutcome('apply'),
      converged: byOutcome('converged'),
      conflicted: byOutcome('conflict'),
    },
    conflictIds,
  };
}
