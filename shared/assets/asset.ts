import { z } from 'zod';
import { bankDepositAssetSchema } from './bankDepositAsset';
import { equityAssetSchema } from './equityAsset';
import { landAssetSchema } from './landAsset';
import { machineryAssetSchema } from './machineryAsset';
import { realEstateAssetSchema } from './realEstateAsset';
import { refineLedgerAsset } from './refineLedgerAsset';
import { vehicleAssetSchema } from './vehicleAsset';

/**
 * One entry of the case's asset ledger, discriminated by `class`. Machinery comes from visit inventories; the
 * other classes come from the five checks 五查 and join the same ledger, so the over-seizure meter and the
 * least-harm ranking see every asset of the case. The schema refuses what the bureau's rules forbid
 * (`refineLedgerAsset`): a measure the class cannot take, a quota freeze without an amount, a measure on a
 * third party's property without a recorded justification (rule 2), a term beyond the legal calendar.
 * These are the six classes stored and synced today; `ledgerAssetSchema` adds receivables and inventory goods.
 */
export const assetSchema = z
  .discriminatedUnion('class', [
    machineryAssetSchema,
    bankDepositAssetSchema,
    realEstateAssetSchema,
    landAssetSchema,
    vehicleAssetSchema,
    equityAssetSchema,
  ])
  .superRefine(refineLedgerAsset);
export type Asset = z.infer<typeof assetSchema>;
export type AssetClass = Asset['class'];
export const ASSET_CLASSES = [
  'machinery',
  'bank_deposit',
  'real_estate',
  'land',
  'vehicle',
  'equity',
] as const satisfies readonly AssetClass[];
