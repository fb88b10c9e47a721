import { CFB, utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { Decode } from '../../../shared/spreadsheet/decodeText';
import { defaultSheetIndex } from '../../../shared/spreadsheet/defaultSheetIndex';
import {
  MAX_SPREADSHEET_BYTES,
  readSpreadsheet,
  type ReadSpreadsheetResult,
} from '../../../shared/spreadsheet/readSpreadsheet';
import { readFixture } from './readFixture';

const decode: Decode = (bytes, encoding) => new TextDecoder(encoding).decode(bytes);
const read = (bytes: Uint8Array, name = 'list.xlsx') => readSpreadsheet(bytes, name, { decode });
const ok = (r: ReadSpreadsheetResult) => {
  if (!r.ok) throw new Error(`refused: ${r.refusal.reason}`);
  return r.spreadsheet;
};
const reason = (r: ReadSpreadsheetResult) => (r.ok ? 'read' : r.refusal);

/** The asset list every writer was given: title, header, five machines (dates as dates), 合计. */
const ASSET_ROWS = [
  ['包头市某某机械制造有限公司 机器设备清单'],
  [
    '序号',
    '设备名称',
    '规格型号',
    '生产厂家',
    '出厂编号',
    '购置日期',
    '数量',
    '单位',
    '存放地点',
    '使用状态',
    '原值（元）',
  ],
  [
    '1',
    '数控车床',
    'CK6150',
    '沈阳机床',
    'SY2018-0457',
    '2018-03-15',
    '2',
    '台',
    '一号车间',
    '在用',
    '170000.5',
  ],
  ['2', '液压机', 'YQ32-315', '天锻', 'HP-0091', '2016-03-01', '1', '台', '二号车间', '闲置', '260000'],
  ['3', '桥式起重机', 'QD10t', '河南卫华', 'QZ-7781', '2012-09-20', '1', '台', '仓库', '损坏', '95000'],
  ['4', '空压机', 'LU55', '阿特拉斯', 'AC-5521', '2020-11-05', '3', '台', '三号车间', '在用', '48000'],
  ['5', '累计流量计', 'LWGY-50', '上海自仪', 'LW-2019-33', '2019-07-01', '4', '只', '配电室', '在用', '3600'],
  ['合计', '', '', '', '', '', '11', '', '', '', '576600.5'],
];

describe('readSpreadsheet on workbooks written by other programs', () => {
  it.each([
    ['asset-list-libreoffice.xlsx', 'xlsx'],
    ['asset-list-libreoffice.xls', 'xls'],
    ['asset-list-libreoffice.ods', 'ods'],
    ['asset-list-libreoffice-renamed.et', 'et'],
    ['asset-list-xlsxwriter.xlsx', 'xlsx'],
  ])('%s gives the same rows, dates as dates and amounts as numbers', (name, format) => {
    const book = ok(read(readFixture(name), name));
    expect(book.format).toBe(format);
    const sheet = book.sheets[defaultSheetIndex(book.sheets)]!;
    expect(sheet.name).toBe('设备清单');
    expect(sheet.rows).toEqual(ASSET_ROWS);
  });

  it.each(['asset-list-openpyxl.xlsx', 'asset-list-xlwt.xls'])(
    '%s (a Python writer, formulas without cached results) gives the same rows and a bare 合计',
    (name) => {
      const book = ok(read(readFixture(name), name));
      const sheet = book.sheets[defaultSheetIndex(book.sheets)]!;
      expect(sheet.rows.slice(0, 7)).toEqual(ASSET_ROWS.slice(0, 7));
      expect(sheet.rows[7]).toEqual(['合计']);
    },
  );

  it('lists every sheet with its merges, and starts from the first visible sheet with data', () => {
    const libre = ok(read(readFixture('asset-list-libreoffice.ods'), 'a.ods'));
    expect(libre.sheets.map((s) => [s.name, s.rows.length, s.isHidden])).toEqual([
      ['设备清单', 8, false],
      ['填表说明', 1, false],
    ]);
    expect(libre.sheets[0]!.merges).toEqual([
      { firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 10 },
      { firstRow: 7, firstColumn: 0, lastRow: 7, lastColumn: 5 },
    ]);
    // openpyxl leaves its empty default sheet in front of the list.
    const openpyxl = ok(read(readFixture('asset-list-openpyxl.xlsx')));
    expect(openpyxl.sheets.map((s) => s.name)).toEqual(['Sheet', '设备清单']);
    expect(defaultSheetIndex(openpyxl.sheets)).toBe(1);
  });

  it('reads the GB18030 CSV LibreOffice saved, as the cells were shown', () => {
    const book = ok(read(readFixture('asset-list-libreoffice-gb18030.csv'), '清单.csv'));
    expect(book.format).toBe('csv');
    expect(book.text).toEqual({ encoding: 'gb18030', delimiter: ',' });
    const rows = book.sheets[0]!.rows;
    expect(rows).toHaveLength(8);
    expect(rows[2]).toEqual([
      '1',
      '数控车床',
      'CK6150',
      '沈阳机床',
      'SY2018-0457',
      '2018年3月15日',
      '2',
      '台',
      '一号车间',
      '在用',
      '170,000.50',
    ]);
    expect(rows[7]).toEqual(['合计', '', '', '', '', '', '11', '', '', '', '576,600.50']);
  });

  it('reads a court’s case export saved as .xls and as .ods alike', () => {
    const xls = ok(read(readFixture('case-list-libreoffice.xls'), 'cases.xls')).sheets[0]!;
    const ods = ok(read(readFixture('case-list-libreoffice.ods'), 'cases.ods')).sheets[0]!;
    expect(ods.rows).toEqual(xls.rows);
    expect(xls.rows[2]!.slice(0, 3)).toEqual(['(2024)内0203执5101号', '首执', '2024-03-05']);
    expect(xls.rows[2]![10]).toBe('1234567.89');
  });
});

describe('readSpreadsheet refuses what it cannot read, saying what the file is', () => {
  it('refuses password-protected workbooks (LibreOffice .xls and .ods, an Office-encrypted .xlsx)', () => {
    expect(reason(read(readFixture('asset-list-password.xls'), 'a.xls'))).toEqual({ reason: 'encrypted' });
    expect(reason(read(readFixture('asset-list-password.ods'), 'a.ods'))).toEqual({ reason: 'encrypted' });
    // Office wraps an encrypted .xlsx in a compound file with these two streams (contents are not read).
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array(64));
    CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(4096));
    const encrypted = new Uint8Array(CFB.write(cfb, { type: 'array' }) as ArrayBuffer);
    expect(reason(read(encrypted, 'a.xlsx'))).toEqual({ reason: 'encrypted' });
  });

  it('refuses documents that are not spreadsheets, each with its own reason', () => {
    const zipOf = (files: Record<string, string>) => {
      const cfb = CFB.utils.cfb_new();
      for (const [path, text] of Object.entries(files))
        CFB.utils.cfb_add(cfb, path, new TextEncoder().encode(text));
      return new Uint8Array(CFB.write(cfb, { type: 'array', fileType: 'zip' }) as ArrayBuffer);
    };
    expect(reason(read(new TextEncoder().encode('%PDF-1.7\n…'), 'a.pdf'))).toEqual({ reason: 'pdf' });
    expect(reason(read(readFixture('../site-photo.png'), '清单.jpg'))).toEqual({ reason: 'image' });
    expect(
      reason(read(zipOf({ 'Index/Document.iwa': 'x', 'Metadata/Properties.plist': 'x' }), 'a.numbers')),
    ).toEqual({
      reason: 'numbers',
    });
    expect(
      reason(read(zipOf({ '[Content_Types].xml': '<T/>', 'word/document.xml': '<w/>' }), 'a.docx')),
    ).toEqual({
      reason: 'wordDocument',
    });
    expect(reason(read(zipOf({ '清单/a.xlsx': 'x' }), 'a.zip'))).toEqual({ reason: 'archive' });
    const page =
      '<html><head><meta charset="utf-8"></head><body><table><tr><td>案号</td></tr></table></body></html>';
    expect(reason(read(new TextEncoder().encode(page), '案件.xls'))).toEqual({ reason: 'markup' });
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
    expect(reason(read(binary, 'a.dat'))).toEqual({ reason: 'notText' });
  });

  it('refuses an empty file, a blank text file and a workbook without any cell', () => {
    expect(reason(read(new Uint8Array(0), 'a.csv'))).toEqual({ reason: 'empty' });
    expect(reason(read(new TextEncoder().encode(' \r\n\r\n'), 'a.csv'))).toEqual({ reason: 'empty' });
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([]), 'Sheet1');
    const empty = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(reason(read(empty))).toEqual({ reason: 'noData' });
  });

  it('refuses a damaged workbook instead of throwing', () => {
    const good = readFixture('asset-list-libreoffice.xlsx');
    expect(reason(read(good.slice(0, good.length - 200)))).toEqual({ reason: 'damaged' });
    const xls = readFixture('asset-list-libreoffice.xls');
    expect(reason(read(xls.slice(0, 1024), 'a.xls'))).toEqual({ reason: 'damaged' });
  });

  it('refuses a CSV with an unclosed quote, naming the row where it opened', () => {
    const text = '设备名称,数量\n车床,1\n"铣床,2\n磨床,3\n';
    expect(reason(read(new TextEncoder().encode(text), 'a.csv'))).toEqual({
      reason: 'unterminatedQuote',
      rowNumber: 3,
    });
  });

  it('refuses files past the size and row limits', () => {
    expect(reason(read(new Uint8Array(MAX_SPREADSHEET_BYTES + 1), 'a.csv'))).toEqual({ reason: 'tooLarge' });
    const many = new TextEncoder().encode('a\n'.repeat(200_001));
    expect(reason(read(many, 'a.csv'))).toEqual({ reason: 'tooManyRows' });
  });
});

