import type { ValidationCode } from '../validation/messages';
import type { ImportCode } from './importMessages';

/** The outcome of reading one cell: the value, or the code of what is wrong with it. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; code: ImportCode | ValidationCode };

/**
 * A cell folded for reading numbers and keywords: NFKC turns full-width digits, letters and punctuation
 * (１２３，ＡＢ) into their ASCII forms, and surrounding space (including the ideographic space) is removed.
 */
export function foldCell(raw: string): string {
  return raw.normalize('NFKC').trim();
}

/** Cells that Chinese lists use to mean "nothing here": dashes, slashes, 无, 不详, N/A. */
export function isPlaceholder(folded: string): boolean {
  return /^(?:[-—–/\\~～]+|无|不详|n\/?a)$/i.test(folded);
}
