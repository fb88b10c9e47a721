import { describe, expect, it } from 'vitest';
import { defaultSheetIndex } from '../../../shared/spreadsheet/defaultSheetIndex';
import { readSpreadsheet } from '../../../shared/spreadsheet/readSpreadsheet';
import { applyMapping } from '../../../shared/inventoryImport/applyMapping';
import { findHeaderRow } from '../../../shared/inventoryImport/findHeaderRow';
import { suggestMapping } from '../../../shared/inventoryImport/suggestMapping';
import { readFixture } from './readFixture';

/** The five machines of the asset list, as the import must read them from every writer's file. */
const MACHINES = [
  ['数控车床', 'CK6150', '沈阳机床', 'SY2018-0457', 2018, 2, '台', '一号车间', 'running', 17_000_050],
  ['液压机', 'YQ32-315', '天锻', 'HP-0091', 2016, 1, '台', '二号车间', 'idle', 26_000_000],
  ['桥式起重机', 'QD10t', '河南卫华', 'QZ-7781', 2012, 1, '台', '仓库', 'damaged', 9_500_000],
  ['空压机', 'LU55', '阿特拉斯', 'AC-5521', 2020, 3, '台', '三号车间', 'running', 4_800_000],
  ['累计流量计', 'LWGY-50', '上海自仪', 'LW-2019-33', 2019, 4, '只', '配电室', 'running', 360_000],
];

describe('the inventory import on asset lists written by other programs', () => {
  it.each([
    'asset-list-libreoffice.xlsx',
    'asset-list-libreoffice.xls',
    'asset-list-libreoffice.ods',
    'asset-list-libreoffice-renamed.et',
    'asset-list-libreoffice-gb18030.csv',
    'asset-list-openpyxl.xlsx',
    'asset-list-xlsxwriter.xlsx',
    'asset-list-xlwt.xls',
  ])('%s: header found below the merged title, five machines, the 合计 row set apart', (name) => {
    const read = readSpreadsheet(readFixture(name), name, { decode: (b, e) => new TextDecoder(e).decode(b) });
    if (!read.ok) throw new Error(read.refusal.reason);
    const { rows } = read.spreadsheet.sheets[defaultSheetIndex(read.spreadsheet.sheets)]!;
    const headerRowIndex = findHeaderRow(rows);
    expect(headerRowIndex).toBe(1);
    const mapping = suggestMapping(rows[1]!);
    const result = applyMapping(rows, mapping, { headerRowIndex: 1, today: '2025-07-01' });
    expect(result.errors).toEqual([]);
    expect(
      result.items.map((i) => [
        i.name,
        i.model,
        i.manufacturer,
        i.serialNumber,
        i.year,
        i.quantity,
        i.unit,
        i.location,
        i.condition,
        i.valueFen,
      ]),
    ).toEqual(MACHINES);
    expect(result.totalRows.map((t) => [t.rowNumber, t.label])).toEqual([[8, '合计']]);
  });
});
