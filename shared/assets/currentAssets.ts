import type { LedgerAsset } from './ledgerAsset';

/**
 * The case's ledger as it stands now: every asset except rows superseded by a carried-forward copy (domain
 * rule 8). When a machine is carried from visit 1 to visit 2, both rows stay (visit 1's record is not
 * rewritten), but only the visit-2 row is current, so its seal is counted once. If the same row was carried
 * twice (two visits recorded offline at once), both copies stay current: counting the seal twice errs
 * towards an early over-seizure warning rather than a missed one.
 */
export function currentAssets<A extends LedgerAsset>(assets: readonly A[]): A[] {
  const superseded = new Set<string>();
  for (const a of assets) if (a.carriedFrom !== null) superseded.add(a.carriedFrom.assetId);
  return assets.filter((a) => !superseded.has(a.id));
}
