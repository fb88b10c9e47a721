import { describe, expect, it } from 'vitest';
import { makeDeposit, makeMachinery, measureOf } from '../../../../shared/assets/testing/makeAsset';
import { reviewPatch, withJustification } from './reviewPatch';

// Outstanding claim 100,000 yuan; the lathe is worth 80,000 yuan.
const OUTSTANDING = 10_000_000;

describe('reviewPatch', () => {
  it('writes an ordinary edit', () => {
    const row = makeMachinery();
    const review = reviewPatch(row, { name: '车床' }, [row], OUTSTANDING);
    expect(review).toMatchObject({ kind: 'write', notice: null, patch: { name: '车床' } });
  });

  it('asks for a justification before sealing a third party’s machine, then lets it through', () => {
    const row = makeMachinery({ ownerClass: 'third_party' });
    const review = reviewPatch(row, { measure: measureOf('live_seal') }, [row], OUTSTANDING);
    expect(review.kind).toBe('needsJustification');
    const justified = withJustification(review.patch, review.candidate, '经查该设备已由被执行人买断');
    expect(reviewPatch(row, justified, [row], OUTSTANDING)).toMatchObject({ kind: 'write' });
  });

  it('asks too when a sealed machine is re-classed as a third party’s', () => {
    const row = makeMachinery({ measure: measureOf('full_seal') });
    expect(reviewPatch(row, { ownerClass: 'third_party' }, [row], OUTSTANDING).kind).toBe(
      'needsJustification',
    );
  });

  it('does not block other corrections of a row the guard would refuse', () => {
    const row = makeMachinery({ ownerClass: 'third_party', measure: measureOf('live_seal') });
    expect(reviewPatch(row, { name: '车床' }, [row], OUTSTANDING).kind).toBe('write');
  });

  it('warns before a seal pushes the whole ledger over the claim, counting other asset classes', () => {
    const row = makeMachinery();
    const frozen = makeDeposit({ measure: measureOf('quota_freeze'), frozenAmountFen: 3_000_000 });
    const review = reviewPatch(row, { measure: measureOf('live_seal') }, [row, frozen], OUTSTANDING);
    expect(review.kind).toBe('confirmExceed');
    if (review.kind === 'confirmExceed') expect(review.check.excessFen).toBe(1_000_000);
  });

  it('notes when a seal brings the meter to 90% of the claim', () => {
    const row = makeMachinery({ valuation: { valueFen: 9_500_000, method: 'estimate', date: '2025-06-01' } });
    expect(reviewPatch(row, { measure: measureOf('live_seal') }, [row], OUTSTANDING)).toMatchObject({
      kind: 'write',
      notice: 'asset.wouldApproachClaim',
    });
  });

  it('warns when a higher price on a sealed machine exceeds the claim', () => {
    const row = makeMachinery({ measure: measureOf('live_seal') });
    const review = reviewPatch(
      row,
      { valuation: { valueFen: 20_000_000, method: 'appraisal', date: '2025-06-01' } },
      [row],
      OUTSTANDING,
    );
    expect(review.kind).toBe('confirmExceed');
  });
});
