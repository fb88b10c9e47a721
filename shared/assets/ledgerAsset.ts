import { z } from 'zod';
import { bankDepositAssetSchema } from './bankDepositAsset';
import { equityAssetSchema } from './equityAsset';
import { inventoryGoodsAssetSchema } from './inventoryGoodsAsset';
import { landAssetSchema } from './landAsset';
import { machineryAssetSchema } from './machineryAsset';
import { realEstateAssetSchema } from './realEstateAsset';
import { receivableAssetSchema } from './receivableAsset';
import { refineLedgerAsset } from './refineLedgerAsset';
import { vehicleAssetSchema } from './vehicleAsset';

const ledgerAssetUnion = z.discriminatedUnion('class', [
  machineryAssetSchema,
  bankDepositAssetSchema,
  realEstateAssetSchema,
  landAssetSchema,
  vehicleAssetSchema,
  equityAssetSchema,
  receivableAssetSchema,
  inventoryGoodsAssetSchema,
]);

/**
 * Any asset of the case's whole ledger (issue 13): the six classes of `assetSchema` plus receivables
 * 应收账款 and inventory goods 存货 met on site. The ledger's pure rules (meter, ranking, legal calendar) take
 * this type, so they see every class. `assetSchema` stays the six classes the app and the court server store
 * today; moving storage and sync to this schema is the wiring step of issue 13 (screens that switch over
 * `class` then gain two cases). Same rules for every class (`refineLedgerAsset`).
 */
export const ledgerAssetSchema = ledgerAssetUnion.superRefine(refineLedgerAsset);
export type LedgerAsset = z.infer<typeof ledgerAssetUnion>;
export type LedgerAssetClass = LedgerAsset['class'];
export const LEDGER_ASSET_CLASSES = [
  'machinery',
  'bank_deposit',
  'real_estate',
  'land',
  'vehicle',
  'equity',
  'receivable',
  'inventory_goods',
] as const satisfies readonly LedgerAssetClass[];
