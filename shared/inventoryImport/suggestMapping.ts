import type { ColumnMapping, ImportField } from './columnMapping';
import { headerMatches, normaliseHeader } from './recogniseHeader';

/**
 * Proposes a column mapping from a header row, recognising Chinese and English headers (名称/设备名称/name,
 * 型号/规格型号/model, 生产厂家/制造商/manufacturer, 出厂编号/序列号/serial, 年份/购置年份/year, 数量/quantity,
 * 单位/unit, 位置/存放地点/location, 状态/condition, 价值/估值/原值/value). The strongest (header, field) pairs
 * are taken first (leftmost on a tie); each field gets one column and each column fills one field, so a
 * header that loses its best field to a stronger column can still fill its next. A value header written in
 * 万元 sets `valueUnit`, a unit-price header (单价) sets `valueBasis`. The person confirms or corrects it.
 */
export function suggestMapping(headerRow: readonly string[]): ColumnMapping {
  const candidates: { field: ImportField; preference: number; column: number }[] = [];
  headerRow.forEach((cell, column) => {
    for (const match of headerMatches(cell)) candidates.push({ ...match, column });
  });
  candidates.sort((a, b) => a.preference - b.preference || a.column - b.column);
  const columns: ColumnMapping['columns'] = {};
  const taken = new Set<number>();
  for (const c of candidates) {
    if (columns[c.field] !== undefined || taken.has(c.column)) continue;
    columns[c.field] = c.column;
    taken.add(c.column);
  }
  const valueHeader = columns.value === undefined ? null : normaliseHeader(headerRow[columns.value]!);
  return {
    columns,
    valueUnit: valueHeader?.isWanYuan ? 'wan_yuan' : 'yuan',
    valueBasis: valueHeader !== null && isUnitPrice(valueHeader.word) ? 'per_unit' : 'line',
  };
}

function isUnitPrice(word: string): boolean {
  return word.includes('单价') || word === 'unitprice' || word === 'price';
}
