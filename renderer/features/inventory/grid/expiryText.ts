import type { MachineryAsset } from '../../../../shared/assets/machineryAsset';
import { daysFromTo } from '../../../../shared/legalCalendar/calendarDate';
import { measureTerm } from '../../../../shared/legalCalendar/measureTerm';
import type { Params } from '../../../../shared/messages/formatMessage';

/**
 * The expiry cell as shown: the last day with the days left ("2027-01-09（剩 10 天）"), lapsed, or queued
 * with no term yet; empty without a dated measure. `text` is the catalog lookup with parameters.
 */
export function expiryText(
  row: MachineryAsset,
  today: string,
  text: (code: string, params: Params) => string,
): string {
  const term = measureTerm(row);
  if (term.status === 'queued') return text('inventory.expiry.queued', {});
  if (term.status !== 'dated') return '';
  const daysLeft = daysFromTo(today, term.lastDay);
  return daysLeft < 0
    ? text('inventory.expiry.lapsed', { lastDay: term.lastDay })
    : text('inventory.expiry.left', { lastDay: term.lastDay, count: daysLeft });
}
