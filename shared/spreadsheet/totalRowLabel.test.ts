import { describe, expect, it } from 'vitest';
import { totalRowLabel } from './totalRowLabel';

describe('totalRowLabel', () => {
  it('recognises 合计, 小计, 总计 and 累计 rows, wherever the label sits', () => {
    expect(totalRowLabel(['合计', '', '', '', '', '', '11', '', '', '', '576600.5'])).toBe('合计');
    expect(totalRowLabel(['', '小计', '', '3'])).toBe('小计');
    expect(totalRowLabel(['总计', '1200'])).toBe('总计');
    expect(totalRowLabel(['', '', '累计', '99'])).toBe('累计');
  });

  it('reads the spellings lists use: spaces, full-width forms, prefixes, units and colons', () => {
    expect(totalRowLabel(['合　计'])).toBe('合　计');
    expect(totalRowLabel([' 合 计 '])).toBe('合 计');
    expect(totalRowLabel(['本页小计'])).toBe('本页小计');
    expect(totalRowLabel(['以上合计'])).toBe('以上合计');
    expect(totalRowLabel(['合计金额（元）'])).toBe('合计金额（元）');
    expect(totalRowLabel(['合计：576,600.50 元'])).toBe('合计：576,600.50 元');
    expect(totalRowLabel(['Total'])).toBe('Total');
    expect(totalRowLabel(['Subtotal:'])).toBe('Subtotal:');
    expect(totalRowLabel(['Grand total'])).toBe('Grand total');
  });

  it('leaves machines alone whose name merely contains the word', () => {
    expect(totalRowLabel(['5', '累计流量计', 'LWGY-50', '上海自仪'])).toBeNull();
    expect(totalRowLabel(['合计量表', '1'])).toBeNull();
    expect(totalRowLabel(['小计数器'])).toBeNull();
    expect(totalRowLabel(['Totalizer'])).toBeNull();
    expect(totalRowLabel(['数控车床', '在用', '备注：合计价值另计'])).toBeNull();
    expect(totalRowLabel([])).toBeNull();
    expect(totalRowLabel(['', ''])).toBeNull();
  });
});
