import type { Asset } from '../../../shared/assets/asset';
import type { MachineryAsset } from '../../../shared/assets/machineryAsset';
import type { WouldExceedResult } from '../../../shared/assets/wouldExceed';
import type { Fen } from '../../../shared/domain/money';
import { unreachable } from '../../../shared/util/assert';
import { isEqual } from './grid/pendingOverlay';
import { reviewPatch } from './grid/reviewPatch';

/** An edit that would put more under measure than is owed (rule 3), with the figures to show. */
export type ExceedQuestion = {
  rowId: string;
  patch: Partial<MachineryAsset>;
  candidate: MachineryAsset;
  check: WouldExceedResult;
};

/** What became of an edit. Only `written` has reached `write`. */
export type ReviewedEditOutcome =
  | { kind: 'unchanged' }
  | { kind: 'written'; notice: 'asset.wouldApproachClaim' | null }
  /** The officer did not go ahead past the claim: nothing was written. */
  | { kind: 'declined' }
  /** A third party's property under measure with no justification (rule 2): nothing was written. */
  | { kind: 'needsJustification'; patch: Partial<MachineryAsset>; candidate: MachineryAsset };

export type ReviewedEditSteps = {
  /** Shows the over-seizure warning; resolves true when the officer goes ahead, false when not. */
  confirmExceed(question: ExceedQuestion): Promise<boolean>;
  /** Writes the reviewed patch of the row. */
  write(rowId: string, patch: Partial<MachineryAsset>): Promise<void>;
};

/**
 * Reviews an edit of one inventory row (`reviewPatch`) and writes it only when nothing stands in the way:
 * an edit that would raise the value under measure above the outstanding claim is asked about first, and
 * written only once the officer confirms (domain rule 3: warn before, not after). An edit that changes
 * nothing, or one the officer declines, never reaches `write`.
 */
export async function writeReviewedEdit(
  row: MachineryAsset,
  patch: Partial<MachineryAsset>,
  ledger: readonly Asset[],
  outstandingFen: Fen,
  steps: ReviewedEditSteps,
): Promise<ReviewedEditOutcome> {
  const keys = Object.keys(patch) as (keyof MachineryAsset)[];
  if (keys.every((k) => isEqual(row[k], patch[k]))) return { kind: 'unchanged' };
  const review = reviewPatch(row, patch, ledger, outstandingFen);
  switch (review.kind) {
    case 'write':
      await steps.write(row.id, review.patch);
      return { kind: 'written', notice: review.notice };
    case 'needsJustification':
      return { kind: 'needsJustification', patch: review.patch, candidate: review.candidate };
    case 'confirmExceed': {
      const question = {
        rowId: row.id,
        patch: review.patch,
        candidate: review.candidate,
        check: review.check,
      };
      if (!(await steps.confirmExceed(question))) return { kind: 'declined' };
      await steps.write(row.id, review.patch);
      return { kind: 'written', notice: null };
    }
    default:
      return unreachable(review);
  }
}
