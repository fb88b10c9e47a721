import type { Asset } from '../../../shared/assets/asset';
import type { Json } from '../../../shared/sync/mutation';
import type { Attachment } from '../../../shared/visits/attachment';
import type { Incident } from '../../../shared/visits/incident';
import { reviewChecklist } from '../../../shared/visits/reviewChecklist';
import { unacknowledgedChecklistItems } from '../../../shared/visits/unacknowledgedChecklistItems';
import type { Visit } from '../../../shared/visits/visit';
import type { VisitReview } from '../../../shared/visits/visitReview';
import type { MutationContext } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';
import type { ChildState } from '../store/ChildState';
import { visitChildRecords } from './visitChildRecords';

/**
 * An approval must acknowledge every legal-sufficiency check the record fails (`reviewChecklist`, evaluated
 * here on the server's own records: the visit, its incidents, ledger rows and attachments, and which photo
 * bytes the server holds for the visit's case), or it is refused with `visit.checklistOverrideRequired`.
 * The lead's app asks for the override; this is the check that holds whatever app sent the decision. The records were stored
 * validated by their shared schemas, hence the casts.
 */
export async function checkApprovalChecklist(
  ctx: MutationContext,
  visit: ChildState,
  review: Record<string, Json>,
): Promise<void> {
  const incidents = (await visitChildRecords(ctx, 'incident', visit.id)) as unknown as Incident[];
  const assets = (await visitChildRecords(ctx, 'asset', visit.id)) as unknown as Asset[];
  const attachments = (await visitChildRecords(ctx, 'attachment', visit.id)) as unknown as Attachment[];
  const hashes = [...new Set(attachments.map((a) => a.sha256))];
  const stored =
    hashes.length === 0
      ? []
      : // Bytes held for this case only: a photo whose hash names another team's file is not evidence here.
        await ctx.tx.query<{ sha256: string }>(
          'SELECT sha256 FROM blob_case WHERE case_id = $2 AND sha256 = ANY($1::text[])',
          [hashes, visit.caseId],
        );
  const uploaded = new Set(stored.map((r) => r.sha256));
  const results = reviewChecklist({
    visit: visit.data as unknown as Visit,
    incidents,
    assets,
    attachments,
    isBlobUploaded: (sha256) => uploaded.has(sha256),
  });
  const override = (review as unknown as VisitReview).checklistOverride;
  if (unacknowledgedChecklistItems(results, override).length > 0)
    throw new MutationRejected('visit.checklistOverrideRequired', 'checklistOverride');
}
