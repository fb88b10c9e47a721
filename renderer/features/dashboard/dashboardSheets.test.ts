import { describe, expect, it } from 'vitest';
import type { TeamFacts } from '../../../shared/reports/teamFacts';
import { computeTeamFigures } from '../../../shared/reports/teamFigures';
import { readSpreadsheet } from '../../../shared/spreadsheet/readSpreadsheet';
import { writeXlsx } from '../../../shared/spreadsheet/writeXlsx';
import { translate } from '../../app/i18n/translate';
import { dashboardSheets } from './dashboardSheets';

const facts: TeamFacts = {
  cases: [
    {
      type: 'first',
      acceptedOn: '2025-01-10',
      closedOn: '2025-03-10',
      closingMode: 'fully_performed',
      recoveredFen: 1_234_567,
    },
    { type: 'first', acceptedOn: '2025-02-01', closedOn: null, closingMode: null, recoveredFen: 0 },
    {
      type: 'preservation',
      acceptedOn: '2024-12-01',
      closedOn: '2025-02-15',
      closingMode: 'settlement',
      recoveredFen: 50_000,
    },
  ],
  visits: [],
  transferFlags: [],
  openConflicts: 2,
};
const t = (k: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) =>
  translate('zh-CN', k, p);

describe('dashboardSheets', () => {
  const figures = computeTeamFigures(facts, { kind: 'quarter', year: 2025, index: 1 }, (iso) =>
    iso.slice(0, 10),
  );
  const sheets = dashboardSheets(
    figures,
    { label: '2025年第1季度', range: '2025-01-01 至 2025-03-31' },
    '2025-03-31',
    t,
  );
  const read = readSpreadsheet(writeXlsx(sheets), 'd.xlsx', {
    decode: (b, e) => new TextDecoder(e).decode(b),
  });
  if (!read.ok) throw new Error(read.refusal.reason);
  const byName = new Map(read.spreadsheet.sheets.map((s) => [s.name, s.rows]));

  it('writes one sheet per figure group, each re-opening with the same cells', () => {
    expect([...byName.keys()]).toEqual(['概况', '按案件类型', '收结案趋势', '结案方式', '干警走访']);
    expect(byName.get('概况')!.slice(0, 6)).toEqual([
      ['团队统计 · 2025年第1季度'],
      ['2025-01-01 至 2025-03-31'],
      ['项目', '数量', '金额（元）', '天数'],
      ['收案', '2'],
      ['结案', '2'],
      ['执行到位金额', '', '12845.67'],
    ]);
    expect(byName.get('概况')![6]).toEqual(['平均结案天数', '', '', '67.5']);
  });

  it('writes the court’s table by case type with its 合计, money in yuan', () => {
    expect(byName.get('按案件类型')!.slice(3)).toEqual([
      ['案件类型', '收案（件）', '结案（件）', '执行到位金额（元）', '平均结案天数'],
      ['首次执行', '2', '1', '12345.67', '59'],
      ['恢复执行', '0', '0', '0'],
      ['保全执行', '0', '1', '500', '76'],
      ['合计', '2', '2', '12845.67', '67.5'],
    ]);
  });

  it('writes the trend with its months as dates', () => {
    expect(byName.get('收结案趋势')!.slice(2)).toEqual([
      ['日期', '收案', '结案'],
      ['2025-01-01', '1', '0'],
      ['2025-02-01', '1', '1'],
      ['2025-03-01', '0', '1'],
    ]);
  });
});
