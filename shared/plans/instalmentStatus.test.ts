import type { AllocationRule } from '../payments/allocationRule';
import { describe, expect, it } from 'vitest';
import type { Payment } from '../payments/payment';
import { conditionBreached } from './conditionBreached';
import { instalmentStatus } from './instalmentStatus';
import type { PerformancePlan } from './performancePlan';

const officer = { userId: 'u-1', name: '李法官' };
const rule: AllocationRule = { rule: 'pro_rata', caseIds: ['c-1', 'c-2'], allowExcess: false };

function plan(overrides: Partial<PerformancePlan> = {}): PerformancePlan {
  return {
    id: 'plan-1',
    debtorKey: 'D',
    caseIds: ['c-1', 'c-2'],
    version: 1,
    previousVersion: null,
    agreedOn: '2024-01-15',
    startsOn: '2024-01-15',
    instalments: [
      { id: 'i-1', dueDate: '2024-01-31', amountFen: 10_000, rule },
      { id: 'i-2', dueDate: '2024-02-29', amountFen: 10_000, rule },
      { id: 'i-3', dueDate: '2024-03-31', amountFen: 10_000, rule },
    ],
    graces: [],
    consents: [],
    conditions: { resumeAfterMissed: 2 },
    recordedBy: officer,
    ...overrides,
  };
}

function paid(id: string, receivedOn: string, parts: Payment['parts']): Payment {
  return {
    id,
    debtorKey: 'D',
    receivedOn,
    amountFen: parts.reduce((s, p) => s + p.amountFen, 0),
    payer: '青山某股份有限公司',
    method: 'bank_transfer',
    reference: id,
    recordedBy: officer,
    recordedOn: receivedOn,
    rule: { rule: 'agreed', parts, allowExcess: false },
    parts,
    corrects: null,
  };
}

const states = (p: PerformancePlan, payments: Payment[], today: string) =>
  instalmentStatus(p, payments, today).map((s) => s.state);

describe('instalmentStatus', () => {
  it('is due up to and including the due day, overdue from the next day, across a month end', () => {
    expect(states(plan(), [], '2024-01-31')).toEqual(['due', 'due', 'due']);
    const feb1 = instalmentStatus(plan(), [], '2024-02-01');
    expect(feb1[0]).toMatchObject({ state: 'overdue', daysOverdue: 1, effectiveDueDate: '2024-01-31' });
  });

  it('counts the leap day: due 2024-02-29 is in time that day and 1 day overdue on 03-01', () => {
    expect(instalmentStatus(plan(), [], '2024-02-29')[1]).toMatchObject({ state: 'due', daysOverdue: 0 });
    expect(instalmentStatus(plan(), [], '2024-03-01')[1]).toMatchObject({ state: 'overdue', daysOverdue: 1 });
    // Across a year end: 2024-01-31 is 366 days before 2025-01-31 in a leap year.
    expect(instalmentStatus(plan(), [], '2025-01-31')[0]!.daysOverdue).toBe(366);
  });

  it('applies payments to the oldest instalment first and says partly paid before the deadline', () => {
    const payments = [
      paid('p-1', '2024-01-20', [
        { caseId: 'c-1', amountFen: 6_000 },
        { caseId: 'c-2', amountFen: 9_000 },
      ]),
    ];
    const [first, second, third] = instalmentStatus(plan(), payments, '2024-02-10');
    expect(first).toMatchObject({ state: 'paid', paidFen: 10_000, paidOn: '2024-01-20' });
    expect(second).toMatchObject({ state: 'partly_paid', paidFen: 5_000, paidOn: null });
    expect(third).toMatchObject({ state: 'due', paidFen: 0 });
    // Past the deadline the short instalment is overdue, with what was paid on it.
    expect(instalmentStatus(plan(), payments, '2024-03-01')[1]).toMatchObject({
      state: 'overdue',
      paidFen: 5_000,
    });
  });

  it('lets a late payment clear the arrears first and records when it was completed', () => {
    const payments = [paid('p-1', '2024-02-15', [{ caseId: 'c-1', amountFen: 10_000 }])];
    const [first, second] = instalmentStatus(plan(), payments, '2024-02-20');
    expect(first).toMatchObject({ state: 'paid', paidOn: '2024-02-15' });
    expect(second!.state).toBe('due');
  });

  it('ignores money for cases outside the plan, before the plan starts, after today, and corrected records', () => {
    const payments = [
      paid('p-0', '2024-01-10', [{ caseId: 'c-1', amountFen: 10_000 }]),
      paid('p-1', '2024-01-20', [{ caseId: 'c-9', amountFen: 10_000 }]),
      paid('p-2', '2024-01-25', [{ caseId: 'c-1', amountFen: 10_000 }]),
      { ...paid('p-3', '2024-01-25', []), corrects: { paymentId: 'p-2', reason: '重复登记' } },
      paid('p-4', '2024-02-05', [{ caseId: 'c-2', amountFen: 10_000 }]),
    ];
    expect(instalmentStatus(plan(), payments, '2024-02-01')[0]).toMatchObject({
      state: 'overdue',
      paidFen: 0,
    });
  });

  it('moves the due date by the latest agreed grace', () => {
    const graces = [
      { id: 'g-1', instalmentId: 'i-1', extendedTo: '2024-02-15', agreedOn: '2024-01-25', note: '' },
      {
        id: 'g-2',
        instalmentId: 'i-1',
        extendedTo: '2024-03-01',
        agreedOn: '2024-02-10',
        note: '申请人同意再宽限',
      },
    ];
    const withGrace = plan({ graces });
    expect(instalmentStatus(withGrace, [], '2024-02-20')[0]).toMatchObject({
      state: 'due',
      effectiveDueDate: '2024-03-01',
    });
    expect(instalmentStatus(withGrace, [], '2024-03-02')[0]).toMatchObject({
      state: 'overdue',
      daysOverdue: 1,
    });
    expect(instalmentStatus(plan({ graces: [graces[0]!] }), [], '2024-02-20')[0]!.state).toBe('overdue');
  });
});

describe('conditionBreached', () => {
  it('is breached once the agreed number of instalments is overdue', () => {
    const p = plan();
    expect(conditionBreached(p, instalmentStatus(p, [], '2024-02-01'))).toEqual({
      isBreached: false,
      missed: 1,
      allowed: 2,
      code: null,
    });
    expect(conditionBreached(p, instalmentStatus(p, [], '2024-03-01'))).toEqual({
      isBreached: true,
      missed: 2,
      allowed: 2,
      code: 'plan.conditionBreached',
    });
  });
});
