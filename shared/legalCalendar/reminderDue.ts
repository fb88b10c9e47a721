import { z } from 'zod';
import { assert } from '../util/assert';
import type { AssetMeasure } from '../assets/assetMeasure';
import type { LedgerAssetClass } from '../assets/ledgerAsset';
import { daysFromTo, type IsoDate } from './calendarDate';
import { measureTerm } from './measureTerm';

/** Remind 30, 15 and 7 days before a measure's last day unless the court sets other thresholds. */
export const DEFAULT_REMINDER_DAYS = [30, 15, 7] as const;

/** Court-set thresholds as they arrive from settings: whole days, 1 to 365, at most 6 of them. */
export const reminderThresholdsSchema = z
  .array(
    z
      .number({ error: 'measure.thresholdInvalid' })
      .int({ error: 'measure.thresholdInvalid' })
      .min(1, { error: 'measure.thresholdInvalid' })
      .max(365, { error: 'measure.thresholdInvalid' }),
  )
  .min(1, { error: 'measure.thresholdInvalid' })
  .max(6, { error: 'measure.thresholdInvalid' });

/**
 * What the legal calendar says about one measure today:
 * - `none`: no measure, or a term with more days left than the largest threshold;
 * - `undated`: under measure without a start date: no reminder can be computed, the start must be entered;
 * - `queued`: a queued seizure not yet effective: no term runs, so no reminder (and no lapse) yet;
 * - `due`: `daysLeft` (0 on the last day) is within `thresholdDays`, the smallest threshold it has reached;
 * - `lapsed`: the last day has passed (`daysSince` ≥ 1): the measure no longer binds and the creditor's
 *   priority is lost; shown as lapsed until it is lifted or a new measure is recorded.
 */
export type Reminder =
  | { kind: 'none' }
  | { kind: 'undated'; code: 'measure.startDateMissing' }
  | { kind: 'queued'; code: 'measure.queuedNoTerm'; courtAhead: string }
  | { kind: 'due'; code: 'measure.expiresSoon'; thresholdDays: number; daysLeft: number; lastDay: IsoDate }
  | { kind: 'lapsed'; code: 'measure.lapsed'; daysSince: number; lastDay: IsoDate };

/** Which reminder threshold applies to a measure on `today` ('YYYY-MM-DD', from the app clock), or lapsed. */
export function reminderDue(
  asset: { class: LedgerAssetClass; measure: AssetMeasure },
  today: IsoDate,
  thresholds: readonly number[] = DEFAULT_REMINDER_DAYS,
): Reminder {
  assert(reminderThresholdsSchema.safeParse(thresholds).success, 'reminder thresholds are 1–365 whole days');
  const term = measureTerm(asset);
  switch (term.status) {
    case 'no_measure':
      return { kind: 'none' };
    case 'undated':
      return { kind: 'undated', code: 'measure.startDateMissing' };
    case 'queued':
      return { kind: 'queued', code: 'measure.queuedNoTerm', courtAhead: term.courtAhead };
    case 'dated':
      break;
  }
  const daysLeft = daysFromTo(today, term.lastDay);
  if (daysLeft < 0)
    return { kind: 'lapsed', code: 'measure.lapsed', daysSince: -daysLeft, lastDay: term.lastDay };
  const reached = thresholds.filter((t) => daysLeft <= t);
  if (reached.length === 0) return { kind: 'none' };
  return {
    kind: 'due',
    code: 'measure.expiresSoon',
    thresholdDays: Math.min(...reached),
    daysLeft,
    lastDay: term.lastDay,
  };
}
