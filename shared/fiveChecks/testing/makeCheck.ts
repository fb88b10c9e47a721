import type { FiveCheckRecord } from '../fiveCheckRecord';

/** A valid check for tests: an online nationwide query that found a bank account, linked to deposit d1. */
export function makeCheck(overrides: Partial<FiveCheckRecord> = {}): FiveCheckRecord {
  return {
    id: 'k1',
    caseId: 'c1',
    checkClass: 'bank_deposit',
    checkedOn: '2025-05-20',
    source: { kind: 'online', channel: 'nationwide', institution: '' },
    result: 'found',
    findings: '中国工商银行包头分行账户 0603…345，余额 300,000.00 元',
    linkedAssetIds: ['d1'],
    ...overrides,
  };
}
