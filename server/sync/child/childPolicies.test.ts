import { describe, expect, it } from 'vitest';
import { CHILD_POLICIES } from './childPolicies';

describe('CHILD_POLICIES', () => {
  it('knows the fields of every entity, including every asset class', () => {
    expect(CHILD_POLICIES.visit.fields.has('findings')).toBe(true);
    expect(CHILD_POLICIES.visit.fields.has('state')).toBe(true);
    expect(CHILD_POLICIES.asset.fields.has('class')).toBe(true);
    expect(CHILD_POLICIES.asset.fields.has('frozenAmountFen')).toBe(true);
    expect(CHILD_POLICIES.visitReview.fields.has('comments')).toBe(true);
    expect(CHILD_POLICIES.possibleTransferFlag.fields.has('flaggedAt')).toBe(true);
  });

  it('keeps identity fixed and facts write-once', () => {
    for (const p of Object.values(CHILD_POLICIES)) expect(p.immutable).toContain('caseId');
    expect(CHILD_POLICIES.attachment.isWriteOnce).toBe(true);
    expect(CHILD_POLICIES.visitReview.isWriteOnce).toBe(true);
    expect(CHILD_POLICIES.incident.isWriteOnce).toBe(false);
  });
});
