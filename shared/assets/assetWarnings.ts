import type { LedgerAsset } from './ledgerAsset';
import type { AssetCode } from './assetMessages';
import { checkOwnerGuard } from './checkOwnerGuard';

/** Advice on one asset; it never blocks saving. `path` points at the field concerned. */
export type AssetWarning = { code: AssetCode; path: string };

/**
 * Non-blocking advice on an asset: the owner guard's warnings (rule 2), a seal without its notice number or
 * custodian, a measure on an asset with no valuation (rule 6: the over-seizure meter cannot count what has
 * no price), and an unnamed machine.
 */
export function assetWarnings(asset: LedgerAsset): AssetWarning[] {
  const warnings: AssetWarning[] = checkOwnerGuard(asset)
    .problems.filter((p) => p.severity === 'warning')
    .map((p) => ({ code: p.code, path: p.path }));
  const kind = asset.measure.kind;
  if (kind !== 'none') {
    if (asset.measure.sealNoticeNumber.trim() === '') {
      warnings.push({ code: 'asset.sealNoticeMissing', path: 'measure.sealNoticeNumber' });
    }
    // A quota-frozen account stays with the bank, and equity stays on the register: nobody keeps custody.
    if ((kind === 'live_seal' || kind === 'full_seal' || kind === 'removed') && asset.class !== 'equity') {
      if (asset.measure.custodian.trim() === '')
        warnings.push({ code: 'asset.custodianMissing', path: 'measure.custodian' });
    }
    if (kind !== 'quota_freeze' && asset.valuation === null) {
      warnings.push({ code: 'asset.measuredWithoutValuation', path: 'valuation' });
    }
  }
  if (asset.class === 'machinery' && asset.name.trim() === '') {
    warnings.push({ code: 'asset.machineryNameMissing', path: 'name' });
  }
  return warnings;
}
