import { z } from 'zod';
import type { AssetCode } from './assetMessages';
import { assetCommonShape, assetText } from './assetCommon';

/**
 * A stake the debtor holds in another company 股权. Freezing it 冻结股权 is recorded as `full_seal`: the
 * holder can neither transfer nor pledge it. Minimal fields until the five-checks issue extends it.
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
});
export type EquityAsset = z.infer<typeof equityAssetSchema>;
