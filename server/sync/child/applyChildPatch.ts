import { jsonEquals } from '../../../shared/sync/canonicalJson';
import type { Json, Mutation } from '../../../shared/sync/mutation';
import type { Visit } from '../../../shared/visits/visit';
import type { VisitState } from '../../../shared/visits/visitState';
import { issueCode, issuePath } from '../casePolicy';
import { openConflict, resolveConflicts, supersedeOwnConflicts } from '../conflictStore';
import { concurrentlyChangedFields, mergeFields, type FieldDecision } from '../mergeFields';
import type { MutationContext, MutationEffect } from '../MutationContext';
import { MutationRejected } from '../MutationRejected';
import type { Writer } from '../Writer';
import { applyAcceptedAmendment } from './applyAcceptedAmendment';
import { requireCase, requireEditableVisit, requireParentVisit } from './childAccess';
import { CHILD_POLICIES, type ChildEntity } from './childPolicies';
import type { ChildState } from './childStore';
import { checkVisitStep, isReviewer } from './visitWorkflow';

const EDITABLE: readonly Json[] = ['draft', 'returned'];

/**
 * A visit's review state is a workflow, not a value to merge: the step is checked against the server's
 * current state (two officers submitting the same visit converge; a step the state machine does not allow
 * from the server's state is refused), never recorded as a field conflict.
 */
function stateDecision(current: ChildState, to: Json): FieldDecision | null {
  const from = current.data.state ?? null;
  return {
    field: 'state',
    outcome: jsonEquals(from, to) ? 'converged' : 'apply',
    from,
    to,
    theirs: from,
  };
}

/**
 * A field edit (`patch`) or a person's decision on a conflict (`resolveConflict`) of a record inside a case:
 * the same field-level three-way merge as cases, the entity's shared schema on the merged record, and the
 * review workflow's rules for visits and amendments. Every check that can reject runs before the first write.
 */
