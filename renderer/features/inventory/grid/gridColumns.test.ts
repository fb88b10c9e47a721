import { describe, expect, it } from 'vitest';
import { machineryAssetSchema } from '../../../../shared/assets/machineryAsset';
import { makeMachinery, measureOf } from '../../../../shared/assets/testing/makeAsset';
import { columnOf, GRID_COLUMNS, type ChoiceColumn, type TextColumn } from './gridColumns';

const ctx = { today: '2025-07-01' };
const text = (key: TextColumn['key']) => columnOf(key) as TextColumn;
const choice = (key: ChoiceColumn['key']) => columnOf(key) as ChoiceColumn;

describe('GRID_COLUMNS', () => {
  it('has one column per key, text columns editable as text and choices with options', () => {
    expect(new Set(GRID_COLUMNS.map((c) => c.key)).size).toBe(GRID_COLUMNS.length);
    for (const c of GRID_COLUMNS) if (c.kind === 'choice') expect(c.options.length).toBeGreaterThan(0);
  });

  it('round-trips every text cell of a row: its edit text patches to the same row', () => {
    const row = makeMachinery({ measure: measureOf('live_seal') });
    for (const c of GRID_COLUMNS) {
      if (c.kind !== 'text') continue;
      const result = c.toPatch(c.editText(row), row, ctx);
      expect(result.ok, c.key).toBe(true);
      if (result.ok) expect({ ...row, ...result.patch }, c.key).toEqual(row);
    }
  });

  it('keeps text as typed, within the schema limits', () => {
    const row = makeMachinery();
    expect(text('name').toPatch(' 数控 车床', row, ctx)).toEqual({ ok: true, patch: { name: ' 数控 车床' } });
    expect(text('unit').toPatch('x'.repeat(21), row, ctx)).toEqual({ ok: false, code: 'text.tooLong' });
    expect(text('custodian').toPatch('张强', row, ctx)).toEqual({
      ok: true,
      patch: { measure: { ...row.measure, custodian: '张强' } },
    });
  });

  it('reads years and quantities the way people type them', () => {
    const row = makeMachinery({ unit: '' });
    expect(text('year').toPatch('2015年', row, ctx)).toEqual({ ok: true, patch: { year: 2015 } });
    expect(text('year').toPatch('', row, ctx)).toEqual({ ok: true, patch: { year: null } });
    expect(text('year').toPatch('2030', row, ctx)).toEqual({ ok: false, code: 'import.yearInFuture' });
    expect(text('quantity').toPatch('3台', row, ctx)).toEqual({
      ok: true,
      patch: { quantity: 3, unit: '台' },
    });
    expect(text('quantity').toPatch('0', row, ctx)).toEqual({
      ok: false,
      code: 'import.quantityNotPositive',
    });
    expect(text('quantity').toPatch('1.5', row, ctx)).toEqual({ ok: false, code: 'import.quantityNotWhole' });
  });

  it('turns yuan into fen exactly, dating a new price today and keeping its method', () => {
    const row = makeMachinery({ valuation: { valueFen: 100, method: 'appraisal', date: '2025-01-01' } });
    expect(text('value').toPatch('12,345.67', row, ctx)).toEqual({
      ok: true,
      patch: { valuation: { valueFen: 1_234_567, method: 'appraisal', date: '2025-07-01' } },
    });
    expect(text('value').toPatch('0.1', makeMachinery({ valuation: null }), ctx)).toEqual({
      ok: true,
      patch: { valuation: { valueFen: 10, method: 'estimate', date: '2025-07-01' } },
    });
    expect(text('value').toPatch('', row, ctx)).toEqual({ ok: true, patch: { valuation: null } });
    expect(text('value').toPatch('1.234', row, ctx)).toEqual({ ok: false, code: 'money.notInteger' });
    expect(text('value').displayText(makeMachinery())).toBe('80,000.00');
  });

  it('refuses a valuation method without a value, and produces rows the schema accepts', () => {
    const unvalued = makeMachinery({ valuation: null });
    expect(choice('valuationMethod').toPatch('appraisal', unvalued, ctx)).toEqual({
      ok: false,
      code: 'inventory.error.methodNeedsValue',
    });
    const row = makeMachinery();
    for (const c of GRID_COLUMNS) {
      if (c.kind !== 'choice') continue;
      for (const option of [...c.options, ...(c.isNullable ? [null] : [])]) {
        const result = c.toPatch(option, row, ctx);
        expect(result.ok).toBe(true);
        if (result.ok) expect(machineryAssetSchema.safeParse({ ...row, ...result.patch }).success).toBe(true);
      }
      expect(c.toPatch('constructor', row, ctx)).toEqual({
        ok: false,
        code: 'inventory.error.unknownOption',
      });
    }
  });

  it('offers only the measures machinery can take', () => {
    expect(choice('measureKind').options).toEqual(['none', 'live_seal', 'full_seal', 'removed']);
  });
});
