import type { Json } from '../../../shared/sync/mutation';
import { ensureCaseAccess } from '../case/ensureCaseAccess';
import type { MutationContext } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';
import type { CaseState } from '../store/CaseState';
import type { ChildState } from '../store/ChildState';
import type { ChildPolicy } from './childPolicies';

/**
 * The case a record belongs to, checked for this user. A record inside a deleted case takes no writes:
 * the case's deletion is the decision a person has to reverse first.
 */
export async function requireCase(ctx: MutationContext, caseId: string): Promise<CaseState> {
  const c = ensureCaseAccess(ctx.user, await ctx.store.lockCase(caseId));
  if (c.deletedAt !== null) throw new MutationRejected('record.deleted', 'caseId');
  return c;
}

/** The visit a record names (`policy.visitField`), which must be in the same case; null when none is named. */
export async function requireParentVisit(
  ctx: MutationContext,
  policy: ChildPolicy,
  data: Record<string, Json>,
): Promise<ChildState | null> {
  if (policy.visitField === null) return null;
  const visitId = data[policy.visitField];
  if (visitId === null || visitId === undefined) return null;
  const visit = await ctx.store.lockChild('visit', String(visitId));
  if (!visit || visit.caseId !== data.caseId)
    throw new MutationRejected('visit.parentMissing', policy.visitField);
  return visit;
}

/** Field work on a visit (its incidents, ledger rows, photos) is accepted only while the log is editable. */
export function requireEditableVisit(visit: ChildState | null, path: string): void {
  if (visit === null) return;
  const state = visit.data.state;
  if (state !== 'draft' && state !== 'returned') throw new MutationRejected('visit.locked', path);
}
