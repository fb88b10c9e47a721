import { describe, expect, it } from 'vitest';
import { wouldExceed } from './wouldExceed';
import { makeDeposit, makeMachinery, measureOf } from './testing/makeAsset';

const machine = (id: string, valueFen: number, sealed = false) =>
  makeMachinery({
    id,
    valuation: { valueFen, method: 'directed_inquiry', date: '2025-06-03' },
    measure: measureOf(sealed ? 'live_seal' : 'none'),
  });

describe('wouldExceed', () => {
  const ledger = [machine('a', 6_000_000, true), machine('b', 3_000_000), machine('c', 5_000_000)];
  const outstanding = 10_000_000;

  it('warns before a seal takes the value under measure above the claim', () => {
    const r = wouldExceed(ledger, { ...ledger[2]!, measure: measureOf('live_seal') }, outstanding);
    expect(r.warning).toBe('asset.wouldExceedClaim');
    expect(r.before.valueUnderMeasureFen).toBe(6_000_000);
    expect(r.after.valueUnderMeasureFen).toBe(11_000_000);
    expect(r.excessFen).toBe(1_000_000);
  });

  it('warns when a change first brings the meter to 90% or more', () => {
    const r = wouldExceed(ledger, { ...ledger[1]!, measure: measureOf('full_seal') }, outstanding);
    expect(r.warning).toBe('asset.wouldApproachClaim');
    expect(r.after.level).toBe('approaching');
    expect(r.excessFen).toBe(0);
  });

  it('is quiet for a change that keeps the meter below 90%', () => {
    const r = wouldExceed(ledger, machine('new', 2_000_000, true), outstanding);
    expect(r.warning).toBeNull();
    expect(r.after.valueUnderMeasureFen).toBe(8_000_000);
  });

  it('checks a batch of seals together', () => {
    const r = wouldExceed(
      ledger,
      [
        { ...ledger[1]!, measure: measureOf('live_seal') },
        { ...ledger[2]!, measure: measureOf('live_seal') },
      ],
      outstanding,
    );
    expect(r.after.valueUnderMeasureFen).toBe(14_000_000);
    expect(r.warning).toBe('asset.wouldExceedClaim');
  });

  it('does not warn about lifting a seal or lowering a value, even while exceeded', () => {
    const over = [machine('a', 12_000_000, true), machine('b', 1_000_000, true)];
    expect(wouldExceed(over, { ...over[1]!, measure: measureOf('none') }, outstanding).warning).toBeNull();
    expect(wouldExceed(over, machine('a', 11_000_000, true), outstanding).warning).toBeNull();
  });

  it('warns again when an already exceeded ledger would go further over', () => {
    const over = [machine('a', 12_000_000, true)];
    expect(wouldExceed(over, machine('b', 1, true), outstanding).warning).toBe('asset.wouldExceedClaim');
  });

  it('counts a new quota freeze at its amount', () => {
    const freeze = makeDeposit({ measure: measureOf('quota_freeze'), frozenAmountFen: 4_000_001 });
    expect(wouldExceed(ledger, freeze, outstanding)).toMatchObject({
      warning: 'asset.wouldExceedClaim',
      excessFen: 1,
    });
  });
});
