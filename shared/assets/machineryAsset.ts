import { z } from 'zod';
import type { AssetCode } from './assetMessages';
import { assetCommonShape, assetText } from './assetCommon';

/** Running 在用, idle 闲置, damaged 损坏. */
export const MACHINERY_CONDITIONS = ['running', 'idle', 'damaged'] as const;
export const machineryConditionSchema = z.enum(MACHINERY_CONDITIONS);
export type MachineryCondition = z.infer<typeof machineryConditionSchema>;

/**
 * One line of the machinery inventory 机器设备清单. A new grid row is saved the moment it is added, so text
 * fields may be empty and `condition` may be null here; `assetWarnings` points out what is missing.
 * `quantity` counts units on the line; the valuation is for the whole line (see `valuationSchema`).
 */
export const machineryAssetSchema = z.object({
  ...assetCommonShape,
  class: z.literal('machinery'),
  name: assetText(200),
  model: assetText(100),
  manufacturer: assetText(200),
  serialNumber: assetText(100),
  year: z
    .number({ error: 'asset.yearRange' satisfies AssetCode })
    .int({ error: 'asset.yearRange' satisfies AssetCode })
    .min(1900, { error: 'asset.yearRange' satisfies AssetCode })
    .max(2100, { error: 'asset.yearRange' satisfies AssetCode })
    .nullable(),
  quantity: z
    .number({ error: 'asset.quantityInvalid' satisfies AssetCode })
    .int({ error: 'asset.quantityInvalid' satisfies AssetCode })
    .min(1, { error: 'asset.quantityInvalid' satisfies AssetCode })
    .max(1_000_000, { error: 'asset.quantityInvalid' satisfies AssetCode }),
  unit: assetText(20),
  location: assetText(200),
  condition: machineryConditionSchema.nullable(),
});
export type MachineryAsset = z.infer<typeof machineryAssetSchema>;
