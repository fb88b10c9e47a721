import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FEN, formatYuan } from '../domain/money';
import { parseValueCell } from './parseValueCell';

describe('parseValueCell', () => {
  it.each([
    ['85000', 8_500_000],
    ['85,000.00', 8_500_000],
    ['1,234,567.89', 123_456_789],
    ['¥ 4.35', 435],
    ['１２３．４５', 12_345],
    ['3000元', 300_000],
    ['12.5万', 12_500_000],
    ['12.5万元', 12_500_000],
    ['0.000001万元', 1],
  ])('reads %j in yuan as %i fen', (raw, fen) => {
    expect(parseValueCell(raw, 'yuan')).toEqual({ ok: true, value: fen });
  });

  it.each([
    ['8.5', 8_500_000],
    ['123.456789', 123_456_789],
    ['1,200', 1_200_000_000],
  ])('reads %j in a 万元 column as %i fen', (raw, fen) => {
    expect(parseValueCell(raw, 'wan_yuan')).toEqual({ ok: true, value: fen });
  });

  it.each(['', '  ', '-', '—', '/', '无'])('reads %j as no value', (raw) => {
    expect(parseValueCell(raw, 'yuan')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['12,3.4.5', 'money.format'],
    ['1,23', 'money.format'],
    ['12,34.5', 'money.format'],
    ['abc', 'money.format'],
    ['1.2.3', 'money.format'],
    ['-500', 'money.negative'],
    ['1.234', 'money.notInteger'],
    ['0.0000001万', 'money.notInteger'],
    ['10000000000001', 'money.tooLarge'],
    ['1000000001万', 'money.tooLarge'],
  ])('rejects %j with %s', (raw, code) => {
    expect(parseValueCell(raw, 'yuan')).toEqual({ ok: false, code });
  });

  it('reads every formatted amount back exactly, in yuan and in 万元', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_FEN }), (fen) => {
        expect(parseValueCell(formatYuan(fen), 'yuan')).toEqual({ ok: true, value: fen });
        const wan = `${Math.floor(fen / 1_000_000)}.${String(fen % 1_000_000).padStart(6, '0')}`;
        expect(parseValueCell(wan, 'wan_yuan')).toEqual({ ok: true, value: fen });
      }),
    );
  });
});
