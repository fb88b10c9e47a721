import { describe, expect, it } from 'vitest';
import { parseImportDate } from './parseImportDate';

describe('parseImportDate', () => {
  it.each([
    ['2025-03-01', '2025-03-01'],
    ['2025/3/1', '2025-03-01'],
    ['2025.3.1', '2025-03-01'],
    ['2025年3月1日', '2025-03-01'],
    ['２０２５年１２月３１日', '2025-12-31'],
    ['2024-02-29 00:00:00', '2024-02-29'],
  ])('reads %s', (input, expected) => {
    expect(parseImportDate(input)).toBe(expected);
  });

  it.each(['2025-02-29', '2025-13-01', '25-3-1', '', '2025年3月'])('refuses %s', (input) => {
    expect(parseImportDate(input)).toBeNull();
  });
});
