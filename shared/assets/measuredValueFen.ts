import type { Fen } from '../domain/money';
import type { LedgerAsset } from './ledgerAsset';

/**
 * The value a measure really holds, in fen: 0 when no measure applies; for a deposit freeze the frozen
 * amount of a quota freeze (what the court ordered frozen, not the balance), or the balance seen for a
 * whole-account freeze (it binds all of it); for a frozen receivable its valuation, else its face amount
 * (erring towards an early over-seizure warning); otherwise the valuation of the whole line. Never a book
 * figure (original cost, net book value, registered capital): those are not prices. Null when the asset is
 * under measure but what it holds is not known yet, so the meter can say how much it cannot count.
 */
export function measuredValueFen(asset: LedgerAsset): Fen | null {
  if (asset.measure.kind === 'none') return 0;
  if (asset.measure.kind === 'quota_freeze') {
    if (asset.class !== 'bank_deposit') return null;
    return asset.measure.freezeScope === 'whole_account' ? asset.balanceFen : asset.frozenAmountFen;
  }
  if (asset.class === 'receivable') return asset.valuation?.valueFen ?? asset.amountFen;
  return asset.valuation?.valueFen ?? null;
}