export async function applyChildPatch(
  ctx: MutationContext,
  entity: ChildEntity,
  m: Mutation,
  isResolution: boolean,
): Promise<MutationEffect> {
  const policy = CHILD_POLICIES[entity];
  const current = await ctx.store.lockChild(entity, m.entityId);
  if (!current) throw new MutationRejected('record.notFound');
  if (current.caseId !== m.caseId) throw new MutationRejected('mutation.caseMismatch', 'caseId');
  const theCase = await requireCase(ctx, current.caseId);
  if (isResolution && ctx.user.role === 'officer') throw new MutationRejected('conflict.resolveForbidden');
  if (policy.isWriteOnce) throw new MutationRejected('record.writeOnce');
  const entries = Object.entries(m.changes);
  if (entries.length === 0) throw new MutationRejected('mutation.invalid', 'changes');
  for (const [field, change] of entries) {
    if (!policy.fields.has(field)) throw new MutationRejected('field.unknown', field);
    if (policy.immutable.includes(field) && !jsonEquals(current.data[field] ?? null, change.to))
      throw new MutationRejected('field.immutable', field);
  }

  const visit = entity === 'visit' ? null : await requireParentVisit(ctx, policy, current.data);
  if (entity === 'visitAmendment') {
    if (!isReviewer(ctx.user.role)) throw new MutationRejected('visit.amendmentDecisionForbidden');
    if (current.data.decision !== 'pending') throw new MutationRejected('visit.reviewImmutable', 'decision');
  } else if (entity !== 'visit') {
    requireEditableVisit(visit, 'visitId');
  }

  const { state: stateChange, ...fieldChanges } = m.changes;
  const isVisitStep = entity === 'visit' && stateChange !== undefined;
  const baseSeq = m.baseSeq ?? 0;
  let decisions = mergeFields(isVisitStep ? fieldChanges : m.changes, current, baseSeq, ctx.deviceId);
  if (entity === 'visit' && decisions.some((d) => d.outcome !== 'converged')) {
    // A log in review or approved is locked: a late edit is refused (and kept on the device), never merged in.
    if (!EDITABLE.includes(current.data.state ?? null)) throw new MutationRejected('visit.locked');
  }
  const step = isVisitStep ? stateDecision(current, stateChange.to) : null;
  if (step) decisions = [...decisions, step];

  const merged: Record<string, Json> = { ...current.data };
  for (const d of decisions) if (d.outcome === 'apply') merged[d.field] = d.to;
  const checked = policy.schema.safeParse(merged);
  let nextData = checked.success ? (checked.data as Record<string, Json>) : null;
  if (!checked.success) {
    const hasConcurrency =
      decisions.some((d) => d.outcome === 'conflict') ||
      concurrentlyChangedFields(current, baseSeq, ctx.deviceId).length > 0;
    const issue = checked.error.issues[0]!;
    if (!hasConcurrency || step?.outcome === 'apply')
      throw new MutationRejected(issueCode(issue), issuePath(undefined, issue));
    decisions = decisions.map((d) => (d.outcome === 'apply' ? { ...d, outcome: 'conflict' } : d));
    nextData = null;
  }
  if (step?.outcome === 'apply' && nextData !== null) {
    await checkVisitStep(
      ctx,
      ctx.user.role,
      current.id,
      current.data.state as VisitState,
      step.to as VisitState,
      nextData as unknown as Visit,
      current.fieldSeq.state ?? current.commitSeq,
    );
  }
  const decidesAmendment =
    entity === 'visitAmendment' && nextData !== null && nextData.decision !== 'pending';
  // The reviewer named on a decision is the one who made it.
  if (decidesAmendment && nextData!.decidedBy !== ctx.user.id)
    throw new MutationRejected('mutation.authorMismatch', 'decidedBy');
  const isAccepted = decidesAmendment && nextData!.decision === 'accepted';

  const at = {
    commitSeq: ctx.commitSeq,
    time: ctx.serverTime,
    userId: ctx.user.id,
    mutationId: m.mutationId,
  };
  const fields = Object.keys(m.changes);
  await supersedeOwnConflicts(ctx, { entity, entityId: current.id, fields, deviceId: ctx.deviceId }, at);
  if (isResolution) {
    const decided = decisions.filter((d) => d.outcome !== 'conflict').map((d) => [d.field, d.to] as const);
    await resolveConflicts(
      ctx,
      { entity, entityId: current.id, resolutions: Object.fromEntries(decided) },
      at,
    );
  }
  const me: Writer = { deviceId: ctx.deviceId, userId: ctx.user.id, mutationId: m.mutationId };
  const conflictIds: string[] = [];
  for (const d of decisions.filter((x) => x.outcome === 'conflict')) {
    conflictIds.push(
      await openConflict(ctx, {
        entity,
        entityId: current.id,
        caseId: current.caseId,
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
  const applied = decisions.filter((d) => d.outcome === 'apply');
  const author = {
    origin: 'device' as const,
    mutationId: m.mutationId,
    authorUserId: ctx.user.id,
    deviceId: ctx.deviceId,
    deviceTime: m.deviceTime,
    serverTime: ctx.serverTime,
  };
  if (applied.length > 0 && nextData !== null) {
    const fieldSeq = { ...current.fieldSeq };
    const fieldWriter = { ...current.fieldWriter };
    for (const d of applied) {
      fieldSeq[d.field] = ctx.commitSeq;
      fieldWriter[d.field] = me;
    }
    ctx.store.writeChild({
      previous: current,
      entity,
      id: current.id,
      caseId: current.caseId,
      data: nextData,
      fieldSeq,
      fieldWriter,
      changedFields: applied.map((d) => d.field),
      commitSeq: ctx.commitSeq,
      author,
    });
    if (isAccepted) {
      await applyAcceptedAmendment(ctx, nextData, me, author, theCase.teamId);
    }
  }
  ctx.changes.touch(entity, current.id, current.caseId, theCase.teamId, theCase.teamId);
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
