import { canTransition, VISIT_TRANSITIONS } from '../../../shared/visits/canTransition';
import type { Incident } from '../../../shared/visits/incident';
import type { Visit } from '../../../shared/visits/visit';
import type { VisitState } from '../../../shared/visits/visitState';
import { visitSubmitBlockers } from '../../../shared/visits/visitSubmitBlockers';
import type { UserRole } from '../../../shared/auth/userRole';
import type { MutationContext } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';
import { visitChildRecords } from './visitChildRecords';

/** Team leads (and administrators) review; officers and team leads write and submit. */
export function isReviewer(role: UserRole): boolean {
  return role === 'team_lead' || role === 'admin';
}

type ReviewRow = { decision: string; commit_seq: number };

/** The latest review decision recorded on a visit, if any (this push's own included). */
async function latestReview(ctx: MutationContext, visitId: string): Promise<ReviewRow | null> {
  await ctx.store.settle(['visitReview']);
  const rows = await ctx.tx.query<ReviewRow>(
    `SELECT data ->> 'decision' AS decision, commit_seq FROM child_record
     WHERE entity = 'visitReview' AND data ->> 'visitId' = $1 ORDER BY commit_seq DESC, id DESC LIMIT 1`,
    [visitId],
  );
  return rows[0] ?? null;
}

async function pendingAmendments(ctx: MutationContext, visitId: string): Promise<number> {
  await ctx.store.settle(['visitAmendment']);
  const rows = await ctx.tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM child_record
     WHERE entity = 'visitAmendment' AND data ->> 'visitId' = $1 AND data ->> 'decision' = 'pending'`,
    [visitId],
  );
  return rows[0]!.n;
}

/**
 * Checks one step of a visit's review path against the server's state, not the device's: the state
 * machine (`canTransition`), who may take the step, and what must exist for it — a complete record to
 * submit (the visit and its incidents: every person named), the lead's review decision (made after the submission) to return or approve, a pending amendment
 * to re-open an approved record, every amendment decided to approve it again.
 */
export async function checkVisitStep(
  ctx: MutationContext,
  role: UserRole,
  visitId: string,
  from: VisitState,
  to: VisitState,
  next: Visit,
  stateSeq: number,
): Promise<void> {
  if (!canTransition(from, to)) throw new MutationRejected('visit.transitionNotAllowed', 'state');
  const step = VISIT_TRANSITIONS.find((t) => t.from === from && t.to === to)!;
  if (step.by === 'reviewer' && !isReviewer(role))
    throw new MutationRejected('visit.reviewForbidden', 'state');
  if (to === 'submitted' || to === 'resubmitted') {
    const incidents = (await visitChildRecords(ctx, 'incident', visitId)) as unknown as Incident[];
    const blocker = visitSubmitBlockers(next, incidents)[0];
    if (blocker) throw new MutationRejected(blocker.code, blocker.path);
  }
  if ((from === 'submitted' || from === 'resubmitted') && (to === 'returned' || to === 'approved')) {
    const review = await latestReview(ctx, visitId);
    if (!review || review.decision !== to || review.commit_seq < stateSeq)
      throw new MutationRejected('visit.reviewStateMismatch', 'state');
  }
  if (to === 'amended' && (await pendingAmendments(ctx, visitId)) === 0)
    throw new MutationRejected('visit.transitionNotAllowed', 'state');
  if (from === 'amended' && (await pendingAmendments(ctx, visitId)) > 0)
    throw new MutationRejected('visit.transitionNotAllowed', 'state');
}
