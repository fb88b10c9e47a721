import type { Asset } from '../../../../shared/assets/asset';
import { checkOwnerGuard } from '../../../../shared/assets/checkOwnerGuard';
import type { MachineryAsset } from '../../../../shared/assets/machineryAsset';
import { wouldExceed, type WouldExceedResult } from '../../../../shared/assets/wouldExceed';
import type { Fen } from '../../../../shared/domain/money';

/**
 * What to do with an edit before it is written:
 * - write: nothing stands in the way (`notice` when the meter now reaches 90% of the claim);
 * - needsJustification: the row would put a measure on a third party's property with no recorded
 *   justification (rule 2): ask for one, or do not write;
 * - confirmExceed: the value under measure would rise above the outstanding claim (rule 3): say so, with
 *   the figures, before anything is written.
 */
export type PatchReview =
  | {
      kind: 'write';
      patch: Partial<MachineryAsset>;
      candidate: MachineryAsset;
      notice: 'asset.wouldApproachClaim' | null;
    }
  | { kind: 'needsJustification'; patch: Partial<MachineryAsset>; candidate: MachineryAsset }
  | {
      kind: 'confirmExceed';
      patch: Partial<MachineryAsset>;
      candidate: MachineryAsset;
      check: WouldExceedResult;
    };

/**
 * Checks an edit of one inventory row against the bureau's rules, against the whole case ledger (every
 * asset class and visit, as the meter counts them). The owner guard only runs when the edit touches the
 * owner or the measure, so a row can always be corrected in its other fields.
 */
export function reviewPatch(
  row: MachineryAsset,
  patch: Partial<MachineryAsset>,
  ledger: readonly Asset[],
  outstandingFen: Fen,
): PatchReview {
  const candidate: MachineryAsset = { ...row, ...patch };
  if (('ownerClass' in patch || 'measure' in patch) && !checkOwnerGuard(candidate).isAllowed) {
    return { kind: 'needsJustification', patch, candidate };
  }
  const check = wouldExceed(ledger, candidate, outstandingFen);
  if (check.warning === 'asset.wouldExceedClaim') return { kind: 'confirmExceed', patch, candidate, check };
  return { kind: 'write', patch, candidate, notice: check.warning };
}

/** The edit again with the justification recorded on the measure, ready to be reviewed once more. */
export function withJustification(
  patch: Partial<MachineryAsset>,
  candidate: MachineryAsset,
  justification: string,
): Partial<MachineryAsset> {
  return { ...patch, measure: { ...candidate.measure, thirdPartyJustification: justification } };
}
