import { describe, expect, it } from 'vitest';
import type { LedgerAsset } from './ledgerAsset';
import { overSeizureMeter } from './overSeizureMeter';
import {
  makeDeposit,
  makeGoods,
  makeMachinery,
  makeRealEstate,
  makeReceivable,
  makeVehicle,
  measureOf,
} from './testing/makeAsset';
import { wouldExceed } from './wouldExceed';

const price = (valueFen: number) => ({ valueFen, method: 'directed_inquiry' as const, date: '2025-05-20' });

// The case owes 1,000,000 yuan. The debtor's ledger, one asset of each class met on site or found by the checks.
const OWED = 100_000_000;
const ledger: LedgerAsset[] = [
  makeDeposit({ balanceFen: 500_000_000, frozenAmountFen: 30_000_000, measure: measureOf('quota_freeze') }),
  makeReceivable({ amountFen: 12_000_000, measure: measureOf('full_seal') }),
  makeGoods({ valuation: price(8_000_000), measure: measureOf('live_seal') }),
  makeVehicle({ valuation: price(20_000_000), measure: measureOf('removed') }),
  makeMachinery({ valuation: price(15_000_000), measure: measureOf('live_seal') }),
  makeRealEstate({ valuation: price(900_000_000) }),
];

describe('the over-seizure meter across every class', () => {
  it('sums what each measure really holds: the frozen amount, not the balance; the receivable at face', () => {
    const meter = overSeizureMeter(ledger, OWED);
    expect(meter.valueUnderMeasureFen).toBe(30_000_000 + 12_000_000 + 8_000_000 + 20_000_000 + 15_000_000);
    expect(meter).toMatchObject({ level: 'ok', ratioBp: 8_500, unvaluedAssetIds: [] });
  });

  it('counts a valued receivable at its valuation, and a whole-account freeze at the balance seen', () => {
    const doubtful = makeReceivable({
      amountFen: 12_000_000,
      valuation: price(3_000_000),
      measure: measureOf('full_seal'),
    });
    expect(overSeizureMeter([doubtful], OWED).valueUnderMeasureFen).toBe(3_000_000);
    const whole = makeDeposit({
      balanceFen: 7_000_000,
      frozenAmountFen: null,
      measure: measureOf('quota_freeze', { freezeScope: 'whole_account', wholeAccountReason: '转移资金' }),
    });
    expect(overSeizureMeter([whole], OWED).valueUnderMeasureFen).toBe(7_000_000);
    expect(overSeizureMeter([{ ...whole, balanceFen: null }], OWED).unvaluedAssetIds).toEqual(['d1']);
  });

  it('never counts book figures: a sealed machine with only original cost and net book value is unvalued', () => {
    const booked = makeMachinery({
      valuation: null,
      originalCostFen: 50_000_000,
      netBookValueFen: 20_000_000,
      measure: measureOf('full_seal'),
    });
    expect(overSeizureMeter([booked], OWED)).toMatchObject({
      valueUnderMeasureFen: 0,
      unvaluedAssetIds: ['m1'],
    });
  });

  it('warns before sealing the building would pass the claim, whatever class it is', () => {
    const building = ledger[5]!;
    const check = wouldExceed(ledger, { ...building, measure: measureOf('full_seal') }, OWED);
    expect(check).toMatchObject({ warning: 'asset.wouldExceedClaim', excessFen: 885_000_000 });
    const moreFrozen = { ...ledger[0]!, frozenAmountFen: 40_000_000 } as LedgerAsset;
    expect(wouldExceed(ledger, moreFrozen, OWED)).toMatchObject({ warning: 'asset.wouldApproachClaim' });
  });

  it('given today, leaves out measures that have lapsed and lists them', () => {
    const lapsed = makeVehicle({
      id: 'old',
      valuation: price(20_000_000),
      measure: measureOf('removed', { startDate: '2022-01-10' }),
    });
    const running = makeVehicle({
      id: 'new',
      valuation: price(5_000_000),
      measure: measureOf('removed', { startDate: '2025-01-10' }),
    });
    expect(overSeizureMeter([lapsed, running], OWED, { today: '2024-01-09' }).valueUnderMeasureFen).toBe(
      25_000_000,
    );
    const later = overSeizureMeter([lapsed, running], OWED, { today: '2024-01-10' });
    expect(later).toMatchObject({ valueUnderMeasureFen: 5_000_000, lapsedAssetIds: ['old'] });
    // Without today nothing is left out: the meter never guesses the date.
    expect(overSeizureMeter([lapsed, running], OWED).valueUnderMeasureFen).toBe(25_000_000);
  });
});
