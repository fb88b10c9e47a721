import { describe, expect, it } from 'vitest';
import { parseYearCell } from './parseYearCell';

describe('parseYearCell', () => {
  it.each([
    ['2015', 2015],
    ['2015年', 2015],
    ['２０１５', 2015],
    ['2015年6月', 2015],
    ['2015年6月30日', 2015],
    ['2015-06', 2015],
    ['2015/6/1', 2015],
    ['2015.06', 2015],
    ['2015-06-01 00:00:00', 2015],
    ['2025', 2025],
    ['', null],
    ['—', null],
    ['不详', null],
  ])('reads %j as %s', (raw, year) => {
    expect(parseYearCell(raw, 2025)).toEqual({ ok: true, value: year });
  });

  it.each([
    ['15', 'import.yearFormat'],
    ['二〇一五', 'import.yearFormat'],
    ['2015-13', 'import.yearFormat'],
    ['2015/0/1', 'import.yearFormat'],
    ['20150', 'import.yearFormat'],
    ['about 2015', 'import.yearFormat'],
    ['1899', 'import.yearOutOfRange'],
    ['2026', 'import.yearInFuture'],
  ])('rejects %j with %s', (raw, code) => {
    expect(parseYearCell(raw, 2025)).toEqual({ ok: false, code });
  });
});
