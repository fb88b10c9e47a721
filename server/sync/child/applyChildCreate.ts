import { jsonEquals } from '../../../shared/sync/canonicalJson';
import { assert } from '../../../shared/util/assert';
import type { Json, Mutation } from '../../../shared/sync/mutation';
import type { MutationContext, MutationEffect } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';
import { stampFields, stampOf } from '../mutation/MutationStamp';
import { outcome } from '../mutation/outcome';
import { recordFromChanges } from '../mutation/recordFromChanges';
import { parseOrReject } from '../mutation/rejectionFor';
import type { ChildEntity, ChildState } from '../store/ChildState';
import { checkApprovalChecklist } from './checkApprovalChecklist';
import { checkFourEyes } from './checkFourEyes';
import { checkOfficersPresent } from './checkOfficersPresent';
import { requireCase, requireEditableVisit, requireParentVisit } from './childAccess';
import { CHILD_POLICIES } from './childPolicies';
import { linkAttachmentBlob } from './linkAttachmentBlob';
import { isReviewer } from './visitWorkflow';

/**
 * Who may create what, beyond case access, and in which state the visit must be; a visit names only its
 * case team's officers as present; a review decision is never the recorder's own (four eyes), and an
 * approval must also acknowledge the visit's unmet legal-sufficiency checks.
 */
async function checkCreateRules(
  ctx: MutationContext,
  entity: ChildEntity,
  data: Record<string, Json>,
  visit: ChildState | null,
  teamId: string,
): Promise<void> {
  const visitState = visit?.data.state;
  switch (entity) {
    case 'visit':
      if (data.state !== 'draft') throw new MutationRejected('visit.transitionNotAllowed', 'state');
      await checkOfficersPresent(ctx, data.officersPresent, teamId);
      return;
    case 'visitReview':
      if (!isReviewer(ctx.user.role)) throw new MutationRejected('visit.reviewForbidden');
      if ((data.reviewer as { userId?: Json }).userId !== ctx.user.id)
        throw new MutationRejected('mutation.authorMismatch', 'reviewer');
      if (visitState !== 'submitted' && visitState !== 'resubmitted')
        throw new MutationRejected('visit.reviewStateMismatch', 'visitId');
      assert(visit !== null, 'a review decision names its visit (visitField), checked above');
      await checkFourEyes(ctx, visit, 'reviewer');
      if (data.decision === 'approved') await checkApprovalChecklist(ctx, visit, data);
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
  const raw = recordFromChanges(m, (field) => policy.fields.has(field));
  if (raw.caseId !== m.caseId) throw new MutationRejected('mutation.caseMismatch', 'caseId');
  const data = parseOrReject(policy.schema, raw) as Record<string, Json>;
  const theCase = await requireCase(ctx, m.caseId);
  const existing = await ctx.store.lockChild(entity, m.entityId);
  const fields = Object.keys(data);
  if (existing) {
    if (existing.caseId === m.caseId && jsonEquals(existing.data, data))
      return outcome({ converged: fields });
    throw new MutationRejected('record.exists');
  }
  const visit = await requireParentVisit(ctx, policy, data);
  await checkCreateRules(ctx, entity, data, visit, theCase.teamId);
  if (entity !== 'visitReview' && entity !== 'visitAmendment') requireEditableVisit(visit, 'visitId');

  const stamp = stampOf(ctx, m);
  const record = { entity, id: m.entityId, caseId: m.caseId, data, ...stampFields(null, fields, stamp) };
  ctx.store.writeChild(null, record, fields, stamp);
  if (entity === 'attachment') await linkAttachmentBlob(ctx, data, m.caseId);
  ctx.changes.touch(entity, m.entityId, m.caseId, theCase.teamId, theCase.teamId);
  return outcome({ applied: fields });
}
