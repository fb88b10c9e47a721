import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FEN, fenSchema, formatWanYuan, formatYuan, parseYuan } from './money';

const fen = fc.integer({ min: 0, max: MAX_FEN });

describe('parseYuan', () => {
  it.each([
    ['0', 0],
    ['0.01', 1],
    ['12,345.67', 1_234_567],
    ['12345.6', 1_234_560],
    ['12345.', 1_234_500],
    ['１２３.４', 12_340],
    ['１２３．４５', 12_345],
    ['¥100', 10_000],
    ['￥1，000元', 100_000],
    ['  87,520,000.00  ', 8_752_000_000],
    ['007.50', 750],
    ['12.3400', 1_234],
    ['10,000,000,000,000.00', MAX_FEN],
  ] as const)('parses %s as %i fen', (input, expected) => {
    expect(parseYuan(input)).toEqual({ ok: true, value: expected });
  });

  it('is exact where binary floats are not (0.1 + 0.2, 1.005, 4.35)', () => {
    expect(parseYuan('0.30')).toEqual({ ok: true, value: 30 });
    expect(parseYuan('0.29')).toEqual({ ok: true, value: 29 }); // 0.29 * 100 === 28.999999999999996
    expect(parseYuan('4.35')).toEqual({ ok: true, value: 435 }); // 4.35 * 100 === 434.99999999999994
    expect(parseYuan('9007199254740.99')).toEqual({ ok: true, value: 900_719_925_474_099 });
  });

  it.each([
    ['-1', 'money.negative'],
    ['-0.01', 'money.negative'],
    ['1.234', 'money.notInteger'],
    ['1.001', 'money.notInteger'],
    ['', 'money.format'],
    ['abc', 'money.format'],
    ['.5', 'money.format'],
    ['1e5', 'money.format'],
    ['1.2.3', 'money.format'],
    ['USD 5', 'money.format'],
    ['10,000,000,000,000.01', 'money.tooLarge'],
    ['99999999999999', 'money.tooLarge'],
    ['123456789012345678', 'money.tooLarge'],
  ] as const)('rejects %s with %s', (input, code) => {
    expect(parseYuan(input)).toEqual({ ok: false, code });
  });

  it('round-trips parseYuan(formatYuan(fen)) for every fen in [0, MAX_FEN]', () => {
    fc.assert(
      fc.property(fen, (f) => {
        expect(parseYuan(formatYuan(f))).toEqual({ ok: true, value: f });
      }),
      { numRuns: 2000, examples: [[0], [1], [99], [100], [MAX_FEN], [MAX_FEN - 1]] },
    );
  });
});

describe('formatYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [100, '1.00'],
    [1_234_567, '12,345.67'],
    [100_000_000, '1,000,000.00'],
    [-1_234_567, '-12,345.67'],
    [MAX_FEN, '10,000,000,000,000.00'],
  ])('formats %i fen as %s', (f, text) => {
    expect(formatYuan(f)).toBe(text);
  });
});

describe('formatWanYuan', () => {
  it('formats the article’s 87.52 million yuan as 8,752.00万', () => {
    expect(formatWanYuan(8_752_000_000)).toBe('8,752.00万');
  });

  it('rounds to the nearest 0.01 万 (100 yuan)', () => {
    expect(formatWanYuan(1_234_567)).toBe('1.23万'); // 12,345.67 yuan = 1.2345567万
    expect(formatWanYuan(1_235_000)).toBe('1.24万'); // 12,350 yuan: exactly half, rounds up
    expect(formatWanYuan(0)).toBe('0.00万');
  });
});

describe('fenSchema', () => {
  it.each([0, 1, 123_456, MAX_FEN])('accepts %i', (v) => {
    expect(fenSchema.parse(v)).toBe(v);
  });

  it.each([
    [1.5, 'money.notInteger'],
    [-1, 'money.negative'],
    [MAX_FEN + 1, 'money.tooLarge'],
    [2 ** 60, 'money.tooLarge'],
    [Number.NaN, 'money.format'],
    [Number.POSITIVE_INFINITY, 'money.format'],
    ['100', 'money.format'],
    [null, 'money.format'],
  ])('rejects %s, first issue %s', (v, code) => {
    const r = fenSchema.safeParse(v);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(code);
  });
});
