import { jsonEquals } from '../../../shared/sync/canonicalJson';
import type { Json, Mutation } from '../../../shared/sync/mutation';
import type { Visit } from '../../../shared/visits/visit';
import type { VisitState } from '../../../shared/visits/visitState';
import { applyPatch } from '../mutation/applyPatch';
import { mergeFields, type FieldDecision } from '../mutation/mergeFields';
import type { MutationContext, MutationEffect } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';
import type { ChildEntity, ChildState } from '../store/ChildState';
import { applyAcceptedAmendment } from './applyAcceptedAmendment';
import { checkFourEyes } from './checkFourEyes';
import { checkOfficersPresent } from './checkOfficersPresent';
import { requireCase, requireEditableVisit, requireParentVisit } from './childAccess';
import { CHILD_POLICIES } from './childPolicies';
import { checkVisitStep, isReviewer } from './visitWorkflow';

const EDITABLE: readonly Json[] = ['draft', 'returned'];

/**
 * A visit's review state is a workflow, not a value to merge: the step is checked against the server's
 * current state (two officers submitting the same visit converge; a step the state machine does not allow
 * from the server's state is refused), never recorded as a field conflict.
 */
function stateDecision(current: ChildState, to: Json): FieldDecision {
  const from = current.data.state ?? null;
  return { field: 'state', outcome: jsonEquals(from, to) ? 'converged' : 'apply', from, to, theirs: from };
}

/**
 * A field edit (`patch`) or a person's decision on a conflict (`resolveConflict`) of a record inside a case,
 * through the patch pipeline. The rules of records inside a case: the entity's shared schema, identity
 * fixed and facts write-once (childPolicies), field work only while its visit is editable, and the review
 * workflow for visits (their state is a step, checked, not merged) and amendments (decided by a reviewer;
 * an accepted one changes the visit in the same commit).
 */
export async function applyChildPatch(
  ctx: MutationContext,
  entity: ChildEntity,
  m: Mutation,
  isResolution: boolean,
): Promise<MutationEffect> {
  const policy = CHILD_POLICIES[entity];
  let teamId = '';
  /** The visit an amendment belongs to, for the four-eyes check of its decision. */
  let parentVisit: ChildState | null = null;
  /** A visit's review step, when the patch takes one (its `state` decision). */
  const stepOf = (decisions: readonly FieldDecision[]) =>
    entity === 'visit' ? decisions.find((d) => d.field === 'state') : undefined;
  return applyPatch<ChildState>(ctx, m, isResolution, {
    entity,
    schema: policy.schema,
    async access() {
      const current = await ctx.store.lockChild(entity, m.entityId);
      if (!current) throw new MutationRejected('record.notFound');
      if (current.caseId !== m.caseId) throw new MutationRejected('mutation.caseMismatch', 'caseId');
      teamId = (await requireCase(ctx, current.caseId)).teamId;
      if (isResolution && ctx.user.role === 'officer')
        throw new MutationRejected('conflict.resolveForbidden');
      if (policy.isWriteOnce) throw new MutationRejected('record.writeOnce');
      const entries = Object.entries(m.changes);
      if (entries.length === 0) throw new MutationRejected('mutation.invalid', 'changes');
      for (const [field, change] of entries) {
        if (!policy.fields.has(field)) throw new MutationRejected('field.unknown', field);
        if (policy.immutable.includes(field) && !jsonEquals(current.data[field] ?? null, change.to))
          throw new MutationRejected('field.immutable', field);
      }
      const visit = entity === 'visit' ? null : await requireParentVisit(ctx, policy, current.data);
      parentVisit = visit;
      if (entity === 'visitAmendment') {
        if (!isReviewer(ctx.user.role)) throw new MutationRejected('visit.amendmentDecisionForbidden');
        if (current.data.decision !== 'pending')
          throw new MutationRejected('visit.reviewImmutable', 'decision');
      } else if (entity !== 'visit') {
        requireEditableVisit(visit, 'visitId');
      }
      return { current, caseId: current.caseId, changes: m.changes };
    },
    merge(current, changes, baseSeq) {
      const { state: stateChange, ...fieldChanges } = changes;
      const isVisitStep = entity === 'visit' && stateChange !== undefined;
      const decisions = mergeFields(isVisitStep ? fieldChanges : changes, current, baseSeq, ctx.deviceId);
      // A log in review or approved is locked: a late edit is refused (and kept on the device), never merged in.
      if (entity === 'visit' && decisions.some((d) => d.outcome !== 'converged')) {
        if (!EDITABLE.includes(current.data.state ?? null)) throw new MutationRejected('visit.locked');
      }
      return isVisitStep ? [...decisions, stateDecision(current, stateChange.to)] : decisions;
    },
    // A review step that would leave an invalid record is refused, never kept as conflicts.
    isStrict: (decisions) => stepOf(decisions)?.outcome === 'apply',
    async check(current, next, decisions) {
      const step = stepOf(decisions);
      if (step?.outcome === 'apply') {
        await checkVisitStep(
          ctx,
          ctx.user.role,
          current.id,
          current.data.state as VisitState,
          step.to as VisitState,
          next as unknown as Visit,
          current.fieldSeq.state ?? current.commitSeq,
        );
      }
      // The reviewer named on a decision is the one who made it.
      if (entity === 'visitAmendment' && next.decision !== 'pending' && next.decidedBy !== ctx.user.id)
        throw new MutationRejected('mutation.authorMismatch', 'decidedBy');
      // Deciding an amendment is approving the record again: never by its opener or the log's recorders.
      if (entity === 'visitAmendment' && next.decision !== 'pending' && parentVisit !== null)
        await checkFourEyes(ctx, parentVisit, 'decision', [String(current.data.openedBy)]);
      if (
        entity === 'visit' &&
        !jsonEquals(current.data.officersPresent ?? null, next.officersPresent ?? null)
      )
        await checkOfficersPresent(ctx, next.officersPresent, teamId);
    },
    write: (current, next, changed, stamp) =>
      ctx.store.writeChild(current, { ...current, ...next }, changed, stamp),
    async afterWrite(next, stamp) {
      if (entity === 'visitAmendment' && next.decision === 'accepted')
        await applyAcceptedAmendment(ctx, next, stamp, teamId);
    },
    touch: (current) => ctx.changes.touch(entity, current.id, current.caseId, teamId, teamId),
  });
}
