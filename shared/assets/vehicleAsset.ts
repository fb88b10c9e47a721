import { z } from 'zod';
import { assetCommonShape, assetText } from './assetCommon';

/** A motor vehicle 车辆. Minimal fields until the five-checks issue extends it. */
export const vehicleAssetSchema = z.object({
  ...assetCommonShape,
  class: z.literal('vehicle'),
  plateNumber: assetText(20),
  /** Make and model 品牌型号. */
  model: assetText(100),
  /** Vehicle identification number 车架号. */
  vin: assetText(32),
});
export type VehicleAsset = z.infer<typeof vehicleAssetSchema>;
