import { z } from 'zod';
import type { AssetCode } from './assetMessages';
import { assetCommonShape, assetText } from './assetCommon';

/** Land use rights 土地使用权. Sealed where it lies. */
export const landAssetSchema = z.object({
  ...assetCommonShape,
  class: z.literal('land'),
  location: assetText(500),
  certificateNumber: assetText(100),
  areaM2: z
    .number()
    .nonnegative({ error: 'asset.areaInvalid' satisfies AssetCode })
    .nullable(),
  /** Permitted use as registered 用途 (industrial, commercial, …) and how the right was obtained (出让 / 划拨). */
  landUse: assetText(100).optional(),
  /** The registry holding the register. */
  registry: assetText(200).optional(),
});
export type LandAsset = z.infer<typeof landAssetSchema>;
