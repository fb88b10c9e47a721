import { describe, expect, it } from 'vitest';
import { makeDeposit, makeMachinery, measureOf } from '../../../shared/assets/testing/makeAsset';
import { expiringMeasures } from './expiringMeasures';
import { ledgerRows } from './ledgerRows';
import { measureStatusOf } from './measureStatusOf';
import { renewalDefaults, renewalOf } from './renewalOf';

// A live seal from 2025-01-10 runs two years (movables): its last day is 2027-01-09.
const sealed = makeMachinery({ id: 'm1', measure: measureOf('live_seal', { startDate: '2025-01-10' }) });

describe('measureStatusOf', () => {
  it('gives the last day and the days left from the shared calendar', () => {
    expect(measureStatusOf(sealed, '2026-12-30')).toMatchObject({
      lastDay: '2027-01-09',
      daysLeft: 10,
      reminder: { kind: 'due', thresholdDays: 15 },
    });
    expect(measureStatusOf(sealed, '2027-01-10')).toMatchObject({
      daysLeft: -1,
      reminder: { kind: 'lapsed' },
    });
  });

  it('has no last day for a queued seizure or an undated measure', () => {
    const queued = makeMachinery({
      measure: measureOf('full_seal', {
        startDate: '2025-01-10',
        queue: { position: 'queued', courtAhead: '包头市中级人民法院', effectiveOn: null },
      }),
    });
    expect(measureStatusOf(queued, '2026-12-30')).toMatchObject({
      lastDay: null,
      daysLeft: null,
      reminder: { kind: 'queued' },
    });
    expect(measureStatusOf(makeMachinery({ measure: measureOf('live_seal') }), '2026-12-30')).toMatchObject({
      lastDay: null,
      reminder: { kind: 'undated' },
    });
  });
});

describe('expiringMeasures', () => {
  it('lists due and lapsed measures, most urgent first, and nothing far from its end', () => {
    const lapsed = makeMachinery({ id: 'm2', measure: measureOf('full_seal', { startDate: '2024-12-01' }) });
    const far = makeMachinery({ id: 'm3', measure: measureOf('live_seal', { startDate: '2026-06-01' }) });
    const list = expiringMeasures([far, sealed, lapsed, makeMachinery({ id: 'm4' })], '2026-12-30');
    expect(list.map((e) => [e.asset.id, e.reminder.kind, e.daysLeft])).toEqual([
      ['m2', 'lapsed', -30],
      ['m1', 'due', 10],
    ]);
  });

  it('reminds once for a seal carried forward to a later visit', () => {
    const carried = makeMachinery({
      id: 'm9',
      visitId: 'v2',
      measure: sealed.measure,
      carriedFrom: { assetId: 'm1', mark: 'present' },
    });
    expect(expiringMeasures([sealed, carried], '2026-12-30').map((e) => e.asset.id)).toEqual(['m9']);
  });
});

describe('ledgerRows', () => {
  it('puts deposits first and counts what a quota freeze holds, not the balance', () => {
    const deposit = makeDeposit({
      frozenAmountFen: 5_000_000,
      measure: measureOf('quota_freeze', { startDate: '2026-03-01' }),
    });
    const rows = ledgerRows([sealed, deposit, makeMachinery({ id: 'm5' })], '2026-12-30');
    expect(rows.map((r) => [r.asset.id, r.heldFen, r.status.lastDay])).toEqual([
      ['d1', 5_000_000, '2027-02-28'],
      ['m1', 8_000_000, '2027-01-09'],
      ['m5', null, null],
    ]);
  });
});

describe('renewalOf', () => {
  it('defaults to the statutory maximum and clears the reminder once renewed', () => {
    const values = renewalDefaults(sealed, '2026-12-30');
    expect(values).toEqual({ renewedOn: '2026-12-30', termMonths: 24, noticeNumber: '' });
    const outcome = renewalOf(sealed, { ...values, noticeNumber: '（2026）内0291执1234号之二' });
    expect(outcome).toMatchObject({ ok: true, lastDay: '2029-01-09' });
    if (!outcome.ok) return;
    const renewed = { ...sealed, measure: outcome.measure };
    expect(expiringMeasures([renewed], '2026-12-30')).toEqual([]);
  });

  it("puts the shared rule's refusals on the field they concern", () => {
    const base = renewalDefaults(sealed, '2026-12-30');
    expect(renewalOf(sealed, { ...base, termMonths: 36 })).toEqual({
      ok: false,
      field: 'termMonths',
      code: 'measure.renewalTermTooLong',
      params: { maxMonths: 24 },
    });
    expect(renewalOf(sealed, { ...base, termMonths: '' })).toMatchObject({
      ok: false,
      field: 'termMonths',
      code: 'measure.termMonthsInvalid',
    });
    expect(renewalOf(sealed, { ...base, renewedOn: '2027-01-10' })).toMatchObject({
      ok: false,
      field: 'renewedOn',
      code: 'measure.renewalAfterLapse',
    });
    expect(renewalOf(sealed, { ...base, renewedOn: null })).toMatchObject({ ok: false, field: 'renewedOn' });
  });
});
