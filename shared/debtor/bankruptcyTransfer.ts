import { z } from 'zod';
import { officerRefSchema } from '../domain/case';
import { isoDateSchema } from '../legalCalendar/calendarDate';
import { consentSchema } from '../plans/consent';
import type { DebtorCode } from './debtorMessages';

/**
 * A transfer from enforcement to bankruptcy review 执转破: the day of the transfer, the court receiving it
 * (the court of the debtor's domicile) and, per case, the applicant's answer (write-once consent records, as
 * for plans). Linked to the lead's decision when there is one.
 */
export const bankruptcyTransferSchema = z
  .object({
    id: z.string().min(1),
    debtorKey: z.string().min(1),
    caseIds: z.array(z.string().min(1)).min(1, { error: 'debtor.transferNoCases' satisfies DebtorCode }),
    transferredOn: isoDateSchema,
    receivingCourt: z
      .string()
      .trim()
      .min(1, { error: 'payment.textRequired' satisfies DebtorCode })
      .max(100),
    consents: z.array(consentSchema),
    decisionId: z.string().min(1).nullable(),
    recordedBy: officerRefSchema,
  })
  .refine((t) => t.caseIds.every((id) => t.consents.some((c) => c.caseId === id)), {
    error: 'debtor.transferConsentMissing' satisfies DebtorCode,
    path: ['consents'],
  });
export type BankruptcyTransfer = z.infer<typeof bankruptcyTransferSchema>;
