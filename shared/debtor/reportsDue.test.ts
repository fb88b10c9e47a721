import { describe, expect, it } from 'vitest';
import { businessReportSchema, type BusinessReportSchedule } from './businessReport';
import { dueDateOf, reportsDue } from './reportsDue';

const monthly: BusinessReportSchedule = {
  debtorKey: 'D',
  frequency: 'monthly',
  firstDueDate: '2024-01-31',
  endsOn: null,
};

describe('dueDateOf', () => {
  it('clamps to the month end and never drifts: 01-31 → 02-29 (leap) → 03-31 → 04-30', () => {
    expect([0, 1, 2, 3, 13].map((m) => dueDateOf('2024-01-31', m))).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2025-02-28',
    ]);
  });
});

describe('reportsDue', () => {
  it('lists the missed periods as overdue and the next one as due', () => {
    expect(reportsDue(monthly, [{ period: 1 }], '2024-04-01')).toEqual([
      { period: 2, dueDate: '2024-02-29', state: 'overdue', daysOverdue: 32 },
      { period: 3, dueDate: '2024-03-31', state: 'overdue', daysOverdue: 1 },
      { period: 4, dueDate: '2024-04-30', state: 'due', daysOverdue: 0 },
    ]);
  });

  it('keeps the due day itself in time, and a late report clears its period', () => {
    expect(reportsDue(monthly, [], '2024-01-31')).toEqual([
      { period: 1, dueDate: '2024-01-31', state: 'due', daysOverdue: 0 },
    ]);
    expect(reportsDue(monthly, [{ period: 1 }, { period: 2 }], '2024-03-05')).toEqual([
      { period: 3, dueDate: '2024-03-31', state: 'due', daysOverdue: 0 },
    ]);
  });

  it('runs quarterly and stops at the end of the schedule', () => {
    const quarterly: BusinessReportSchedule = {
      ...monthly,
      frequency: 'quarterly',
      firstDueDate: '2025-03-31',
      endsOn: '2025-09-30',
    };
    expect(reportsDue(quarterly, [{ period: 1 }], '2025-07-15')).toEqual([
      { period: 2, dueDate: '2025-06-30', state: 'overdue', daysOverdue: 15 },
      { period: 3, dueDate: '2025-09-30', state: 'due', daysOverdue: 0 },
    ]);
    expect(reportsDue(quarterly, [{ period: 1 }, { period: 2 }, { period: 3 }], '2026-01-15')).toEqual([]);
  });
});

describe('businessReportSchema', () => {
  it('takes money in whole fen and refuses fractions', () => {
    const report = {
      id: 'r-1',
      debtorKey: 'D',
      period: 1,
      receivedOn: '2024-01-30',
      revenueFen: 1_250_000_00,
      ordersCount: 12,
      ordersValueFen: 3_000_000_00,
      receivablesFen: 10_000_000_00,
      workforce: 210,
      notes: '',
      attachmentIds: ['a-1'],
      recordedBy: { userId: 'u-1', name: '王警官' },
    };
    expect(businessReportSchema.safeParse(report).success).toBe(true);
    expect(businessReportSchema.safeParse({ ...report, revenueFen: 0.5 }).success).toBe(false);
  });
});
