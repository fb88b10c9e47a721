import type { Json } from '../../../shared/sync/mutation';
import { visitSchema } from '../../../shared/visits/visit';
import { visitSubmitBlockers } from '../../../shared/visits/visitSubmitBlockers';
import type { VersionAuthor } from '../caseStore';
import { issueCode, issuePath } from '../casePolicy';
import type { MutationContext } from '../MutationContext';
import { MutationRejected } from '../MutationRejected';
import type { Writer } from '../Writer';
import { setFieldPath } from '../../../shared/sync/setFieldPath';

/**
 * An accepted amendment 补正 changes the approved record, in the same commit as the decision and authored by
 * the reviewer who accepted it: the visit's history then shows the amended fields as one version whose
 * mutation is the acceptance. The visit's state is moved back to `approved` by the reviewer's own step.
 */
export async function applyAcceptedAmendment(
  ctx: MutationContext,
  amendment: Record<string, Json>,
  me: Writer,
  author: VersionAuthor,
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
  const parsed = visitSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MutationRejected(issueCode(issue), issuePath('changes', issue));
  }
  // An approved record stays as complete as it had to be to reach review (no blank address, no person
  // without a name). An amendment changes only the visit's own fields, so its incidents are not re-read.
  const blocker = visitSubmitBlockers(parsed.data, [])[0];
  if (blocker) throw new MutationRejected(blocker.code, `changes.${blocker.path}`);
  const fieldSeq = { ...visit.fieldSeq };
  const fieldWriter = { ...visit.fieldWriter };
  for (const f of changed) {
    fieldSeq[f] = ctx.commitSeq;
    fieldWriter[f] = me;
  }
  ctx.store.writeChild({
    previous: visit,
    entity: 'visit',
    id: visit.id,
    caseId: visit.caseId,
    data: parsed.data as unknown as Record<string, Json>,
    fieldSeq,
    fieldWriter,
    changedFields: changed,
    commitSeq: ctx.commitSeq,
    author,
  });
  ctx.changes.touch('visit', visit.id, visit.caseId, teamId, teamId);
}
