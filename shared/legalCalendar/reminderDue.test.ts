import { describe, expect, it } from 'vitest';
import { messageText } from '../messages/messageText';
import { measureOf } from '../assets/testing/makeAsset';
import { addDays } from './calendarDate';
import { reminderDue } from './reminderDue';
import { renewMeasure } from './renewMeasure';

// A vehicle seized on 2024-01-10: its two years end on 2026-01-09.
const seized = { class: 'vehicle' as const, measure: measureOf('removed', { startDate: '2024-01-10' }) };
const lastDay = '2026-01-09';
const on = (daysBefore: number, thresholds?: readonly number[]) =>
  reminderDue(seized, addDays(lastDay, -daysBefore), thresholds);

describe('reminderDue', () => {
  it.each([
    [31, null],
    [30, 30],
    [16, 30],
    [15, 15],
    [8, 15],
    [7, 7],
    [1, 7],
    [0, 7],
  ])('%i days before the last day: threshold %s', (daysBefore, threshold) => {
    const r = on(daysBefore);
    if (threshold === null) expect(r).toEqual({ kind: 'none' });
    else
      expect(r).toEqual({
        kind: 'due',
        code: 'measure.expiresSoon',
        thresholdDays: threshold,
        daysLeft: daysBefore,
        lastDay,
      });
  });

  it('marks a measure lapsed from the day after its last day', () => {
    expect(on(-1)).toEqual({ kind: 'lapsed', code: 'measure.lapsed', daysSince: 1, lastDay });
    expect(on(-400)).toMatchObject({ kind: 'lapsed', daysSince: 400 });
  });

  it('takes the thresholds the court sets, in any order', () => {
    expect(on(45, [60, 10])).toMatchObject({ kind: 'due', thresholdDays: 60 });
    expect(on(10, [10, 60])).toMatchObject({ kind: 'due', thresholdDays: 10 });
    expect(on(11, [10])).toEqual({ kind: 'none' });
    expect(() => on(5, [])).toThrow(/thresholds/);
    expect(() => on(5, [0])).toThrow(/thresholds/);
    expect(() => on(5, [1.5])).toThrow(/thresholds/);
  });

  it('is cleared by a renewal: ten days before expiry, renewed, nothing is due', () => {
    const today = addDays(lastDay, -10);
    expect(reminderDue(seized, today)).toMatchObject({ kind: 'due', thresholdDays: 15, daysLeft: 10 });
    const renewed = renewMeasure(seized, { renewedOn: today, termMonths: 24, noticeNumber: '续封' });
    expect(renewed.ok).toBe(true);
    if (!renewed.ok) return;
    expect(reminderDue({ class: 'vehicle', measure: renewed.measure }, today)).toEqual({ kind: 'none' });
    expect(reminderDue({ class: 'vehicle', measure: renewed.measure }, '2027-12-25')).toMatchObject({
      kind: 'due',
      lastDay: '2028-01-09',
    });
  });

  it('says a queued seizure has no term yet, and an undated one cannot be reminded of', () => {
    const queued = measureOf('full_seal', {
      startDate: '2020-01-01',
      queue: { position: 'queued', courtAhead: '某区人民法院', effectiveOn: null },
    });
    expect(reminderDue({ class: 'real_estate', measure: queued }, '2030-01-01')).toEqual({
      kind: 'queued',
      code: 'measure.queuedNoTerm',
      courtAhead: '某区人民法院',
    });
    expect(reminderDue({ class: 'real_estate', measure: measureOf('full_seal') }, '2030-01-01')).toEqual({
      kind: 'undated',
      code: 'measure.startDateMissing',
    });
    expect(reminderDue({ class: 'real_estate', measure: measureOf('none') }, '2030-01-01')).toEqual({
      kind: 'none',
    });
  });

  it('has texts that name the day and the days left, in both languages', () => {
    const r = on(1);
    expect(r.kind).toBe('due');
    if (r.kind !== 'due') return;
    const params = { lastDay: r.lastDay, daysLeft: r.daysLeft };
    expect(messageText(r.code, 'zh-CN', params)).toBe(
      '措施将于 2026-01-09 届满（剩 1 天），请在届满前办理续行手续',
    );
    expect(messageText(r.code, 'en', params)).toBe(
      'The measure ends on 2026-01-09 (1 day left): renew it before then',
    );
    expect(messageText(r.code, 'en', { ...params, daysLeft: 7 })).toMatch(/7 days left/);
  });
});
