import { describe, expect, it } from 'vitest';
import { dateTextToSerial, numberText, serialToDateText } from './excelSerial';

describe('serialToDateText', () => {
  it('converts 1900-system serials around the phantom 29 February 1900', () => {
    expect(serialToDateText(1, false)).toBe('1900-01-01');
    expect(serialToDateText(59, false)).toBe('1900-02-28');
    expect(serialToDateText(61, false)).toBe('1900-03-01');
    expect(serialToDateText(42156, false)).toBe('2015-06-01');
  });

  it('converts 1904-system serials and keeps a time of day', () => {
    expect(serialToDateText(0, true)).toBe('1904-01-01');
    expect(serialToDateText(42156.5416666667, false)).toBe('2015-06-01 13:00');
  });
});

describe('dateTextToSerial', () => {
  it('is the inverse of serialToDateText, without the device’s time zone', () => {
    for (const text of ['2015-06-01', '2025-02-28', '2024-02-29', '2025-12-31 23:59', '2025-07-01 07:30']) {
      expect(serialToDateText(dateTextToSerial(text)!, false)).toBe(text);
    }
    expect(dateTextToSerial('2015-06-01')).toBe(42156);
    expect(dateTextToSerial('2015-06-01T13:00')).toBeCloseTo(42156.5416666667, 9);
  });

  it('refuses what is not a calendar date', () => {
    expect(dateTextToSerial('2025-02-29')).toBeNull();
    expect(dateTextToSerial('2025-13-01')).toBeNull();
    expect(dateTextToSerial('2025-01-01 24:00')).toBeNull();
    expect(dateTextToSerial('1 March 2025')).toBeNull();
  });
});

describe('numberText', () => {
  it('shows what a spreadsheet shows in General format: 15 significant digits', () => {
    // A double written with 17 digits, as spreadsheets store 12345.67 typed in.
    expect(numberText(Number('12345.670000000001'))).toBe('12345.67');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(2018)).toBe('2018');
    expect(numberText(-3.5)).toBe('-3.5');
    expect(numberText(170000.5)).toBe('170000.5');
  });
});
