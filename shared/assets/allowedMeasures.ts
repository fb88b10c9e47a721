import type { AssetMeasureKind } from './assetMeasure';
import type { AssetClass } from './asset';

/**
 * Which measures apply to which asset class. Bank deposits take only a quota freeze (domain rule 3: never a
 * whole-account freeze). Buildings and land are sealed where they stand, never removed. A stake is frozen,
 * recorded as `full_seal`. Movable property (machinery, vehicles) may also be removed 扣押.
 */
export const ALLOWED_MEASURES = {
  machinery: ['none', 'live_seal', 'full_seal', 'removed'],
  vehicle: ['none', 'live_seal', 'full_seal', 'removed'],
  real_estate: ['none', 'live_seal', 'full_seal'],
  land: ['none', 'live_seal', 'full_seal'],
  bank_deposit: ['none', 'quota_freeze'],
  equity: ['none', 'full_seal'],
} as const satisfies Record<AssetClass, readonly AssetMeasureKind[]>;

/** True when `kind` is a measure an asset of class `assetClass` can take. */
export function isMeasureAllowed(assetClass: AssetClass, kind: AssetMeasureKind): boolean {
  return (ALLOWED_MEASURES[assetClass] as readonly AssetMeasureKind[]).includes(kind);
}
