import { describe, expect, it } from 'vitest';
import { xlsxFileName } from './xlsxFileName';

describe('xlsxFileName', () => {
  it('joins the parts and replaces what file systems refuse', () => {
    expect(xlsxFileName('查封清单', '（2025）内0291执1234号', '2025-07-01')).toBe(
      '查封清单-（2025）内0291执1234号-2025-07-01.xlsx',
    );
    expect(xlsxFileName('cases', 'a/b:c*?', '')).toBe('cases-a_b_c__.xlsx');
    expect(xlsxFileName('')).toBe('export.xlsx');
  });
});
