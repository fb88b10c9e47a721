import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssetMeasure } from '../assets/assetMeasure';
import { LEDGER_ASSET_CLASSES, type LedgerAssetClass } from '../assets/ledgerAsset';
import { measureOf } from '../assets/testing/makeAsset';
import { addDays, dayNumber, daysFromTo, fromDayNumber, termLastDay } from './calendarDate';
import { measureTerm } from './measureTerm';
import { STATUTORY_TERMS } from './statutoryTerms';

const sealed = (overrides: Partial<AssetMeasure> = {}) => measureOf('full_seal', overrides);
const freeze = (overrides: Partial<AssetMeasure> = {}) => measureOf('quota_freeze', overrides);

describe('the legal calendar table (民诉法解释 Art. 485, 2022)', () => {
  it('caps deposits at 1 year, movables at 2, real estate, land and other property rights at 3', () => {
    const maxOf = (cls: LedgerAssetClass) => {
      const term = measureTerm({ class: cls, measure: sealed() });
      return term.status === 'no_measure' ? null : term.maxMonths;
    };
    expect(Object.fromEntries(LEDGER_ASSET_CLASSES.map((c) => [c, maxOf(c)]))).toEqual({
      bank_deposit: 12,
      machinery: 24,
      vehicle: 24,
      inventory_goods: 24,
      real_estate: 36,
      land: 36,
      equity: 36,
      receivable: 36,
    });
  });

  it('cites its source on every row, and never the repealed 2004 terms', () => {
    for (const row of Object.values(STATUTORY_TERMS)) {
      expect(row.source).toMatch(/民事诉讼法.*解释.*2022.*第四百八十五条/);
      expect([12, 24, 36]).toContain(row.maxMonths);
    }
    expect(STATUTORY_TERMS.bank_deposit.maxMonths).not.toBe(6);
  });
});

describe('measureTerm', () => {
  it('runs a first seizure from its start date to the statutory last day', () => {
    expect(measureTerm({ class: 'real_estate', measure: sealed({ startDate: '2024-01-10' }) })).toMatchObject(
      {
        status: 'dated',
        category: 'immovable',
        effectiveOn: '2024-01-10',
        lastDay: '2027-01-09',
        spans: [{ from: '2024-01-10', lastDay: '2027-01-09', months: 36 }],
        problems: [],
      },
    );
    const deposit = measureTerm({ class: 'bank_deposit', measure: freeze({ startDate: '2024-02-29' }) });
    expect(deposit).toMatchObject({ status: 'dated', lastDay: '2025-02-28', maxMonths: 12 });
  });

  it('takes a shorter ordered term, and caps a longer one while reporting it', () => {
    const six = measureTerm({
      class: 'machinery',
      measure: sealed({ startDate: '2024-08-31', termMonths: 6 }),
    });
    expect(six).toMatchObject({ lastDay: '2025-02-28', problems: [] });
    const tooLong = measureTerm({
      class: 'bank_deposit',
      measure: freeze({ startDate: '2024-01-10', termMonths: 24 }),
    });
    expect(tooLong).toMatchObject({
      lastDay: '2025-01-09',
      problems: [{ code: 'measure.termTooLong', path: ['measure', 'termMonths'], params: { maxMonths: 12 } }],
    });
  });

  it('reads a measure without a start date as undated, and no measure as none', () => {
    expect(measureTerm({ class: 'vehicle', measure: sealed() }).status).toBe('undated');
    expect(
      measureTerm({ class: 'vehicle', measure: measureOf('none', { startDate: '2024-01-01' }) }),
    ).toEqual({
      status: 'no_measure',
      problems: [],
    });
  });

  it('gives a queued seizure no running term until it takes effect, then runs it from that day', () => {
    const waiting = sealed({
      startDate: '2024-05-06',
      queue: { position: 'queued', courtAhead: '包头市昆都仑区人民法院', effectiveOn: null },
    });
    expect(measureTerm({ class: 'real_estate', measure: waiting })).toMatchObject({
      status: 'queued',
      courtAhead: '包头市昆都仑区人民法院',
      registeredOn: '2024-05-06',
    });
    expect(measureTerm({ class: 'real_estate', measure: waiting })).not.toHaveProperty('lastDay');
    const effective = sealed({
      startDate: '2024-05-06',
      queue: { position: 'queued', courtAhead: '包头市昆都仑区人民法院', effectiveOn: '2025-03-01' },
    });
    expect(measureTerm({ class: 'real_estate', measure: effective })).toMatchObject({
      status: 'dated',
      effectiveOn: '2025-03-01',
      lastDay: '2028-02-29',
    });
  });

  it('refuses a queued seizure effective before it was registered, and renewals of one still waiting', () => {
    const early = sealed({
      startDate: '2024-05-06',
      queue: { position: 'queued', courtAhead: 'x', effectiveOn: '2024-05-05' },
    });
    expect(measureTerm({ class: 'land', measure: early }).problems.map((p) => p.code)).toEqual([
      'measure.effectiveBeforeRegistered',
    ]);
    const renewedWaiting = sealed({
      startDate: '2024-05-06',
      queue: { position: 'queued', courtAhead: 'x', effectiveOn: null },
      renewals: [{ renewedOn: '2025-01-01', termMonths: 36, noticeNumber: 'N' }],
    });
    expect(measureTerm({ class: 'land', measure: renewedWaiting }).problems.map((p) => p.code)).toEqual([
      'measure.queuedNotRunning',
    ]);
  });

  it('chains renewals without a gap, each capped at the statutory term', () => {
    const measure = freeze({
      startDate: '2023-03-01',
      renewals: [
        { renewedOn: '2024-02-20', termMonths: 12, noticeNumber: '续冻一' },
        { renewedOn: '2025-02-27', termMonths: 6, noticeNumber: '续冻二' },
      ],
    });
    const term = measureTerm({ class: 'bank_deposit', measure });
    expect(term).toMatchObject({
      status: 'dated',
      lastDay: '2025-08-31',
      spans: [
        { from: '2023-03-01', lastDay: '2024-02-29', months: 12 },
        { from: '2024-03-01', lastDay: '2025-02-28', months: 12 },
        { from: '2025-03-01', lastDay: '2025-08-31', months: 6 },
      ],
    });
  });

  it('reports a renewal beyond the term, after the lapse, or before the start, and does not let it revive the measure', () => {
    const tooLong = freeze({
      startDate: '2024-01-10',
      renewals: [{ renewedOn: '2024-12-01', termMonths: 36, noticeNumber: '' }],
    });
    const t1 = measureTerm({ class: 'bank_deposit', measure: tooLong });
    expect(t1.problems).toEqual([
      {
        code: 'measure.renewalTermTooLong',
        path: ['measure', 'renewals', 0, 'termMonths'],
        params: { maxMonths: 12 },
      },
    ]);
    expect(t1).toMatchObject({ lastDay: '2026-01-09' });

    const late = sealed({
      startDate: '2024-01-10',
      renewals: [{ renewedOn: '2026-01-10', termMonths: 24, noticeNumber: '' }],
    });
    const t2 = measureTerm({ class: 'vehicle', measure: late });
    expect(t2).toMatchObject({ lastDay: '2026-01-09' });
    expect(t2.problems).toEqual([
      {
        code: 'measure.renewalAfterLapse',
        path: ['measure', 'renewals', 0, 'renewedOn'],
        params: { lastDay: '2026-01-09' },
      },
    ]);

    const before = sealed({
      startDate: '2024-01-10',
      renewals: [{ renewedOn: '2024-01-09', termMonths: 24, noticeNumber: '' }],
    });
    expect(measureTerm({ class: 'vehicle', measure: before }).problems.map((p) => p.code)).toEqual([
      'measure.renewalBeforeStart',
    ]);
    const undated = sealed({ renewals: [{ renewedOn: '2024-01-09', termMonths: 24, noticeNumber: '' }] });
    expect(measureTerm({ class: 'vehicle', measure: undated }).problems.map((p) => p.code)).toEqual([
      'measure.renewalWithoutStart',
    ]);
  });
});

