import type { ClosingMode } from '../domain/closingMode';
import type { IsoDate } from '../legalCalendar/calendarDate';
import { currentConsents } from '../plans/currentConsents';
import type { BankruptcyTransfer } from './bankruptcyTransfer';
import type { DebtorCode } from './debtorMessages';

export type CaseClosure = { caseId: string; closingMode: ClosingMode; closedOn: IsoDate };

export type TransferClosures = { ok: true; closures: CaseClosure[] } | { ok: false; code: DebtorCode };

/**
 * The cases a transfer to bankruptcy closes. The transfer needs at least one applicant's standing agreement
 * (民诉法解释 Art. 511: an applicant's or the debtor's written consent); once the bankruptcy court takes the
 * debtor, enforcement against it stops for every creditor (企业破产法 Art. 19), so every linked case closes,
 * also those whose applicant refused. They close as terminated 终结执行 (民诉法解释 Art. 514) on the day of
 * the transfer: `closingModeSchema` has no mode of its own for 执转破 yet, so the transfer record is what
 * tells these closures apart.
 */
export function casesClosedByTransfer(transfer: BankruptcyTransfer): TransferClosures {
  const hasAgreement = currentConsents(transfer.consents).some((c) => c.status === 'agreed');
  if (!hasAgreement) return { ok: false, code: 'debtor.transferNoConsent' };
  return {
    ok: true,
    closures: transfer.caseIds.map((caseId) => ({
      caseId,
      closingMode: 'terminated',
      closedOn: transfer.transferredOn,
    })),
  };
}
