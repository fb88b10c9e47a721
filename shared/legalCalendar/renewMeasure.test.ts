import { describe, expect, it } from 'vitest';
import { isKnownCode } from '../messages/messageRegistry';
import { measureOf } from '../assets/testing/makeAsset';
import { renewMeasure } from './renewMeasure';

const seizure = measureOf('full_seal', { startDate: '2024-01-10' });
const renewal = (renewedOn: string, termMonths: number) => ({
  renewedOn,
  termMonths,
  noticeNumber: '（2025）内0291执1234号之三',
});

describe('renewMeasure (续行查封 / 续冻)', () => {
  it('appends the renewal and returns the new last day, the new term following the old without a gap', () => {
    const r = renewMeasure({ class: 'vehicle', measure: seizure }, renewal('2025-12-20', 24));
    expect(r).toMatchObject({ ok: true, lastDay: '2028-01-09' });
    if (!r.ok) return;
    expect(r.measure.renewals).toEqual([renewal('2025-12-20', 24)]);
    // The measure it was given is untouched.
    expect(seizure.renewals).toBeUndefined();
    const again = renewMeasure({ class: 'vehicle', measure: r.measure }, renewal('2027-12-01', 12));
    expect(again).toMatchObject({ ok: true, lastDay: '2029-01-09' });
  });

  it('accepts a renewal made on the last day, and refuses one made the day after', () => {
    expect(renewMeasure({ class: 'vehicle', measure: seizure }, renewal('2026-01-09', 24)).ok).toBe(true);
    expect(renewMeasure({ class: 'vehicle', measure: seizure }, renewal('2026-01-10', 24))).toEqual({
      ok: false,
      error: { code: 'measure.renewalAfterLapse', params: { lastDay: '2026-01-09' } },
    });
  });

  it('refuses a term longer than the statutory maximum of the class, with the maximum', () => {
    const freeze = measureOf('quota_freeze', { startDate: '2024-01-10' });
    expect(renewMeasure({ class: 'bank_deposit', measure: freeze }, renewal('2024-12-01', 13))).toEqual({
      ok: false,
      error: { code: 'measure.renewalTermTooLong', params: { maxMonths: 12 } },
    });
    expect(renewMeasure({ class: 'bank_deposit', measure: freeze }, renewal('2024-12-01', 12)).ok).toBe(true);
    expect(renewMeasure({ class: 'real_estate', measure: seizure }, renewal('2026-12-01', 36)).ok).toBe(true);
    expect(renewMeasure({ class: 'machinery', measure: seizure }, renewal('2025-12-01', 36))).toMatchObject({
      ok: false,
      error: { code: 'measure.renewalTermTooLong', params: { maxMonths: 24 } },
    });
  });

  it('has nothing to renew on a queued seizure still waiting, an undated measure or no measure', () => {
    const waiting = measureOf('full_seal', {
      startDate: '2024-01-10',
      queue: { position: 'queued', courtAhead: '某区人民法院', effectiveOn: null },
    });
    const refusal = (measure: typeof seizure) => {
      const r = renewMeasure({ class: 'real_estate', measure }, renewal('2025-01-01', 36));
      return r.ok ? null : r.error.code;
    };
    expect(refusal(waiting)).toBe('measure.queuedNotRunning');
    expect(refusal(measureOf('full_seal'))).toBe('measure.renewalWithoutStart');
    expect(refusal(measureOf('none'))).toBe('measure.notRenewable');
  });

  it('refuses a renewal dated before the measure took effect', () => {
    expect(renewMeasure({ class: 'land', measure: seizure }, renewal('2023-12-31', 36))).toMatchObject({
      ok: false,
      error: { code: 'measure.renewalBeforeStart' },
    });
  });

  it('speaks every refusal in both languages', () => {
    for (const code of [
      'measure.renewalAfterLapse',
      'measure.renewalTermTooLong',
      'measure.queuedNotRunning',
      'measure.renewalWithoutStart',
      'measure.notRenewable',
      'measure.renewalBeforeStart',
      'measure.termTooLong',
      'measure.effectiveBeforeRegistered',
    ]) {
      expect(isKnownCode(code), code).toBe(true);
    }
  });
});
