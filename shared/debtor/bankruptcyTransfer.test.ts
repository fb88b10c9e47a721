import { describe, expect, it } from 'vitest';
import type { Consent } from '../plans/consent';
import { bankruptcyTransferSchema, type BankruptcyTransfer } from './bankruptcyTransfer';
import { casesClosedByTransfer } from './casesClosedByTransfer';
import { debtorDecisionSchema } from './debtorDecision';

const officer = { userId: 'u-2', name: '赵局长' };

const consent = (
  id: string,
  caseId: string,
  status: Consent['status'],
  supersedes: string | null = null,
): Consent => ({
  id,
  caseId,
  applicantName: `申请人${caseId}`,
  status,
  decidedOn: status === 'pending' ? null : '2025-08-01',
  recordedHow: 'written_statement',
  recordedBy: officer,
  recordedOn: '2025-08-01',
  supersedes,
});

const transfer: BankruptcyTransfer = {
  id: 't-1',
  debtorKey: 'D',
  caseIds: ['c-1', 'c-2'],
  transferredOn: '2025-08-20',
  receivingCourt: '包头市中级人民法院',
  consents: [consent('k-1', 'c-1', 'agreed'), consent('k-2', 'c-2', 'refused')],
  decisionId: 'd-1',
  recordedBy: officer,
};

describe('bankruptcy transfer 执转破', () => {
  it('needs every case’s answer recorded', () => {
    expect(bankruptcyTransferSchema.safeParse(transfer).success).toBe(true);
    const missing = bankruptcyTransferSchema.safeParse({ ...transfer, consents: [transfer.consents[0]] });
    expect(missing.error?.issues.map((i) => i.message)).toEqual(['debtor.transferConsentMissing']);
  });

  it('closes every linked case as terminated on the transfer day once one applicant agrees', () => {
    expect(casesClosedByTransfer(transfer)).toEqual({
      ok: true,
      closures: [
        { caseId: 'c-1', closingMode: 'terminated', closedOn: '2025-08-20' },
        { caseId: 'c-2', closingMode: 'terminated', closedOn: '2025-08-20' },
      ],
    });
  });

  it('closes nothing without a standing agreement (a withdrawn one does not count)', () => {
    const withdrawn = {
      ...transfer,
      consents: [...transfer.consents, consent('k-3', 'c-1', 'refused', 'k-1')],
    };
    expect(casesClosedByTransfer(withdrawn)).toEqual({ ok: false, code: 'debtor.transferNoConsent' });
    const pending = {
      ...transfer,
      consents: [consent('k-1', 'c-1', 'pending'), consent('k-2', 'c-2', 'pending')],
    };
    expect(casesClosedByTransfer(pending).ok).toBe(false);
  });
});

describe('debtorDecisionSchema', () => {
  it('needs a reason, also when the lead follows the recommendation', () => {
    const decision = {
      id: 'd-1',
      debtorKey: 'D',
      recommendation: 'transfer_to_bankruptcy',
      decision: 'transfer_to_bankruptcy',
      reason: '企业人去楼空，资不抵债',
      decidedBy: officer,
      decidedOn: '2025-08-15',
    };
    expect(debtorDecisionSchema.safeParse(decision).success).toBe(true);
    expect(debtorDecisionSchema.safeParse({ ...decision, reason: '  ' }).error?.issues[0]?.message).toBe(
      'debtor.decisionReasonRequired',
    );
  });
});
