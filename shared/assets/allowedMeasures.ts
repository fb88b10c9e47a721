import type { AssetMeasureKind } from './assetMeasure';
import type { LedgerAssetClass } from './ledgerAsset';

/**
 * Which measures apply to which asset class. Bank deposits take only a freeze, a quota freeze by default
 * (domain rule 3; a whole-account freeze needs its recorded reason). Buildings and land are sealed where they
 * stand, never removed. A stake or a receivable is frozen, recorded as `full_seal`. Movable property
 * (machinery, vehicles, inventory goods) may also be removed 扣押.
 */
export const ALLOWED_MEASURES = {
  machinery: ['none', 'live_seal', 'full_seal', 'removed'],
  vehicle: ['none', 'live_seal', 'full_seal', 'removed'],
  real_estate: ['none', 'live_seal', 'full_seal'],
  land: ['none', 'live_seal', 'full_seal'],
  bank_deposit: ['none', 'quota_freeze'],
  equity: ['none', 'full_seal'],
  receivable: ['none', 'full_seal'],
  inventory_goods: ['none', 'live_seal', 'full_seal', 'removed'],
} as const satisfies Record<LedgerAssetClass, readonly AssetMeasureKind[]>;

/** True when `kind` is a measure an asset of class `assetClass` can take. */
export function isMeasureAllowed(assetClass: LedgerAssetClass, kind: AssetMeasureKind): boolean {
  return (ALLOWED_MEASURES[assetClass] as readonly AssetMeasureKind[]).includes(kind);
}
