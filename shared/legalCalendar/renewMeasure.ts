import type { AssetMeasure } from '../assets/assetMeasure';
import type { LedgerAssetClass } from '../assets/ledgerAsset';
import type { MeasureRenewal } from '../assets/measureRenewal';
import type { IsoDate } from './calendarDate';
import type { LegalCalendarCode } from './legalCalendarMessages';
import { measureTerm, type MeasureTermProblem } from './measureTerm';

/** Why a renewal cannot be recorded; each code has its text in `legalCalendarMessages`. */
export type RenewalRefusal = {
  code: Extract<LegalCalendarCode, 'measure.notRenewable'> | MeasureTermProblem['code'];
  params?: Record<string, string | number>;
};

export type RenewalResult =
  { ok: true; measure: AssetMeasure; lastDay: IsoDate } | { ok: false; error: RenewalRefusal };

/**
 * Records a renewal 续行查封 / 续冻 (Interpretation of the Civil Procedure Law, Art. 485 para. 2: made before
 * the term expires, for no longer than the statutory term): returns the measure with the renewal appended
 * and the new last day, or a domain error code — a term beyond the statutory maximum
 * (`measure.renewalTermTooLong`, with `maxMonths`), a renewal after the term ended (`measure.renewalAfterLapse`,
 * with `lastDay`), a queued seizure that is not yet effective, an undated or lifted measure. Nothing is
 * capped silently: the officer must see that 36 months cannot be ordered on a deposit.
 */
export function renewMeasure(
  asset: { class: LedgerAssetClass; measure: AssetMeasure },
  renewal: MeasureRenewal,
): RenewalResult {
  const before = measureTerm(asset);
  if (before.status === 'no_measure') return { ok: false, error: { code: 'measure.notRenewable' } };
  if (before.status === 'queued') return { ok: false, error: { code: 'measure.queuedNotRunning' } };
  if (before.status === 'undated') return { ok: false, error: { code: 'measure.renewalWithoutStart' } };
  const measure: AssetMeasure = { ...asset.measure, renewals: [...(asset.measure.renewals ?? []), renewal] };
  const after = measureTerm({ class: asset.class, measure });
  const index = measure.renewals!.length - 1;
  // Only the new renewal's own faults refuse it: an older fault is the stored record's, not this step's.
  const own = after.problems.find((p) => p.path[2] === index);
  if (own !== undefined) {
    return { ok: false, error: own.params ? { code: own.code, params: own.params } : { code: own.code } };
  }
  if (after.status !== 'dated') return { ok: false, error: { code: 'measure.notRenewable' } };
  return { ok: true, measure, lastDay: after.lastDay };
}
