import type { z } from 'zod';
import { isNotBlank } from '../visits/isNotBlank';
import { isMeasureAllowed } from './allowedMeasures';
import type { AssetCode } from './assetMessages';
import { checkOwnerGuard } from './checkOwnerGuard';
import type { LedgerAsset } from './ledgerAsset';
import { measureTerm } from '../legalCalendar/measureTerm';

/**
 * The bureau's rules every stored asset must satisfy, whatever its class: a measure the class can take; a
 * deposit freeze of a stated amount, or of the whole account only with its reason (rule 3); no measure on a
 * third party's property without a justification (rule 2); no carry-forward from itself; and a term and
 * renewals within the legal calendar (Art. 485: never beyond the statutory maximum, no renewal after lapse).
 */
export function refineLedgerAsset(asset: LedgerAsset, ctx: z.RefinementCtx): void {
  const issue = (message: string, path: (string | number)[], params?: Record<string, unknown>) =>
    ctx.addIssue({ code: 'custom', message, path, ...(params ? { params } : {}) });
  if (!isMeasureAllowed(asset.class, asset.measure.kind)) {
    issue('asset.measureNotAllowed' satisfies AssetCode, ['measure', 'kind']);
  }
  if (asset.class === 'bank_deposit' && asset.measure.kind === 'quota_freeze') {
    if (asset.measure.freezeScope === 'whole_account') {
      if (!isNotBlank(asset.measure.wholeAccountReason ?? '')) {
        issue('asset.wholeAccountFreezeNeedsReason' satisfies AssetCode, ['measure', 'wholeAccountReason']);
      }
    } else if (asset.frozenAmountFen === null || asset.frozenAmountFen === 0) {
      issue('asset.quotaAmountRequired' satisfies AssetCode, ['frozenAmountFen']);
    }
  }
  for (const problem of checkOwnerGuard(asset).problems) {
    if (problem.severity === 'error') issue(problem.code, problem.path.split('.'));
  }
  if (asset.carriedFrom?.assetId === asset.id) {
    issue('asset.carriedFromSelf' satisfies AssetCode, ['carriedFrom', 'assetId']);
  }
  for (const problem of measureTerm(asset).problems) issue(problem.code, problem.path, problem.params);
}
