import type { AssetMeasure } from '../../../shared/assets/assetMeasure';
import type { LedgerAssetClass } from '../../../shared/assets/ledgerAsset';
import { daysFromTo, type IsoDate } from '../../../shared/legalCalendar/calendarDate';
import { measureTerm, type MeasureTerm } from '../../../shared/legalCalendar/measureTerm';
import { DEFAULT_REMINDER_DAYS, reminderDue, type Reminder } from '../../../shared/legalCalendar/reminderDue';

/** A measure as the ledger screens show it: its term, today's reminder and, when dated, its last day. */
export type MeasureStatus = {
  term: MeasureTerm;
  reminder: Reminder;
  /** The last day the measure binds (renewals included); null while undated, queued or without measure. */
  lastDay: IsoDate | null;
  /** Days from today to `lastDay` (negative once lapsed); null when there is no last day. */
  daysLeft: number | null;
};

/**
 * One call for every screen that shows a measure's dates (the grid's expiry cell, the case ledger, the
 * reminder lists), so they cannot disagree: the shared legal calendar computes, `today` comes from the
 * caller (the app clock), never from here.
 */
export function measureStatusOf(
  asset: { class: LedgerAssetClass; measure: AssetMeasure },
  today: IsoDate,
  thresholds: readonly number[] = DEFAULT_REMINDER_DAYS,
): MeasureStatus {
  const term = measureTerm(asset);
  const reminder = reminderDue(asset, today, thresholds);
  if (term.status !== 'dated') return { term, reminder, lastDay: null, daysLeft: null };
  return { term, reminder, lastDay: term.lastDay, daysLeft: daysFromTo(today, term.lastDay) };
}
