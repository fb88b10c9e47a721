import type { LedgerAsset } from './ledgerAsset';
import type { Valuation } from './valuation';

/**
 * Puts a new valuation on an asset and keeps the one it replaces at the end of `valuationHistory` (rule 6:
 * an appraisal that supersedes an estimate does not erase it; the file shows how the price was reached).
 */
export function recordValuation<A extends LedgerAsset>(asset: A, valuation: Valuation): A {
  const history = asset.valuationHistory ?? [];
  return {
    ...asset,
    valuation,
    valuationHistory: asset.valuation === null ? [...history] : [...history, asset.valuation],
  };
}
