import { describe, expect, it } from 'vitest';
import { decodeOoxmlEscapes, excelSerialToText, isDateFormat, numberCellText } from './excelCellText';

describe('isDateFormat', () => {
  it('knows the built-in date ids, including the East Asian ones', () => {
    expect(isDateFormat(14, undefined)).toBe(true);
    expect(isDateFormat(31, undefined)).toBe(true);
    expect(isDateFormat(57, undefined)).toBe(true);
    expect(isDateFormat(0, undefined)).toBe(false);
    expect(isDateFormat(4, undefined)).toBe(false);
  });

  it('reads custom codes, ignoring quoted text, escapes and colour brackets', () => {
    expect(isDateFormat(164, 'yyyy"年"m"月"')).toBe(true);
    expect(isDateFormat(165, '[h]:mm')).toBe(true);
    expect(isDateFormat(166, '#,##0.00_);[Red](#,##0.00)')).toBe(false);
    expect(isDateFormat(167, '0"台"')).toBe(false);
    expect(isDateFormat(168, '0\\d')).toBe(false);
    expect(isDateFormat(169, 'General')).toBe(false);
  });
});

describe('excelSerialToText', () => {
  it('converts 1900-system serials around the phantom 29 February 1900', () => {
    expect(excelSerialToText(1, false)).toBe('1900-01-01');
    expect(excelSerialToText(59, false)).toBe('1900-02-28');
    expect(excelSerialToText(61, false)).toBe('1900-03-01');
    expect(excelSerialToText(42156, false)).toBe('2015-06-01');
  });

  it('converts 1904-system serials and keeps a time of day', () => {
    expect(excelSerialToText(0, true)).toBe('1904-01-01');
    expect(excelSerialToText(42156.5416666667, false)).toBe('2015-06-01 13:00');
  });
});

describe('numberCellText', () => {
  it('shows what Excel shows: 15 significant digits', () => {
    expect(numberCellText('12345.670000000001')).toBe('12345.67');
    expect(numberCellText('0.30000000000000004')).toBe('0.3');
    expect(numberCellText('2018')).toBe('2018');
    expect(numberCellText('123456789012345678')).toBe('123456789012345678');
    expect(numberCellText('not a number')).toBe('not a number');
  });

  it('decodes _xHHHH_ escapes', () => {
    expect(decodeOoxmlEscapes('a_x000D_b')).toBe('a\rb');
  });
});
