import { describe, expect, it } from 'vitest';
import type { CellObject } from './sheetjs';
import { cellText, sheetRows } from './sheetRows';

const s = (v: string): CellObject => ({ t: 's', v });
const n = (v: number, z?: string): CellObject => (z === undefined ? { t: 'n', v } : { t: 'n', v, z });

describe('cellText', () => {
  it('shows cells as a person reads them', () => {
    expect(cellText(s('数控车床'), false)).toBe('数控车床');
    expect(cellText(n(Number('12345.670000000001')), false)).toBe('12345.67');
    expect(cellText(n(42156, 'yyyy"年"m"月"'), false)).toBe('2015-06-01');
    expect(cellText(n(42156.5416666667, 'yyyy-mm-dd hh:mm'), false)).toBe('2015-06-01 13:00');
    expect(cellText(n(0, 'm/d/yy'), true)).toBe('1904-01-01');
    expect(cellText(n(3, '0"台"'), false)).toBe('3');
    expect(cellText(n(0.5, '0%'), false)).toBe('0.5');
    expect(cellText({ t: 'b', v: true }, false)).toBe('TRUE');
    expect(cellText({ t: 'e', v: 0x07 }, false)).toBe('#DIV/0!');
    expect(cellText({ t: 'z' }, false)).toBe('');
    expect(cellText(undefined, false)).toBe('');
  });
});

describe('sheetRows', () => {
  it('keeps rows and columns in place and drops what trails', () => {
    const data = [[s('标题')], undefined, [undefined, undefined, s('名称'), undefined], [undefined]];
    expect(sheetRows(data, [], false)).toEqual([['标题'], [], ['', '', '名称']]);
  });

  it('repeats a value merged down over several rows on each of them, not one merged across', () => {
    const data = [
      [s('车间'), s('设备名称')],
      [s('一号车间'), s('车床')],
      [undefined, s('铣床')],
      [undefined, s('磨床')],
      [s('合计')],
    ];
    const merges = [
      { firstRow: 1, firstColumn: 0, lastRow: 3, lastColumn: 0 },
      { firstRow: 4, firstColumn: 0, lastRow: 4, lastColumn: 1 },
    ];
    expect(sheetRows(data, merges, false)).toEqual([
      ['车间', '设备名称'],
      ['一号车间', '车床'],
      ['一号车间', '铣床'],
      ['一号车间', '磨床'],
      ['合计'],
    ]);
  });
});
