import { describe, expect, it } from 'vitest';
import { CONSENT_RECORDINGS, CONSENT_STATUSES } from '../plans/consent';
import type { InstalmentState } from '../plans/instalmentStatus';
import { PAYMENT_METHODS } from '../payments/payment';
import { messageText } from '../messages/messageText';
import { isKnownCode } from '../messages/messageRegistry';
import { REPORT_FREQUENCIES } from './businessReport';
import { debtorMessages } from './debtorMessages';
import { RECOMMENDATIONS } from './recommendation';

const INSTALMENT_STATES = [
  'paid',
  'partly_paid',
  'due',
  'overdue',
] as const satisfies readonly InstalmentState[];

describe('debtorMessages', () => {
  it('is registered, and keeps to the prefixes of its folders', () => {
    for (const code of Object.keys(debtorMessages)) {
      expect(isKnownCode(code), code).toBe(true);
      expect(code).toMatch(/^(payment|plan|businessReport|debtor)\./);
    }
  });

  it('has a label in both languages for every value a screen or printout shows', () => {
    const labels = [
      ...PAYMENT_METHODS.map((v) => `payment.method.${v}`),
      ...CONSENT_STATUSES.map((v) => `plan.consent.${v}`),
      ...CONSENT_RECORDINGS.map((v) => `plan.recorded.${v}`),
      ...INSTALMENT_STATES.map((v) => `plan.instalment.${v}`),
      ...REPORT_FREQUENCIES.map((v) => `businessReport.frequency.${v}`),
      ...RECOMMENDATIONS.map((v) => `debtor.recommendation.${v}`),
    ];
    for (const code of labels) expect(Object.hasOwn(debtorMessages, code), code).toBe(true);
  });

  it('chooses the English plural by the number of days', () => {
    const params = { number: 2, days: 1, paid: '0.00', missing: '100.00' };
    expect(messageText('plan.instalmentOverdue', 'en', params)).toBe(
      'Instalment 2 is 1 day overdue: 0.00 yuan paid, 100.00 yuan missing',
    );
    expect(messageText('plan.instalmentOverdue', 'en', { ...params, days: 3 })).toContain('3 days overdue');
    expect(messageText('plan.instalmentOverdue', 'zh-CN', params)).toBe(
      '第 2 期已逾期 1 天，已付 0.00 元，尚欠 100.00 元',
    );
  });
});
