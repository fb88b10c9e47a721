import { z } from 'zod';
import type { AssetCode } from './assetMessages';
import { assetCommonShape, assetText } from './assetCommon';

/**
 * Inventory goods 存货 met on site: raw materials, finished goods, stock in a warehouse. Unlike a machine
 * line, goods are counted in units that may be fractional (12.5 吨), and a lot can be sealed in part.
 * The valuation is for the whole lot.
 */
export const inventoryGoodsAssetSchema = z.object({
  ...assetCommonShape,
  class: z.literal('inventory_goods'),
  description: assetText(500),
  /** Null while being typed. */
  quantity: z
    .number({ error: 'asset.goodsQuantityInvalid' satisfies AssetCode })
    .positive({ error: 'asset.goodsQuantityInvalid' satisfies AssetCode })
    .max(1_000_000_000, { error: 'asset.goodsQuantityInvalid' satisfies AssetCode })
    .nullable(),
  unit: assetText(20),
  location: assetText(200),
});
export type InventoryGoodsAsset = z.infer<typeof inventoryGoodsAssetSchema>;
