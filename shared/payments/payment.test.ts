import { describe, expect, it } from 'vitest';
import { caseRecoveredFen } from './caseRecoveredFen';
import { correctPayment } from './correctPayment';
import { currentPayments } from './currentPayments';
import { paymentSchema, type Payment } from './payment';
import { recoveredInPeriod } from './recoveredInPeriod';

const officer = { userId: 'u-1', name: '王警官' };

function makePayment(overrides: Partial<Payment> = {}): Payment {
  return {
    id: 'p-1',
    debtorKey: '91150291MA0N000000',
    receivedOn: '2025-03-10',
    amountFen: 300_000,
    payer: '青山某股份有限公司',
    method: 'bank_transfer',
    reference: 'TX-0001',
    recordedBy: officer,
    recordedOn: '2025-03-11',
    rule: { rule: 'pro_rata', caseIds: ['c-1', 'c-2'], allowExcess: false },
    parts: [
      { caseId: 'c-1', amountFen: 200_000 },
      { caseId: 'c-2', amountFen: 100_000 },
    ],
    corrects: null,
    ...overrides,
  };
}

const issues = (value: unknown) => paymentSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('paymentSchema', () => {
  it('accepts a receipt whose parts add up to the amount', () => {
    expect(paymentSchema.parse(makePayment())).toEqual(makePayment());
  });

  it('refuses parts that do not add up, a case twice, fractional fen and a zero receipt', () => {
    expect(issues(makePayment({ amountFen: 300_001 }))).toContain('payment.partsDoNotSum');
    expect(
      issues(
        makePayment({
          parts: [
            { caseId: 'c-1', amountFen: 150_000 },
            { caseId: 'c-1', amountFen: 150_000 },
          ],
        }),
      ),
    ).toContain('payment.duplicateCase');
    expect(issues(makePayment({ amountFen: 0.5, parts: [{ caseId: 'c-1', amountFen: 0.5 }] }))).toContain(
      'money.notInteger',
    );
    expect(issues(makePayment({ amountFen: 0, parts: [] }))).toContain('payment.amountZero');
    expect(issues(makePayment({ payer: '  ' }))).toContain('payment.textRequired');
    expect(issues(makePayment({ receivedOn: '2025-02-29' }))).toContain('asset.dateFormat');
  });
});

describe('correctPayment', () => {
  const original = makePayment();

  it('makes a new linked record with the reason and leaves the original as it was', () => {
    const before = structuredClone(original);
    const result = correctPayment({
      payments: [original],
      original,
      fix: { amountFen: 30_000, parts: [{ caseId: 'c-1', amountFen: 30_000 }] },
      reason: '金额录入多一个零',
      id: 'p-2',
      recordedBy: officer,
      recordedOn: '2025-03-12',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(original).toEqual(before);
    expect(result.payment).toMatchObject({
      id: 'p-2',
      amountFen: 30_000,
      receivedOn: '2025-03-10',
      corrects: { paymentId: 'p-1', reason: '金额录入多一个零' },
    });
    expect(paymentSchema.safeParse(result.payment).success).toBe(true);
    expect(currentPayments([original, result.payment]).map((p) => p.id)).toEqual(['p-2']);
  });

  it('refuses a correction without a reason, and a second correction of the same record', () => {
    const base = {
      payments: [original],
      original,
      fix: {},
      id: 'p-2',
      recordedBy: officer,
      recordedOn: '2025-03-12',
    };
    expect(correctPayment({ ...base, reason: '  ' })).toEqual({
      ok: false,
      code: 'payment.correctionReasonRequired',
    });
    const first = correctPayment({ ...base, reason: '付款人写错' });
    if (!first.ok) throw new Error('first correction refused');
    expect(
      correctPayment({ ...base, payments: [original, first.payment], id: 'p-3', reason: '再改' }),
    ).toEqual({
      ok: false,
      code: 'payment.alreadyCorrected',
    });
  });
});

describe('recovered amounts', () => {
  const march = makePayment();
  const april = makePayment({
    id: 'p-2',
    receivedOn: '2025-04-01',
    recordedOn: '2025-04-01',
    amountFen: 50_000,
    parts: [{ caseId: 'c-2', amountFen: 50_000 }],
  });
  const wrong = makePayment({
    id: 'p-3',
    receivedOn: '2025-03-31',
    amountFen: 99_900,
    parts: [{ caseId: 'c-1', amountFen: 99_900 }],
  });
  const fixed = makePayment({
    id: 'p-4',
    receivedOn: '2025-03-31',
    amountFen: 9_900,
    parts: [{ caseId: 'c-1', amountFen: 9_900 }],
    corrects: { paymentId: 'p-3', reason: '金额错误' },
  });
  const all = [march, april, wrong, fixed];

  it('sums a case’s parts of current payments only', () => {
    expect(caseRecoveredFen(all, 'c-1')).toBe(200_000 + 9_900);
    expect(caseRecoveredFen(all, 'c-2')).toBe(100_000 + 50_000);
    expect(caseRecoveredFen(all, 'c-9')).toBe(0);
  });

  it('counts a period by the day the money arrived, both ends included', () => {
    expect(recoveredInPeriod(all, '2025-03-01', '2025-03-31')).toBe(300_000 + 9_900);
    expect(recoveredInPeriod(all, '2025-04-01', '2025-04-30')).toBe(50_000);
    expect(recoveredInPeriod(all, '2025-03-11', '2025-03-30')).toBe(0);
    expect(recoveredInPeriod(all, '2025-03-01', '2025-04-30', new Set(['c-2']))).toBe(150_000);
  });
});