describe('measureTerm properties', () => {
  const day = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2080-12-31') });
  const cls = fc.constantFrom(...LEDGER_ASSET_CLASSES);
  const renewal = fc.record({
    after: fc.integer({ min: -400, max: 1200 }),
    termMonths: fc.integer({ min: 1, max: 60 }),
  });

  it('ends after it starts and no span is ever beyond the statutory term, whatever is ordered', () => {
    fc.assert(
      fc.property(
        cls,
        day,
        fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
        fc.array(renewal, { maxLength: 5 }),
        (c, start, termMonths, rs) => {
          const startDate = fromDayNumber(start);
          const measure = sealed({
            startDate,
            termMonths,
            renewals: rs.map((r) => ({
              renewedOn: addDays(startDate, r.after),
              termMonths: r.termMonths,
              noticeNumber: '',
            })),
          });
          const term = measureTerm({ class: c, measure });
          expect(term.status).toBe('dated');
          if (term.status !== 'dated') return;
          expect(daysFromTo(term.effectiveOn, term.lastDay)).toBeGreaterThan(0);
          let expectedFrom = term.effectiveOn;
          for (const span of term.spans) {
            expect(span.from).toBe(expectedFrom);
            expect(span.months).toBeLessThanOrEqual(term.maxMonths);
            expect(daysFromTo(span.from, span.lastDay)).toBeGreaterThan(0);
            expect(daysFromTo(span.lastDay, termLastDay(span.from, term.maxMonths))).toBeGreaterThanOrEqual(
              0,
            );
            expectedFrom = addDays(span.lastDay, 1);
          }
          expect(term.lastDay).toBe(term.spans.at(-1)!.lastDay);
          // With no renewal the whole measure is within one statutory term of its start.
          if (rs.length === 0)
            expect(daysFromTo(term.lastDay, termLastDay(startDate, term.maxMonths))).toBeGreaterThanOrEqual(
              0,
            );
        },
      ),
    );
  });
});
