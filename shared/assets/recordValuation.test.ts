import { describe, expect, it } from 'vitest';
import { bookFigureAsEstimate } from './bookFigureAsEstimate';
import { ledgerAssetSchema } from './ledgerAsset';
import { recordValuation } from './recordValuation';
import { makeMachinery, makeVehicle } from './testing/makeAsset';

describe('recordValuation', () => {
  it('keeps every earlier valuation, oldest first, with method, date, by whom and reference', () => {
    const estimate = {
      valueFen: 5_000_000,
      method: 'estimate' as const,
      date: '2025-03-02',
      valuedBy: '王磊',
    };
    const inquiry = {
      valueFen: 4_200_000,
      method: 'directed_inquiry' as const,
      date: '2025-04-18',
      valuedBy: '包头市某某二手车交易市场',
      reference: '询价函（2025）第 17 号',
    };
    const appraisal = {
      valueFen: 4_000_000,
      method: 'appraisal' as const,
      date: '2025-06-01',
      reference: '评估报告 2025-088',
    };
    const once = recordValuation(makeVehicle(), estimate);
    expect(once.valuationHistory).toEqual([]);
    const thrice = recordValuation(recordValuation(once, inquiry), appraisal);
    expect(thrice.valuation).toEqual(appraisal);
    expect(thrice.valuationHistory).toEqual([estimate, inquiry]);
    expect(ledgerAssetSchema.safeParse(thrice).success).toBe(true);
  });
});

describe('bookFigureAsEstimate', () => {
  it('turns a book figure into an estimate only when asked, dated as entered and saying where it came from', () => {
    const machine = makeMachinery({
      valuation: null,
      originalCostFen: 25_000_000,
      netBookValueFen: 9_000_000,
    });
    expect(bookFigureAsEstimate(machine, 'netBookValue', '2025-05-20', '张强')).toEqual({
      valueFen: 9_000_000,
      method: 'estimate',
      date: '2025-05-20',
      valuedBy: '张强',
      reference: '按账面净值估算',
    });
    expect(bookFigureAsEstimate(machine, 'originalCost', '2025-05-20', '张强')?.valueFen).toBe(25_000_000);
    expect(bookFigureAsEstimate(makeMachinery(), 'originalCost', '2025-05-20', '张强')).toBeNull();
  });
});
