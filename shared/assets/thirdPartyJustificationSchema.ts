import { isNotBlank } from '../visits/isNotBlank';
import { assetMeasureSchema } from './assetMeasure';
import type { AssetCode } from './assetMessages';

/**
 * The justification typed to put a third party's property under a measure (rule 2): the measure's own field
 * rule, and not blank — the same refusal `checkOwnerGuard` gives a measure recorded without one.
 */
export const thirdPartyJustificationSchema = assetMeasureSchema.shape.thirdPartyJustification
  .unwrap()
  .refine(isNotBlank, { error: 'asset.thirdPartyNeedsJustification' satisfies AssetCode });
