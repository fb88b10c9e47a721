import type { Fen } from '../domain/money';
import type { AssetCode } from './assetMessages';
import type { LedgerAsset } from './ledgerAsset';
import { overSeizureMeter, type OverSeizureMeter, type OverSeizureOptions } from './overSeizureMeter';

/** The meter before and after a proposed change, and the warning to show before it is saved. */
export type WouldExceedResult = {
  before: OverSeizureMeter;
  after: OverSeizureMeter;
  /**
   * `asset.wouldExceedClaim` when the change raises the value under measure above the outstanding claim (or
   * further above it); `asset.wouldApproachClaim` when it first brings the meter to 90% or more; else null.
   */
  warning: Extract<AssetCode, 'asset.wouldExceedClaim' | 'asset.wouldApproachClaim'> | null;
  /** How far the value under measure would be above the claim, 0 when not above. */
  excessFen: Fen;
};

/**
 * Checks a proposed change BEFORE it is written (domain rule 3: warn before the claim is exceeded).
 * `candidates` are the new versions of one or more assets — a new asset, or an existing one (matched by id)
 * with its measure or valuation changed — as when sealing several selected grid rows at once.
 */
export function wouldExceed(
  assets: readonly LedgerAsset[],
  candidates: LedgerAsset | readonly LedgerAsset[],
  outstandingFen: Fen,
  options: OverSeizureOptions = {},
): WouldExceedResult {
  const changed = new Map<string, LedgerAsset>();
  // An asset always has `class`; an array never does.
  const list: readonly LedgerAsset[] = 'class' in candidates ? [candidates] : candidates;
  for (const c of list) changed.set(c.id, c);
  const next = assets.map((a) => changed.get(a.id) ?? a);
  const known = new Set(assets.map((a) => a.id));
  for (const c of changed.values()) if (!known.has(c.id)) next.push(c);

  const before = overSeizureMeter(assets, outstandingFen, options);
  const after = overSeizureMeter(next, outstandingFen, options);
  const raises = after.valueUnderMeasureFen > before.valueUnderMeasureFen;
  let warning: WouldExceedResult['warning'] = null;
  if (raises && after.level === 'exceeded') warning = 'asset.wouldExceedClaim';
  else if (raises && after.level === 'approaching' && before.level === 'ok')
    warning = 'asset.wouldApproachClaim';
  return {
    before,
    after,
    warning,
    excessFen: Math.max(0, after.valueUnderMeasureFen - outstandingFen),
  };
}
