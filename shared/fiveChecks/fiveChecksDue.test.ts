import { describe, expect, it } from 'vitest';
import { messageText } from '../messages/messageText';
import { makeCheck } from './testing/makeCheck';
import { fiveChecksDue } from './fiveChecksDue';

describe('fiveChecksDue', () => {
  it('lists all five when nothing was ever checked', () => {
    expect(fiveChecksDue([], '2025-06-01').map((g) => [g.checkClass, g.status])).toEqual([
      ['bank_deposit', 'never'],
      ['real_estate', 'never'],
      ['land', 'never'],
      ['vehicle', 'never'],
      ['equity', 'never'],
    ]);
  });

  it('half done: lists the never checked, the pending and the stale, not the current', () => {
    const checks = [
      makeCheck({ id: 'a', checkClass: 'bank_deposit', checkedOn: '2025-05-20' }),
      makeCheck({
        id: 'b',
        checkClass: 'vehicle',
        checkedOn: '2024-11-30',
        result: 'nothing_found',
        linkedAssetIds: [],
      }),
      makeCheck({
        id: 'c',
        checkClass: 'real_estate',
        checkedOn: '2025-05-28',
        result: 'pending',
        linkedAssetIds: [],
      }),
    ];
    expect(fiveChecksDue(checks, '2025-06-01')).toEqual([
      { checkClass: 'real_estate', status: 'pending', code: 'fiveChecks.pending', sentOn: '2025-05-28' },
      { checkClass: 'land', status: 'never', code: 'fiveChecks.neverChecked' },
      {
        checkClass: 'vehicle',
        status: 'stale',
        code: 'fiveChecks.stale',
        lastCheckedOn: '2024-11-30',
        validThrough: '2025-05-29',
      },
      { checkClass: 'equity', status: 'never', code: 'fiveChecks.neverChecked' },
    ]);
  });

  it('counts an answer current through the day before the same date the period later', () => {
    const checks = [makeCheck({ checkClass: 'equity', checkedOn: '2025-01-10', linkedAssetIds: [] })];
    const equityOn = (today: string, months?: number) =>
      fiveChecksDue(checks, today, months).find((g) => g.checkClass === 'equity');
    expect(equityOn('2025-07-09')).toBeUndefined();
    expect(equityOn('2025-07-10')).toMatchObject({ status: 'stale', validThrough: '2025-07-09' });
    // The court sets the period.
    expect(equityOn('2025-07-10', 12)).toBeUndefined();
    expect(equityOn('2025-02-10', 1)).toMatchObject({ status: 'stale' });
    expect(() => fiveChecksDue(checks, '2025-07-10', 0)).toThrow(/period/);
  });

  it('judges by the latest answer: a newer pending query does not hide a current one, an older one is ignored', () => {
    const checks = [
      makeCheck({ id: 'old', checkedOn: '2023-01-01' }),
      makeCheck({ id: 'new', checkedOn: '2025-05-01' }),
      makeCheck({ id: 'p', checkedOn: '2025-05-30', result: 'pending', linkedAssetIds: [] }),
    ];
    expect(fiveChecksDue(checks, '2025-06-01').map((g) => g.checkClass)).not.toContain('bank_deposit');
    const staleThenPending = [
      makeCheck({ id: 'old', checkedOn: '2023-01-01' }),
      makeCheck({ id: 'p', checkedOn: '2025-05-30', result: 'pending', linkedAssetIds: [] }),
    ];
    expect(fiveChecksDue(staleThenPending, '2025-06-01')[0]).toMatchObject({
      checkClass: 'bank_deposit',
      status: 'stale',
    });
  });

  it('has texts naming the dates, in both languages', () => {
    const [gap] = fiveChecksDue([makeCheck({ checkedOn: '2024-01-01' })], '2025-06-01');
    expect(gap?.status).toBe('stale');
    if (gap?.status !== 'stale') return;
    expect(messageText(gap.code, 'zh-CN', gap)).toBe(
      '最近一次查询为 2024-01-01，已超过复查期限（至 2024-06-30），请重新查询',
    );
    expect(messageText(gap.code, 'en', gap)).toBe(
      'Last checked on 2024-01-01, current only through 2024-06-30: check again',
    );
  });
});
