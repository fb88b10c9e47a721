import type { IsoDate } from '../legalCalendar/calendarDate';
import type { LedgerAsset } from './ledgerAsset';
import type { Valuation } from './valuation';

/**
 * The one way a book figure becomes a price: a person decides to take the enterprise's original cost 原值
 * or net book value 净值 as the estimate, on a date they enter. The result says so in `reference`, so the
 * file shows the price came from the books. Null when the asset has no such figure.
 */
export function bookFigureAsEstimate(
  asset: Pick<LedgerAsset, 'originalCostFen' | 'netBookValueFen'>,
  figure: 'originalCost' | 'netBookValue',
  date: IsoDate,
  valuedBy: string,
): Valuation | null {
  const valueFen = figure === 'originalCost' ? asset.originalCostFen : asset.netBookValueFen;
  if (valueFen === null || valueFen === undefined) return null;
  return {
    valueFen,
    method: 'estimate',
    date,
    valuedBy,
    reference: figure === 'originalCost' ? '按账面原值估算' : '按账面净值估算',
  };
}
