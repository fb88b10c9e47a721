import { describe, expect, it } from 'vitest';
import { machineryAssetSchema } from '../../../../shared/assets/machineryAsset';
import { makeMachinery, measureOf } from '../../../../shared/assets/testing/makeAsset';
import { columnOf, type ChoiceColumn, type TextColumn } from './gridColumns';
import { expiryText } from './expiryText';

const ctx = { today: '2026-12-30' };
const text = (key: TextColumn['key']) => columnOf(key) as TextColumn;
const queue = columnOf('queue') as ChoiceColumn;
const sealed = makeMachinery({ measure: measureOf('live_seal') });
const apply = (row: typeof sealed, r: ReturnType<TextColumn['toPatch']>) => {
  expect(r.ok).toBe(true);
  return r.ok ? machineryAssetSchema.parse({ ...row, ...r.patch }) : row;
};

describe('measure date columns', () => {
  it('takes a typed start date, refuses a day that does not exist, and computes the expiry', () => {
    expect(text('startDate').toPatch('2025-02-29', sealed, ctx)).toEqual({
      ok: false,
      code: 'asset.dateFormat',
    });
    expect(text('startDate').toPatch('2025/01/10', sealed, ctx)).toEqual({
      ok: false,
      code: 'asset.dateFormat',
    });
    const dated = apply(sealed, text('startDate').toPatch(' 2025-01-10 ', sealed, ctx));
    expect(dated.measure.startDate).toBe('2025-01-10');
    // Two years for a movable, the start day counted: the last day is 2027-01-09.
    expect(text('expiry').displayText(dated)).toBe('2027-01-09');
    expect(text('expiry').toPatch('2027-01-09', dated, ctx)).toEqual({ ok: true, patch: {} });
    expect(text('expiry').toPatch('2028-01-09', dated, ctx)).toEqual({
      ok: false,
      code: 'inventory.error.expiryComputed',
    });
  });

  it('leaves an undated row as it was stored when the empty cell is left empty', () => {
    expect(text('startDate').toPatch('', sealed, ctx)).toEqual({ ok: true, patch: {} });
    expect(queue.toPatch('first', sealed, ctx)).toEqual({ ok: true, patch: {} });
    expect(text('courtAhead').toPatch('', sealed, ctx)).toEqual({ ok: true, patch: {} });
  });

  it('makes a seizure queued by naming the court ahead; its term runs from the day it takes effect', () => {
    const dated = makeMachinery({ measure: measureOf('full_seal', { startDate: '2025-01-10' }) });
    const queued = apply(dated, text('courtAhead').toPatch('包头市中级人民法院', dated, ctx));
    expect(queued.measure.queue).toEqual({
      position: 'queued',
      courtAhead: '包头市中级人民法院',
      effectiveOn: null,
    });
    expect(queue.value(queued)).toBe('queued');
    expect(text('expiry').displayText(queued)).toBe('');
    const effective = apply(queued, text('effectiveOn').toPatch('2025-06-01', queued, ctx));
    expect(text('expiry').displayText(effective)).toBe('2027-05-31');
    expect(text('effectiveOn').toPatch('2025-06-01', dated, ctx)).toEqual({
      ok: false,
      code: 'inventory.error.effectiveOnNotQueued',
    });
    const first = queue.toPatch('first', effective, ctx);
    expect(first.ok && first.patch.measure?.queue).toEqual({ position: 'first' });
  });

  it('shows the days left, the lapse, or a queued seizure with no term', () => {
    const t = (code: string, params: Record<string, string | number>) => `${code}:${JSON.stringify(params)}`;
    const dated = makeMachinery({ measure: measureOf('live_seal', { startDate: '2025-01-10' }) });
    expect(expiryText(dated, '2026-12-30', t)).toBe(
      'inventory.expiry.left:{"lastDay":"2027-01-09","count":10}',
    );
    expect(expiryText(dated, '2027-01-10', t)).toBe('inventory.expiry.lapsed:{"lastDay":"2027-01-09"}');
    expect(expiryText(sealed, '2026-12-30', t)).toBe('');
  });
});
