import { z } from 'zod';
import { fenSchema } from '../domain/money';
import { assetCommonShape, assetText } from './assetCommon';
import { isoDateSchema } from '../legalCalendar/calendarDate';

/**
 * A bank deposit 存款 found by the five checks. Bank accounts take a quota freeze 额度冻结: only
 * `frozenAmountFen` is frozen (at most the claim) and the account keeps working; a whole-account freeze is
 * recorded only with its reason (`freezeScope: 'whole_account'`). `balanceFen` is what the query showed, when known.
 */
export const bankDepositAssetSchema = z.object({
  ...assetCommonShape,
  class: z.literal('bank_deposit'),
  bankName: assetText(200),
  accountNumber: assetText(64),
  accountHolder: assetText(200),
  balanceFen: fenSchema.nullable(),
  /** The day the balance was seen (the query's answer date): a balance is only true on that day. */
  balanceSeenOn: isoDateSchema.nullable().optional(),
  /** The amount under a quota freeze 额度冻结: at most the claim (the meter warns), never the balance by default. */
  frozenAmountFen: fenSchema.nullable(),
});
export type BankDepositAsset = z.infer<typeof bankDepositAssetSchema>;
