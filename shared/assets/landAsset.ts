import { z } from 'zod';
import type { AssetCode } from './assetMessages';
import { assetCommonShape, assetText } from './assetCommon';

/** Land use rights 土地使用权. Minimal fields until the five-checks issue extends it. */
export const landAssetSchema = z.object({
  ...assetCommonShape,
  class: z.literal('land'),
  location: assetText(500),
  certificateNumber: assetText(100),
  areaM2: z
    .number()
    .nonnegative({ error: 'asset.areaInvalid' satisfies AssetCode })
    .nullable(),
});
export type LandAsset = z.infer<typeof landAssetSchema>;
