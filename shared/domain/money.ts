import { z } from 'zod';
import type { ValidationResult } from '../validation/result';

/** Upper bound for any single amount: 10^15 fen (10 trillion yuan) keeps sums far below 2^53. */
export const MAX_FEN = 1_000_000_000_000_000;

/** Money is integer fen (分), never floating point. */
export const fenSchema = z
  .number({ error: 'money.format' })
  // max before int: zod's int check also rejects integers beyond 2^53 ("too big"), and for such a value the
  // first message must say "too large", not "must be whole fen".
  .max(MAX_FEN, { error: 'money.tooLarge' })
  .int({ error: 'money.notInteger' })
  .nonnegative({ error: 'money.negative' });
export type Fen = number;

/**
 * Parses a yuan amount typed by a person ("12,345.67", "１２３.４", "¥100") into integer fen, by string
 * arithmetic so that no binary-float rounding can creep in.
 */
export function parseYuan(input: string): ValidationResult<Fen> {
  const normalised = input
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[,，\s]/g, '')
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '');
  if (normalised.startsWith('-')) return { ok: false, code: 'money.negative' };
  // Trailing zeros past the fen digit ("12.3400", as spreadsheets export) change nothing and are accepted.
  const m = /^(\d+)(?:\.(\d{0,2})0*)?$/.exec(normalised);
  if (!m) {
    if (/^\d+\.\d{3,}$/.test(normalised)) return { ok: false, code: 'money.notInteger' };
    return { ok: false, code: 'money.format' };
  }
  const yuan = m[1]!.replace(/^0+(?=\d)/, '');
  // MAX_FEN is 10^13 yuan, 14 digits; longer cannot fit, and 14 digits are checked exactly below.
  if (yuan.length > 14) return { ok: false, code: 'money.tooLarge' };
  const fen = Number(yuan) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (fen > MAX_FEN) return { ok: false, code: 'money.tooLarge' };
  return { ok: true, value: fen };
}

/** Formats fen as yuan with thousands separators and exactly two decimals: 1234567 → "12,345.67". */
export function formatYuan(fen: Fen): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${cents}`;
}

/**
 * Formats large amounts as 万元 with two decimals, as court reports do:
 * 8752000000 fen (87.52 million yuan) → "8,752.00万".
 */
export function formatWanYuan(fen: Fen): string {
  const wanFen = Math.round(fen / 10_000);
  return `${formatYuan(wanFen)}万`;
}
