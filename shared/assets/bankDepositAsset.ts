import { z } from 'zod';
import { fenSchema } from '../domain/money';
import { assetCommonShape, assetText } from './assetCommon';

/**
 * A bank deposit 存款 found by the five checks. Bank accounts take a quota freeze 额度冻结: only
 * `frozenAmountFen` is frozen (at most the claim) and the account keeps working; a whole-account freeze is
 * not a measure this ledger offers. `balanceFen` is what the query showed, when known.
 */
export const bankDepositAssetSchema = z.object({
  ...assetCommonShape,
  class: z.literal('bank_deposit'),
  bankName: assetText(200),
  accountNumber: assetText(64),
  accountHolder: assetText(200),
  balanceFen: fenSchema.nullable(),
  frozenAmountFen: fenSchema.nullable(),
});
export type BankDepositAsset = z.infer<typeof bankDepositAssetSchema>;
