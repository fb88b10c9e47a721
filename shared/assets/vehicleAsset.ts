import { z } from 'zod';
import { assetCommonShape, assetText } from './assetCommon';

/** A motor vehicle 车辆. The seizure list names plate, VIN and engine number
 * (seizure provisions, as amended 2020). */
export const vehicleAssetSchema = z.object({
  ...assetCommonShape,
  class: z.literal('vehicle'),
  plateNumber: assetText(20),
  /** Make and model 品牌型号. */
  model: assetText(100),
  /** Vehicle identification number 车架号. */
  vin: assetText(32),
  /** Engine number 发动机号. */
  engineNumber: assetText(32).optional(),
});
export type VehicleAsset = z.infer<typeof vehicleAssetSchema>;
