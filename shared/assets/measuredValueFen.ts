import type { Fen } from '../domain/money';
import type { Asset } from './asset';

/**
 * The value an asset puts under measure, in fen: 0 when no measure applies; for a quota freeze the frozen
 * amount (what the court ordered frozen, not the balance or a valuation: that is what the measure binds);
 * otherwise the valuation of the whole line. Null when the asset is under measure but its value is not known
 * yet (no valuation, or a quota freeze without an amount), so the meter can say how much it cannot count.
 */
export function measuredValueFen(asset: Asset): Fen | null {
  if (asset.measure.kind === 'none') return 0;
  if (asset.measure.kind === 'quota_freeze') {
    return asset.class === 'bank_deposit' ? asset.frozenAmountFen : null;
  }
  return asset.valuation?.valueFen ?? null;
}
