import { jsonEquals } from '../../../shared/sync/canonicalJson';
import { assert } from '../../../shared/util/assert';
import type { Json, Mutation } from '../../../shared/sync/mutation';
import { issueCode, issuePath } from '../casePolicy';
import type { MutationContext, MutationEffect } from '../MutationContext';
import { MutationRejected } from '../MutationRejected';
import { checkApprovalChecklist } from './checkApprovalChecklist';
import { requireCase, requireEditableVisit, requireParentVisit } from './childAccess';
import { CHILD_POLICIES, type ChildEntity } from './childPolicies';
import type { ChildState } from './childStore';
import { isReviewer } from './visitWorkflow';

/**
 * Who may create what, beyond case access, and in which state the visit must be; an approval must also
 * acknowledge the visit's unmet legal-sufficiency checks.
 */
async function checkCreateRules(
  ctx: MutationContext,
  entity: ChildEntity,
  data: Record<string, Json>,
  visit: ChildState | null,
): Promise<void> {
  const visitState = visit?.data.state;
  switch (entity) {
    case 'visit':
      if (data.state !== 'draft') throw new MutationRejected('visit.transitionNotAllowed', 'state');
      return;
    case 'visitReview':
      if (!isReviewer(ctx.user.role)) throw new MutationRejected('visit.reviewForbidden');
      if ((data.reviewer as { userId?: Json }).userId !== ctx.user.id)
        throw new MutationRejected('mutation.authorMismatch', 'reviewer');
      if (visitState !== 'submitted' && visitState !== 'resubmitted')
        throw new MutationRejected('visit.reviewStateMismatch', 'visitId');
      if (data.decision === 'approved') {
        assert(visit !== null, 'a review decision names its visit (visitField), checked above');
        await checkApprovalChecklist(ctx, visit, data);
      }
      return;
    case 'visitAmendment':
      if (data.openedBy !== ctx.user.id) throw new MutationRejected('mutation.authorMismatch', 'openedBy');
      if (data.decision !== 'pending')
        throw new MutationRejected('visit.amendmentDecisionForbidden', 'decision');
      if (visitState !== 'approved') throw new MutationRejected('visit.transitionNotAllowed', 'visitId');
      return;
    case 'incident':
    case 'asset':
    case 'attachment':
    case 'possibleTransferFlag':
      return;
  }
}

/**
 * Creates a record inside a case from the `to` values of its changes, validated by the entity's shared
 * schema. A repeated identical create converges (a retried push); a different record under the same id is
 * refused.
 */
export async function applyChildCreate(
  ctx: MutationContext,
  entity: ChildEntity,
  m: Mutation,
): Promise<MutationEffect> {
  const policy = CHILD_POLICIES[entity];
  const raw: Record<string, Json> = {};
  for (const [field, change] of Object.entries(m.changes)) {
    if (!policy.fields.has(field)) throw new MutationRejected('field.unknown', field);
    raw[field] = change.to;
  }
  if (raw.id !== m.entityId) throw new MutationRejected('mutation.caseMismatch', 'id');
  if (raw.caseId !== m.caseId) throw new MutationRejected('mutation.caseMismatch', 'caseId');
  const parsed = policy.schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MutationRejected(issueCode(issue), issuePath(undefined, issue));
  }
  const data = parsed.data as Record<string, Json>;
  const theCase = await requireCase(ctx, m.caseId);
  const existing = await ctx.store.lockChild(entity, m.entityId);
  const fields = Object.keys(data);
  if (existing) {
    if (existing.caseId === m.caseId && jsonEquals(existing.data, data))
      return { status: 'applied', fields: { applied: [], converged: fields, conflicted: [] } };
    throw new MutationRejected('record.exists');
  }
  const visit = await requireParentVisit(ctx, policy, data);
  await checkCreateRules(ctx, entity, data, visit);
  if (entity !== 'visitReview' && entity !== 'visitAmendment') requireEditableVisit(visit, 'visitId');

  const writer = { deviceId: ctx.deviceId, userId: ctx.user.id, mutationId: m.mutationId };
  ctx.store.writeChild({
    previous: null,
    entity,
    id: m.entityId,
    caseId: m.caseId,
    data,
    fieldSeq: Object.fromEntries(fields.map((f) => [f, ctx.commitSeq])),
    fieldWriter: Object.fromEntries(fields.map((f) => [f, writer])),
    changedFields: fields,
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
  ctx.changes.touch(entity, m.entityId, m.caseId, theCase.teamId, theCase.teamId);
  return { status: 'applied', fields: { applied: fields, converged: [], conflicted: [] } };
}
