import { isNotBlank } from '../visits/isNotBlank';
import type { AssetMeasure } from '../assets/assetMeasure';
import type { LegalCalendarCode } from './legalCalendarMessages';

/** Advice on a measure's dates; it never blocks saving. `path` points at the field concerned. */
export type MeasureDateWarning = {
  code: Extract<LegalCalendarCode, 'measure.startDateMissing' | 'measure.courtAheadMissing'>;
  path: string;
};

/**
 * What the legal calendar needs and does not have yet: a measure without its start date gets no expiry and
 * no reminder (the lapse the calendar exists to prevent would go unseen), and a queued seizure should name
 * the court ahead of it, the one whose release makes ours effective. Kept apart from `assetWarnings` so rows
 * saved before measures had dates keep their familiar warnings until the ledger screens ask for dates.
 */
export function measureDateWarnings(measure: AssetMeasure): MeasureDateWarning[] {
  if (measure.kind === 'none') return [];
  const warnings: MeasureDateWarning[] = [];
  if ((measure.startDate ?? null) === null)
    warnings.push({ code: 'measure.startDateMissing', path: 'measure.startDate' });
  if (measure.queue?.position === 'queued' && !isNotBlank(measure.queue.courtAhead)) {
    warnings.push({ code: 'measure.courtAheadMissing', path: 'measure.queue.courtAhead' });
  }
  return warnings;
}
