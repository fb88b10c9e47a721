import { describe, expect, it } from 'vitest';
import { makeMachinery, measureOf } from '../../../../shared/assets/testing/makeAsset';
import { readSpreadsheet } from '../../../../shared/spreadsheet/readSpreadsheet';
import { writeXlsx, type ExportSheet } from '../../../../shared/spreadsheet/writeXlsx';
import { translate } from '../../../app/i18n/translate';
import { inventorySheet } from './inventorySheet';
import { sealedListSheet } from './sealedListSheet';

const zh = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('zh-CN', key, params);
const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('en', key, params);
const context = { caseNumber: '（2025）内0291执1234号', visitDate: '2025-07-01' };

const ROWS = [
  makeMachinery({
    id: 'a1',
    name: '数控车床',
    model: 'CK6150',
    manufacturer: '沈阳机床',
    serialNumber: 'SY2018-0457',
    year: 2018,
    quantity: 2,
    unit: '台',
    location: '一号车间',
    condition: 'running',
    valuation: { valueFen: 17_000_050, method: 'appraisal', date: '2025-06-30' },
    measure: measureOf('live_seal', { sealNoticeNumber: '（2025）内0291执1234号之一', custodian: '李明' }),
  }),
  makeMachinery({ id: 'a2', name: '液压机', quantity: 1, unit: '台', valuation: null, condition: null }),
  makeMachinery({
    id: 'a3',
    name: '桥式起重机',
    model: 'QD10t',
    serialNumber: 'QZ-7781',
    location: '仓库',
    quantity: 1,
    unit: '台',
    ownerClass: 'leased',
    valuation: { valueFen: 9_500_000, method: 'online_inquiry', date: '2025-07-01' },
    measure: measureOf('removed', { sealNoticeNumber: 'N-2', custodian: '王' }),
  }),
];

/** The workbook as the person will see it: written, then read back through the same library. */
function reopened(sheet: ExportSheet) {
  const read = readSpreadsheet(writeXlsx([sheet]), 'x.xlsx', {
    decode: (b, e) => new TextDecoder(e).decode(b),
  });
  if (!read.ok) throw new Error(read.refusal.reason);
  return read.spreadsheet.sheets[0]!;
}

describe('inventory export', () => {
  it('writes the visit’s inventory with Chinese headers, yuan amounts and dates, and re-opens the same', () => {
    const sheet = reopened(inventorySheet(ROWS, context, zh));
    expect(sheet.name).toBe('设备清单');
    expect(sheet.rows.slice(0, 3)).toEqual([
      ['机器设备清单'],
      ['案号：（2025）内0291执1234号　走访日期：2025-07-01'],
      [
        '序号',
        '设备名称',
        '规格型号',
        '生产厂家',
        '出厂编号',
        '年份',
        '数量',
        '单位',
        '存放位置',
        '状态',
        '权属',
        '估值（元）',
        '估值方式',
        '估值日期',
        '查封状态',
        '查封文书编号',
        '保管人',
      ],
    ]);
    expect(sheet.rows[3]).toEqual([
      '1',
      '数控车床',
      'CK6150',
      '沈阳机床',
      'SY2018-0457',
      '2018',
      '2',
      '台',
      '一号车间',
      '在用',
      '企业所有',
      '170000.5',
      '委托评估',
      '2025-06-30',
      '活封',
      '（2025）内0291执1234号之一',
      '李明',
    ]);
    expect(sheet.rows[4]!.slice(0, 2)).toEqual(['2', '液压机']);
    expect(sheet.rows[4]![14]).toBe('未查封');
  });

  it('writes English headers when the screen is in English', () => {
    const sheet = reopened(inventorySheet(ROWS, context, en));
    expect(sheet.name).toBe('Machinery');
    expect(sheet.rows[1]).toEqual(['Case （2025）内0291执1234号, visit of 2025-07-01']);
    expect(sheet.rows[2]!.slice(0, 3)).toEqual(['No.', 'Name', 'Model / spec']);
    expect(sheet.rows[3]![9]).toBe('Running');
  });

  it('writes the 查封清单: only what is under a measure, with notice and custodian, and a 合计 line', () => {
    const sheet = reopened(sealedListSheet(ROWS, context, zh));
    expect(sheet.name).toBe('查封清单');
    expect(sheet.rows.slice(2)).toEqual([
      [
        '序号',
        '财产名称',
        '规格型号',
        '出厂编号',
        '数量',
        '单位',
        '存放位置',
        '查封状态',
        '查封文书编号',
        '保管人',
        '权属',
        '估值（元）',
      ],
      [
        '1',
        '数控车床',
        'CK6150',
        'SY2018-0457',
        '2',
        '台',
        '一号车间',
        '活封',
        '（2025）内0291执1234号之一',
        '李明',
        '企业所有',
        '170000.5',
      ],
      ['2', '桥式起重机', 'QD10t', 'QZ-7781', '1', '台', '仓库', '扣押', 'N-2', '王', '租赁物', '95000'],
      ['', '合计', '', '', '3', '', '', '', '', '', '', '265000.5'],
    ]);
  });

  it('writes an empty 查封清单 (header only) when nothing is under a measure', () => {
    const sheet = reopened(sealedListSheet([ROWS[1]!], context, zh));
    expect(sheet.rows).toHaveLength(3);
  });
});
