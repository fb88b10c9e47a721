import { MAX_FEN, parseYuan, type Fen } from '../domain/money';
import { foldCell, isPlaceholder, type CellResult } from './cellResult';

/**
 * Reads a money cell into integer fen, or null when empty. `unit` is how the column is denominated (from
 * its header); a cell ending in 万 / 万元 is in 万元 whatever the column says. Thousands separators must sit
 * where thousands are ("12,345.6" yes, "12,3.4.5" and "1,23" no): a misplaced comma may be a decimal
 * comma, and guessing would put a wrong amount on the meter. All arithmetic is on digit strings and
 * integers, never floats.
 */
export function parseValueCell(raw: string, unit: 'yuan' | 'wan_yuan'): CellResult<Fen | null> {
  let cell = foldCell(raw).replace(/[\s¥￥]/g, '');
  if (cell === '' || isPlaceholder(cell)) return { ok: true, value: null };
  let inWan = unit === 'wan_yuan';
  if (/万元?$/.test(cell)) {
    inWan = true;
    cell = cell.replace(/万元?$/, '');
  } else cell = cell.replace(/元$/, '');
  if (cell.startsWith('-')) return { ok: false, code: 'money.negative' };
  if (cell.includes(',') && !/^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(cell))
    return { ok: false, code: 'money.format' };
  cell = cell.replace(/,/g, '');
  if (!inWan) return parseYuan(cell);
  return parseWanYuan(cell);
}

/** 万元 to fen: 1 万元 = 10,000 yuan = 1,000,000 fen, so up to six decimals are exact. */
function parseWanYuan(cell: string): CellResult<Fen> {
  const m = /^(\d+)(?:\.(\d*))?$/.exec(cell);
  if (!m) return { ok: false, code: 'money.format' };
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 6) return { ok: false, code: 'money.notInteger' };
  const whole = m[1]!.replace(/^0+(?=\d)/, '');
  if (whole.length > 12) return { ok: false, code: 'money.tooLarge' };
  const fen = BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, '0'));
  if (fen > BigInt(MAX_FEN)) return { ok: false, code: 'money.tooLarge' };
  return { ok: true, value: Number(fen) };
}
