import { foldCell, type CellResult } from './cellResult';

/** The most units one inventory line may count. */
export const MAX_QUANTITY = 1_000_000;

/**
 * Reads a quantity cell: a whole number of at least 1, optionally followed by its unit as lists often write
 * it ("3台", "2 套"), which is returned so an empty unit column can take it. An empty cell means one unit:
 * a line per machine is how these lists are kept, and a clerk would type 1. Thousands separators are
 * accepted; decimals (other than .0), zero, negatives and words are errors.
 */
export function parseQuantityCell(raw: string): CellResult<{ quantity: number; unit: string }> {
  const cell = foldCell(raw).replace(/,/g, '');
  if (cell === '') return { ok: true, value: { quantity: 1, unit: '' } };
  const m = /^([-+]?)(\d+)(?:\.(\d+))?\s*([^\d\s.,+-]{0,10})$/.exec(cell);
  if (!m) return { ok: false, code: 'import.quantityFormat' };
  const [, sign, whole, fraction, unit] = m;
  if (fraction !== undefined && /[1-9]/.test(fraction)) return { ok: false, code: 'import.quantityNotWhole' };
  if (whole!.replace(/^0+/, '').length > 7) return { ok: false, code: 'import.quantityTooLarge' };
  const quantity = Number(whole);
  if (sign === '-' || quantity === 0) return { ok: false, code: 'import.quantityNotPositive' };
  if (quantity > MAX_QUANTITY) return { ok: false, code: 'import.quantityTooLarge' };
  return { ok: true, value: { quantity, unit: unit! } };
}
