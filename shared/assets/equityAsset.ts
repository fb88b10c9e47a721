import { z } from 'zod';
import type { AssetCode } from './assetMessages';
import { fenSchema } from '../domain/money';
import { assetCommonShape, assetText } from './assetCommon';

/**
 * A stake the debtor holds in another company 股权. Freezing it 冻结股权 is recorded as `full_seal`: the
 * holder can neither transfer nor pledge it.
 */
export const equityAssetSchema = z.object({
  ...assetCommonShape,
  class: z.literal('equity'),
  companyName: assetText(200),
  companyCreditCode: assetText(18),
  /** Shareholding in basis points (10000 = 100%), integer so that no float creeps in; null when unknown. */
  shareBasisPoints: z
    .number({ error: 'asset.shareRange' satisfies AssetCode })
    .int({ error: 'asset.shareRange' satisfies AssetCode })
    .min(0, { error: 'asset.shareRange' satisfies AssetCode })
    .max(10_000, { error: 'asset.shareRange' satisfies AssetCode })
    .nullable(),
  /**
   * The stake as a capital amount 出资额 when the register states one instead of (or beside) a percentage;
   * it is the registered contribution, not a valuation, and never feeds the meter.
   */
  contributionFen: fenSchema.nullable().optional(),
});
export type EquityAsset = z.infer<typeof equityAssetSchema>;
