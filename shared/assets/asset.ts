import { z } from 'zod';
import { isMeasureAllowed } from './allowedMeasures';
import type { AssetCode } from './assetMessages';
import { bankDepositAssetSchema } from './bankDepositAsset';
import { checkOwnerGuard } from './checkOwnerGuard';
import { equityAssetSchema } from './equityAsset';
import { landAssetSchema } from './landAsset';
import { machineryAssetSchema } from './machineryAsset';
import { realEstateAssetSchema } from './realEstateAsset';
import { vehicleAssetSchema } from './vehicleAsset';

/**
 * One entry of the case's asset ledger, discriminated by `class`. Machinery comes from visit inventories; the
 * other classes come from the five checks 五查 and join the same ledger, so the over-seizure meter and the
 * least-harm ranking see every asset of the case. The schema refuses what the bureau's rules forbid:
 * a measure the class cannot take, a quota freeze without an amount, and a measure on a third party's
 * property without a recorded justification (rule 2).
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
  .superRefine((asset, ctx) => {
    if (!isMeasureAllowed(asset.class, asset.measure.kind)) {
      ctx.addIssue({
        code: 'custom',
        message: 'asset.measureNotAllowed' satisfies AssetCode,
        path: ['measure', 'kind'],
      });
    }
    if (
      asset.class === 'bank_deposit' &&
      asset.measure.kind === 'quota_freeze' &&
      (asset.frozenAmountFen === null || asset.frozenAmountFen === 0)
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'asset.quotaAmountRequired' satisfies AssetCode,
        path: ['frozenAmountFen'],
      });
    }
    for (const problem of checkOwnerGuard(asset).problems) {
      if (problem.severity === 'error') {
        ctx.addIssue({ code: 'custom', message: problem.code, path: problem.path.split('.') });
      }
    }
    if (asset.carriedFrom?.assetId === asset.id) {
      ctx.addIssue({
        code: 'custom',
        message: 'asset.carriedFromSelf' satisfies AssetCode,
        path: ['carriedFrom', 'assetId'],
      });
    }
  });
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
