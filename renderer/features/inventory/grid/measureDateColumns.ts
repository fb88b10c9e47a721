import type { MachineryAsset } from '../../../../shared/assets/machineryAsset';
import type { MeasureQueue } from '../../../../shared/assets/measureQueue';
import { isoDateSchema } from '../../../../shared/legalCalendar/calendarDate';
import { measureTerm } from '../../../../shared/legalCalendar/measureTerm';
import type { ChoiceColumn, PatchResult, TextColumn } from './gridColumns';

/** A patch that writes the measure whole (the repository's update merges shallowly). */
function withMeasure(measure: MachineryAsset['measure']): PatchResult {
  return { ok: true, patch: { measure } };
}

/** A typed day: empty clears, anything else must be a real YYYY-MM-DD date. */
function parseDay(text: string): { ok: true; date: string | null } | { ok: false; code: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, date: null };
  return isoDateSchema.safeParse(trimmed).success
    ? { ok: true, date: trimmed }
    : { ok: false, code: 'asset.dateFormat' };
}

const startDate: TextColumn = {
  key: 'startDate',
  kind: 'text',
  width: 104,
  isNumeric: true,
  needsReview: false,
  hasStep: false,
  editText: (row) => row.measure.startDate ?? '',
  displayText: (row) => row.measure.startDate ?? '',
  toPatch: (text, row) => {
    const day = parseDay(text);
    if (!day.ok) return day;
    // An empty cell on a row that never had a date adds nothing: stored rows stay as they were written.
    if (day.date === (row.measure.startDate ?? null)) return { ok: true, patch: {} };
    return withMeasure({ ...row.measure, startDate: day.date });
  },
};

const QUEUE_POSITIONS = ['first', 'queued'] as const satisfies readonly MeasureQueue['position'][];

const queue: ChoiceColumn = {
  key: 'queue',
  kind: 'choice',
  width: 88,
  isNumeric: false,
  needsReview: false,
  options: QUEUE_POSITIONS,
  isNullable: false,
  value: (row) => row.measure.queue?.position ?? 'first',
  toPatch: (option, row) => {
    const current = row.measure.queue?.position ?? 'first';
    if (option === current) return { ok: true, patch: {} };
    if (option === 'first') return withMeasure({ ...row.measure, queue: { position: 'first' } });
    if (option === 'queued')
      return withMeasure({
        ...row.measure,
        queue: { position: 'queued', courtAhead: '', effectiveOn: null },
      });
    return { ok: false, code: 'inventory.error.unknownOption' };
  },
};

/** Typing the court ahead makes the seizure a queued one 轮候: naming that court is what queued means. */
const courtAhead: TextColumn = {
  key: 'courtAhead',
  kind: 'text',
  width: 160,
  isNumeric: false,
  needsReview: false,
  hasStep: false,
  editText: (row) => (row.measure.queue?.position === 'queued' ? row.measure.queue.courtAhead : ''),
  displayText: (row) => (row.measure.queue?.position === 'queued' ? row.measure.queue.courtAhead : ''),
  toPatch: (text, row) => {
    if (text.length > 200) return { ok: false, code: 'text.tooLong' };
    const q = row.measure.queue;
    if (q?.position === 'queued') {
      if (q.courtAhead === text) return { ok: true, patch: {} };
      return withMeasure({ ...row.measure, queue: { ...q, courtAhead: text } });
    }
    if (text.trim() === '') return { ok: true, patch: {} };
    return withMeasure({
      ...row.measure,
      queue: { position: 'queued', courtAhead: text, effectiveOn: null },
    });
  },
};

/** The day a queued seizure took effect (the one ahead ended): its term runs from then, not from the start. */
const effectiveOn: TextColumn = {
  key: 'effectiveOn',
  kind: 'text',
  width: 104,
  isNumeric: true,
  needsReview: false,
  hasStep: false,
  editText: (row) => (row.measure.queue?.position === 'queued' ? (row.measure.queue.effectiveOn ?? '') : ''),
  displayText: (row) =>
    row.measure.queue?.position === 'queued' ? (row.measure.queue.effectiveOn ?? '') : '',
  toPatch: (text, row) => {
    const day = parseDay(text);
    if (!day.ok) return day;
    const q = row.measure.queue;
    if (q?.position !== 'queued')
      return day.date === null
        ? { ok: true, patch: {} }
        : { ok: false, code: 'inventory.error.effectiveOnNotQueued' };
    if (q.effectiveOn === day.date) return { ok: true, patch: {} };
    return withMeasure({ ...row.measure, queue: { ...q, effectiveOn: day.date } });
  },
};

/** The last day, as the shared calendar computes it; the grid shows it with the days left (see useGridPresentation). */
export function expiryOf(row: MachineryAsset): string {
  const term = measureTerm(row);
  return term.status === 'dated' ? term.lastDay : '';
}

/** Computed, never typed: retyping what it shows changes nothing, anything else is refused with the reason. */
const expiry: TextColumn = {
  key: 'expiry',
  kind: 'text',
  width: 150,
  isNumeric: true,
  needsReview: false,
  hasStep: false,
  editText: expiryOf,
  displayText: expiryOf,
  toPatch: (text, row) =>
    text.trim() === expiryOf(row)
      ? { ok: true, patch: {} }
      : { ok: false, code: 'inventory.error.expiryComputed' },
};

/** The legal calendar's columns of a machine's measure: start, queue place, court ahead, effective day, expiry. */
export const measureDateColumns: readonly (TextColumn | ChoiceColumn)[] = [
  startDate,
  queue,
  courtAhead,
  effectiveOn,
  expiry,
];
