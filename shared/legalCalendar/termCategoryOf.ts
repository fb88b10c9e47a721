import { unreachable } from '../util/assert';
import type { LedgerAssetClass } from '../assets/ledgerAsset';
import type { TermCategory } from './statutoryTerms';

/**
 * Which row of the legal calendar caps a measure on an asset of this class: a freeze of a bank deposit runs
 * at most one year, a seizure or detention of a movable two, a seizure of real estate or land and a freeze of
 * equity or a receivable (其他财产权) three.
 */
export function termCategoryOf(assetClass: LedgerAssetClass): TermCategory {
  switch (assetClass) {
    case 'bank_deposit':
      return 'bank_deposit';
    case 'machinery':
    case 'vehicle':
    case 'inventory_goods':
      return 'movable';
    case 'real_estate':
    case 'land':
      return 'immovable';
    case 'equity':
    case 'receivable':
      return 'other_property_right';
    default:
      return unreachable(assetClass);
  }
}
