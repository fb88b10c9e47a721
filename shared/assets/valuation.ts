import { z } from 'zod';
import { fenSchema } from '../domain/money';
import type { AssetCode } from './assetMessages';

/**
 * How a price was found (domain rule 6): commissioned appraisal 委托评估, party negotiation 当事人议价,
 * directed inquiry 定向询价, online inquiry 网络询价, or the officers' / enterprise's estimate 估算.
 */
export const VALUATION_METHODS = [
  'appraisal',
  'negotiation',
  'directed_inquiry',
  'online_inquiry',
  'estimate',
] as const;
export const valuationMethodSchema = z.enum(VALUATION_METHODS);
export type ValuationMethod = z.infer<typeof valuationMethodSchema>;

/**
 * The value of an asset line with its method and date. The value is for the WHOLE line, not per unit: a line
 * of 3 lathes valued at 90,000 yuan is worth 90,000 yuan. Appraisals and enterprises' asset lists state lots
 * and line totals, and multiplying a per-unit figure would invent precision nobody measured.
 */
export const valuationSchema = z.object({
  valueFen: fenSchema,
  method: valuationMethodSchema,
  /** The day the price was found (the appraisal report's date, the day of the inquiry): entered, not "today". */
  date: z.iso.date({ error: 'asset.dateFormat' satisfies AssetCode }),
  /** Who found it: the appraisal firm, the parties, the platform, the officer. Optional: added later. */
  valuedBy: z.string().max(200, { error: 'text.tooLong' }).optional(),
  /** The report number, inquiry reference or agreement that documents it. */
  reference: z.string().max(200, { error: 'text.tooLong' }).optional(),
});
export type Valuation = z.infer<typeof valuationSchema>;
