import { z } from 'zod';
import { assetMeasureSchema } from './assetMeasure';
import { ownerClassSchema } from './ownerClass';
import { valuationSchema } from './valuation';

/**
 * Set when an inventory row was carried forward from an earlier visit's row (domain rule 8): the earlier
 * row stays untouched as part of that visit's record, and this row supersedes it in the case's ledger
 * (see `currentAssets`).
 */
export const carriedFromSchema = z.object({
  assetId: z.string().min(1),
  mark: z.enum(['present', 'moved']),
});
export type CarriedFrom = z.infer<typeof carriedFromSchema>;

/** Fields every asset in the case's ledger carries, whatever its class. */
export const assetCommonShape = {
  id: z.string().min(1),
  caseId: z.string().min(1),
  /** The visit on which this row was recorded; null for assets found otherwise (e.g. the five checks 五查). */
  visitId: z.string().min(1).nullable(),
  ownerClass: ownerClassSchema,
  /** Null until someone has put a price on it. */
  valuation: valuationSchema.nullable(),
  measure: assetMeasureSchema,
  carriedFrom: carriedFromSchema.nullable(),
};

/**
 * A free-text field of an asset. Empty is allowed because rows are saved while being typed, and the text is
 * stored as typed (not trimmed), or a space typed between two words would vanish on the autosave.
 */
export function assetText(max: number) {
  return z.string().max(max, { error: 'text.tooLong' });
}
