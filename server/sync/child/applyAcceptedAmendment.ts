import type { Json } from '../../../shared/sync/mutation';
import { setFieldPath } from '../../../shared/sync/setFieldPath';
import { visitSchema } from '../../../shared/visits/visit';
import { visitSubmitBlockers } from '../../../shared/visits/visitSubmitBlockers';
import type { MutationContext } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';
import { stampFields } from '../mutation/MutationStamp';
import type { MutationStamp } from '../mutation/MutationStamp';
import { parseOrReject } from '../mutation/rejectionFor';

/**
 * An accepted amendment 补正 changes the approved record, in the same commit as the decision and authored by
 * the reviewer who accepted it: the visit's history then shows the amended fields as one version whose
 * mutation is the acceptance. The visit's state is moved back to `approved` by the reviewer's own step.
 */
export async function applyAcceptedAmendment(
  ctx: MutationContext,
  amendment: Record<string, Json>,
  stamp: MutationStamp,
  teamId: string,
): Promise<void> {
  const visit = await ctx.store.lockChild('visit', String(amendment.visitId));
  if (!visit) throw new MutationRejected('visit.parentMissing', 'visitId');
  const changes = amendment.changes as Record<string, { from: Json; to: Json }>;
  let data = visit.data;
  for (const [path, change] of Object.entries(changes)) data = setFieldPath(data, path, change.to);
  // The amendment may not touch identity or the review state: those change only by their own paths.
  const changed = [...new Set(Object.keys(changes).map((p) => p.split('.')[0]!))];
  if (changed.some((f) => f === 'id' || f === 'caseId' || f === 'state'))
    throw new MutationRejected('field.immutable', 'changes');
  const amended = parseOrReject(visitSchema, data, 'changes');
  // An approved record stays as complete as it had to be to reach review (no blank address, no person
  // without a name). An amendment changes only the visit's own fields, so its incidents are not re-read.
  const blocker = visitSubmitBlockers(amended, [])[0];
  if (blocker) throw new MutationRejected(blocker.code, `changes.${blocker.path}`);
  const next = {
    ...visit,
    data: amended as unknown as Record<string, Json>,
    ...stampFields(visit, changed, stamp),
  };
  ctx.store.writeChild(visit, next, changed, stamp);
  ctx.changes.touch('visit', visit.id, visit.caseId, teamId, teamId);
}
