import { read as sheetjsRead } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from './readSpreadsheet';
import { writeXlsx, type ExportSheet } from './writeXlsx';

const decode = (bytes: Uint8Array, encoding: string) => new TextDecoder(encoding).decode(bytes);

const SEIZED: ExportSheet = {
  name: '查封清单',
  titleLines: ['查封清单', '案号：（2025）内0291执1234号　走访日期：2025-07-01'],
  columns: [
    { header: '序号', kind: 'integer' },
    { header: '设备名称', kind: 'text' },
    { header: '估值（元）', kind: 'yuan' },
    { header: '估值日期', kind: 'date' },
    { header: '查封时间', kind: 'dateTime' },
    { header: '平均天数', kind: 'decimal' },
  ],
  rows: [
    [1, '数控车床', 17_000_050, '2025-06-30', '2025-07-01 09:30', 84.5],
    [2, '液压机', 1, '2025-07-01', null, null],
    [3, '“引号”, 逗号\n换行', 123_456_789_012, '', '2025-07-01 23:59', 0],
  ],
};

describe('writeXlsx', () => {
  it('re-opens in the same library with the same cells: text, yuan amounts, dates', () => {
    const bytes = writeXlsx([SEIZED]);
    const read = readSpreadsheet(bytes, 'out.xlsx', { decode });
    if (!read.ok) throw new Error(read.refusal.reason);
    const [sheet] = read.spreadsheet.sheets;
    expect(sheet!.name).toBe('查封清单');
    expect(sheet!.rows).toEqual([
      ['查封清单'],
      ['案号：（2025）内0291执1234号　走访日期：2025-07-01'],
      ['序号', '设备名称', '估值（元）', '估值日期', '查封时间', '平均天数'],
      ['1', '数控车床', '170000.5', '2025-06-30', '2025-07-01 09:30', '84.5'],
      ['2', '液压机', '0.01', '2025-07-01'],
      ['3', '“引号”, 逗号\n换行', '1234567890.12', '', '2025-07-01 23:59', '0'],
    ]);
    expect(sheet!.merges).toEqual([
      { firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 5 },
      { firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: 5 },
    ]);
  });

  it('writes money as numbers in yuan with a 0.00 format and dates as date cells', () => {
    const book = sheetjsRead(writeXlsx([SEIZED]), {
      type: 'array',
      cellNF: true,
      cellStyles: true,
      dense: true,
    });
    const data = book.Sheets['查封清单']!['!data']!;
    expect(data[3]![2]).toMatchObject({ t: 'n', v: 170_000.5, z: '#,##0.00' });
    expect(data[3]![3]).toMatchObject({ t: 'n', v: 45838, z: 'yyyy-mm-dd' });
    expect(data[3]![4]).toMatchObject({ t: 'n', z: 'yyyy-mm-dd hh:mm' });
    expect(data[3]![0]).toMatchObject({ t: 'n', v: 1 });
    // Integer fen / 100 is the double nearest the amount: it reads back to the same fen.
    expect(Math.round((data[5]![2]!.v as number) * 100)).toBe(123_456_789_012);
    expect(book.Sheets['查封清单']!['!cols']?.[1]?.wch).toBe(16);
  });

  it('keeps sheet names Excel accepts: 31 characters, no forbidden characters, unique', () => {
    const sheet = (name: string): ExportSheet => ({
      name,
      columns: [{ header: 'a', kind: 'text' }],
      rows: [],
    });
    const bytes = writeXlsx([
      sheet('按类型/按月份: [2025]'),
      sheet('按类型/按月份: [2025]'),
      sheet('x'.repeat(40)),
    ]);
    const read = readSpreadsheet(bytes, 'a.xlsx', { decode });
    expect(read.ok && read.spreadsheet.sheets.map((s) => s.name)).toEqual([
      '按类型_按月份_ _2025_',
      '按类型_按月份_ _2025_(2)',
      'x'.repeat(31),
    ]);
  });
});
