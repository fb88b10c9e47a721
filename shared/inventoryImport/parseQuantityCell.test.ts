import { describe, expect, it } from 'vitest';
import { parseQuantityCell } from './parseQuantityCell';

describe('parseQuantityCell', () => {
  it.each([
    ['2', 2, ''],
    [' 12 ', 12, ''],
    ['１２', 12, ''],
    ['3台', 3, '台'],
    ['2 套', 2, '套'],
    ['1,200', 1200, ''],
    ['5.0', 5, ''],
    ['', 1, ''],
  ])('reads %j as %i %s', (raw, quantity, unit) => {
    expect(parseQuantityCell(raw)).toEqual({ ok: true, value: { quantity, unit } });
  });

  it.each([
    ['两台', 'import.quantityFormat'],
    ['abc', 'import.quantityFormat'],
    ['1e3', 'import.quantityFormat'],
    ['--', 'import.quantityFormat'],
    ['2.5', 'import.quantityNotWhole'],
    ['-3', 'import.quantityNotPositive'],
    ['0', 'import.quantityNotPositive'],
    ['1000001', 'import.quantityTooLarge'],
    ['99999999999999999999', 'import.quantityTooLarge'],
  ])('rejects %j with %s', (raw, code) => {
    expect(parseQuantityCell(raw)).toEqual({ ok: false, code });
  });
});
