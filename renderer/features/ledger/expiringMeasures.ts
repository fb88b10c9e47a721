import type { Asset } from '../../../shared/assets/asset';
import { currentAssets } from '../../../shared/assets/currentAssets';
import type { IsoDate } from '../../../shared/legalCalendar/calendarDate';
import type { Reminder } from '../../../shared/legalCalendar/reminderDue';
import { measureStatusOf } from './measureStatusOf';

/** A measure that needs someone's attention today: due for renewal, or already lapsed. */
export type ExpiringMeasure = {
  asset: Asset;
  reminder: Extract<Reminder, { kind: 'due' | 'lapsed' }>;
  /** Days to the last day; negative once lapsed. */
  daysLeft: number;
};

/**
 * The reminders of the legal calendar over many cases' assets: measures within a threshold of their last
 * day (30 / 15 / 7 by default) and measures that have lapsed, the most urgent first (a lapsed one before
 * any due one: its priority is already lost and someone must act). Superseded carry-forward rows are left
 * out, so one seal carried over two visits reminds once.
 */
export function expiringMeasures(
  assets: readonly Asset[],
  today: IsoDate,
  thresholds?: readonly number[],
): ExpiringMeasure[] {
  const found: ExpiringMeasure[] = [];
  for (const asset of currentAssets(assets)) {
    const status = measureStatusOf(asset, today, thresholds);
    const { reminder } = status;
    if ((reminder.kind === 'due' || reminder.kind === 'lapsed') && status.daysLeft !== null)
      found.push({ asset, reminder, daysLeft: status.daysLeft });
  }
  return found.sort((a, b) => a.daysLeft - b.daysLeft || (a.asset.id < b.asset.id ? -1 : 1));
}
