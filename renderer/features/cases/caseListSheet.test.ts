import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../shared/domain/caseSummary';
import { readSpreadsheet } from '../../../shared/spreadsheet/readSpreadsheet';
import { writeXlsx } from '../../../shared/spreadsheet/writeXlsx';
import { translate } from '../../app/i18n/translate';
import { caseListSheet } from './caseListSheet';

const summary = (overrides: Partial<CaseSummary>): CaseSummary => ({
  id: 'c',
  caseNumber: '（2025）内0291执1234号',
  type: 'first',
  status: 'enforcing',
  acceptedOn: '2025-03-01',
  respondentName: '包头市某某机械制造有限公司',
  applicantName: '王建国',
  outstandingFen: 1_234_567,
  isDemo: false,
  ...overrides,
});

function reopen(bytes: Uint8Array) {
  const read = readSpreadsheet(bytes, 'cases.xlsx', { decode: (b, e) => new TextDecoder(e).decode(b) });
  if (!read.ok) throw new Error(read.refusal.reason);
  return read.spreadsheet.sheets[0]!;
}

describe('caseListSheet', () => {
  const rows = [
    summary({}),
    summary({ caseNumber: '（2025）内0291执恢7号', type: 'resumed', outstandingFen: 0 }),
  ];

  it('writes the filtered list with its filter, dates as dates and money in yuan, and re-opens the same', () => {
    const t = (k: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) =>
      translate('zh-CN', k, p);
    const sheet = reopen(
      writeXlsx([caseListSheet(rows, { query: '机械', type: 'all', status: 'enforcing' }, '2025-07-01', t)]),
    );
    expect(sheet.name).toBe('案件清单');
    expect(sheet.rows).toEqual([
      ['执行案件清单'],
      ['导出日期：2025-07-01　共 2 件'],
      ['筛选条件：案件类型 全部；案件状态 执行中；搜索 机械'],
      ['案号', '类型', '状态', '被执行人', '申请执行人', '立案日期', '未执行金额（元）'],
      [
        '（2025）内0291执1234号',
        '首次执行',
        '执行中',
        '包头市某某机械制造有限公司',
        '王建国',
        '2025-03-01',
        '12345.67',
      ],
      [
        '（2025）内0291执恢7号',
        '恢复执行',
        '执行中',
        '包头市某某机械制造有限公司',
        '王建国',
        '2025-03-01',
        '0',
      ],
    ]);
  });

  it('writes English headers and no filter line when nothing is filtered', () => {
    const t = (k: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) =>
      translate('en', k, p);
    const sheet = reopen(
      writeXlsx([caseListSheet(rows, { query: '', type: 'all', status: 'all' }, '2025-07-01', t)]),
    );
    expect(sheet.rows[1]).toEqual(['Exported on 2025-07-01, 2 cases']);
    expect(sheet.rows[2]![0]).toBe('Case number');
  });
});
