import { z } from 'zod';
import type { AssetCode } from './assetMessages';
import { assetCommonShape, assetText } from './assetCommon';

/** Real estate 房产 (buildings, plant halls, offices). Sealed where it stands. */
export const realEstateAssetSchema = z.object({
  ...assetCommonShape,
  class: z.literal('real_estate'),
  address: assetText(500),
  /** 不动产权证号 or the older 房屋所有权证号. */
  certificateNumber: assetText(100),
  floorAreaM2: z
    .number()
    .nonnegative({ error: 'asset.areaInvalid' satisfies AssetCode })
    .nullable(),
  /** The real-estate registry 不动产登记机构 holding the register (where seizures are registered). */
  registry: assetText(200).optional(),
});
export type RealEstateAsset = z.infer<typeof realEstateAssetSchema>;