describe('readSpreadsheet on text files', () => {
  it('keeps blank rows in place (row n stays row n) and drops trailing blank cells and rows', () => {
    const book = ok(read(new TextEncoder().encode('名称,数量,\n\n车床,1,\n,,\n'), 'a.csv'));
    expect(book.sheets[0]).toEqual({
      name: 'a',
      rows: [['名称', '数量'], [], ['车床', '1']],
      merges: [],
      isHidden: false,
    });
  });

  it('detects tab- and semicolon-separated files and UTF-8 with a BOM', () => {
    const tab = ok(
      read(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('名称\t数量\n车床\t1')]), 'a.txt'),
    );
    expect(tab.text).toEqual({ encoding: 'utf-8', delimiter: '\t' });
    expect(tab.sheets[0]!.rows).toEqual([
      ['名称', '数量'],
      ['车床', '1'],
    ]);
    const semi = ok(read(new TextEncoder().encode('name;qty\nlathe;1,5'), 'a.csv'));
    expect(semi.sheets[0]!.rows).toEqual([
      ['name', 'qty'],
      ['lathe', '1,5'],
    ]);
  });

  it('reads a file with a few undecodable bytes and counts them', () => {
    // "设备名称" in GBK, then 0xFF (no GB18030 character starts with it).
    const bytes = Uint8Array.from([0xc9, 0xe8, 0xb1, 0xb8, 0xc3, 0xfb, 0xb3, 0xc6, 0x0a, 0xff, 0x0a]);
    const book = ok(read(bytes, 'a.csv'));
    expect(book.text?.encoding).toBe('gb18030');
    expect(book.sheets[0]!.rows[0]).toEqual(['设备名称']);
    expect(book.undecodableCount).toBe(1);
  });

  it('reads a workbook whatever its name says (an .xlsx renamed .csv)', () => {
    expect(ok(read(readFixture('asset-list-libreoffice.xlsx'), '清单.csv')).format).toBe('xlsx');
  });
});
