import type { AssetMeasure } from '../assets/assetMeasure';
import type { LedgerAssetClass } from '../assets/ledgerAsset';
import { addDays, dayNumber, termLastDay, type IsoDate } from './calendarDate';
import type { LegalCalendarCode } from './legalCalendarMessages';
import { STATUTORY_TERMS, type TermCategory } from './statutoryTerms';
import { termCategoryOf } from './termCategoryOf';

/** One stretch of a measure's life: the first term or one renewal, both ends counted. */
export type TermSpan = { from: IsoDate; lastDay: IsoDate; months: number };

/** A fault in a measure's dates, with the field it concerns and the figures its text names. */
export type MeasureTermProblem = {
  code: Extract<
    LegalCalendarCode,
    | 'measure.termTooLong'
    | 'measure.renewalTermTooLong'
    | 'measure.renewalAfterLapse'
    | 'measure.renewalBeforeStart'
    | 'measure.renewalWithoutStart'
    | 'measure.queuedNotRunning'
    | 'measure.effectiveBeforeRegistered'
  >;
  path: (string | number)[];
  params?: Record<string, string | number>;
};

/** The statutory row that caps the measure. */
type Cap = { category: TermCategory; maxMonths: number; source: string };

/**
 * A measure's term as the legal calendar sees it:
 * - `no_measure`: nothing is applied;
 * - `undated`: under measure, but no start date recorded, so no expiry can be computed (and no reminder);
 * - `queued`: a queued seizure 轮候查封 not yet effective: it has NO running term until the seizure ahead of
 *   it ends, so there is no expiry and nothing to renew;
 * - `dated`: the term runs from `effectiveOn` (the start, or the day a queued seizure took effect) to
 *   `lastDay` (the last day it binds, renewals included).
 * `problems` lists what the schema refuses (see `measureTermProblems`).
 */
export type MeasureTerm =
  | { status: 'no_measure'; problems: MeasureTermProblem[] }
  | ({ status: 'undated'; problems: MeasureTermProblem[] } & Cap)
  | ({
      status: 'queued';
      courtAhead: string;
      registeredOn: IsoDate | null;
      problems: MeasureTermProblem[];
    } & Cap)
  | ({
      status: 'dated';
      effectiveOn: IsoDate;
      lastDay: IsoDate;
      /** The first term, then each renewal that took hold; every span is at most the statutory term. */
      spans: TermSpan[];
      problems: MeasureTermProblem[];
    } & Cap);

/**
 * Computes a measure's term from its start (see `termLastDay` for how days are counted) and its renewals.
 * Never returns a span longer than the statutory maximum: an ordered term beyond it is capped here and
 * reported as a problem. A renewal ordered after the term had ended does not revive it (legally that is a new
 * seizure with a new place in the queue): the term stays lapsed on its last day and the renewal is reported.
 */
export function measureTerm(asset: { class: LedgerAssetClass; measure: AssetMeasure }): MeasureTerm {
  const { measure } = asset;
  if (measure.kind === 'none') return { status: 'no_measure', problems: [] };
  const category = termCategoryOf(asset.class);
  const cap: Cap = { category, ...STATUTORY_TERMS[category] };
  const problems: MeasureTermProblem[] = [];
  const renewals = measure.renewals ?? [];
  const firstMonths = measure.termMonths ?? cap.maxMonths;
  if (firstMonths > cap.maxMonths) {
    problems.push({
      code: 'measure.termTooLong',
      path: ['measure', 'termMonths'],
      params: { maxMonths: cap.maxMonths },
    });
  }
  renewals.forEach((r, i) => {
    if (r.termMonths > cap.maxMonths)
      problems.push({
        code: 'measure.renewalTermTooLong',
        path: ['measure', 'renewals', i, 'termMonths'],
        params: { maxMonths: cap.maxMonths },
      });
  });

  const start = measure.startDate ?? null;
  const queue = measure.queue ?? { position: 'first' as const };
  let effectiveOn: IsoDate | null = start;
  if (queue.position === 'queued') {
    if (queue.effectiveOn !== null && start !== null && dayNumber(queue.effectiveOn) < dayNumber(start)) {
      problems.push({ code: 'measure.effectiveBeforeRegistered', path: ['measure', 'queue', 'effectiveOn'] });
    }
    if (queue.effectiveOn === null) {
      if (renewals.length > 0)
        problems.push({ code: 'measure.queuedNotRunning', path: ['measure', 'renewals'] });
      return { status: 'queued', courtAhead: queue.courtAhead, registeredOn: start, problems, ...cap };
    }
    effectiveOn = queue.effectiveOn;
  }
  if (effectiveOn === null) {
    if (renewals.length > 0)
      problems.push({ code: 'measure.renewalWithoutStart', path: ['measure', 'startDate'] });
    return { status: 'undated', problems, ...cap };
  }

  const firstSpan = span(effectiveOn, Math.min(firstMonths, cap.maxMonths));
  const spans: TermSpan[] = [firstSpan];
  let lastDay = firstSpan.lastDay;
  let previousOrder = effectiveOn;
  let hasLapsed = false;
  renewals.forEach((r, i) => {
    const path = ['measure', 'renewals', i, 'renewedOn'];
    if (dayNumber(r.renewedOn) < dayNumber(previousOrder)) {
      problems.push({ code: 'measure.renewalBeforeStart', path });
      return;
    }
    if (hasLapsed || dayNumber(r.renewedOn) > dayNumber(lastDay)) {
      hasLapsed = true;
      problems.push({ code: 'measure.renewalAfterLapse', path, params: { lastDay } });
      return;
    }
    const next = span(addDays(lastDay, 1), Math.min(r.termMonths, cap.maxMonths));
    spans.push(next);
    lastDay = next.lastDay;
    previousOrder = r.renewedOn;
  });
  return { status: 'dated', effectiveOn, lastDay, spans, problems, ...cap };
}

function span(from: IsoDate, months: number): TermSpan {
  return { from, lastDay: termLastDay(from, months), months };
}
