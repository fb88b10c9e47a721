import { z } from 'zod';
import { assetMeasureSchema } from './assetMeasure';
import { ownerClassSchema } from './ownerClass';
import { fenSchema } from '../domain/money';
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
  /**
   * Earlier valuations, oldest first: a new price never erases the one it replaces (rule 6). Optional, like
   * every field added after rows were first stored: absent reads as no history.
   */
  valuationHistory: z.array(valuationSchema).max(200).optional(),
  /**
   * Book figures from the enterprise's accounts: original cost 原值 and net book value 净值. They are NOT
   * valuations: a purchase cost says nothing of what the thing sells for today, so the over-seizure meter and
   * the ranking never read them. Only a person who records one as the estimate turns it into a valuation.
   */
  originalCostFen: fenSchema.nullable().optional(),
  netBookValueFen: fenSchema.nullable().optional(),
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
