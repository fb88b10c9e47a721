import { describe, expect, it } from 'vitest';
import { findHeaderRow } from './findHeaderRow';

describe('findHeaderRow', () => {
  it('skips a title and date rows above the header', () => {
    const rows = [
      ['包头市某某机械制造有限公司固定资产清单', '', ''],
      ['截至 2025 年 5 月 31 日', '', ''],
      ['设备名称', '规格型号', '数量'],
      ['数控车床', 'CK6150', '2'],
    ];
    expect(findHeaderRow(rows)).toBe(2);
  });

  it('needs a name column and one more recognised field', () => {
    expect(findHeaderRow([['数量', '单位'], ['名称'], ['名称', '位置']])).toBe(2);
    expect(
      findHeaderRow([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBeNull();
    expect(findHeaderRow([])).toBeNull();
  });
});
