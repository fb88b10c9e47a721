import { z } from 'zod';
import { fenSchema } from '../domain/money';
import { assetCommonShape, assetText } from './assetCommon';
import { isoDateSchema } from '../legalCalendar/calendarDate';

/**
 * A receivable 应收账款: money a third party (the 次债务人) owes the debtor, met on site in the enterprise's
 * books or contracts. It is frozen (recorded as `full_seal`) by a notice to that third party, which then pays
 * the court instead of the debtor. `amountFen` is the face amount the evidence shows; what it is worth
 * (a disputed or old receivable collects less) is its valuation.
 */
export const receivableAssetSchema = z.object({
  ...assetCommonShape,
  class: z.literal('receivable'),
  /** Who owes the money (the third-party debtor 次债务人). */
  debtorName: assetText(200),
  /** The third-party debtor's unified social credit code or ID number, when known. */
  debtorCode: assetText(18),
  amountFen: fenSchema.nullable(),
  dueDate: isoDateSchema.nullable(),
  /** What proves it: contract, invoices, delivery notes, a statement of account 对账单. */
  evidence: assetText(2000),
});
export type ReceivableAsset = z.infer<typeof receivableAssetSchema>;
