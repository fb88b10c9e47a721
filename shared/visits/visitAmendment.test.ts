import { describe, expect, it } from 'vitest';
import { visitAmendmentSchema, type VisitAmendment } from './visitAmendment';

const pending: VisitAmendment = {
  id: 'a1',
  visitId: 'v1',
  caseId: 'c1',
  openedBy: 'u1',
  openedAt: '2025-06-05T10:00:00+08:00',
  reason: '笔录中在场职工人数记录有误',
  changes: { workforceSeen: { from: 12, to: 21 } },
  decision: 'pending',
  decidedBy: null,
  decidedAt: null,
  reviewComment: '',
};

const codes = (input: unknown) => {
  const r = visitAmendmentSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('visitAmendmentSchema', () => {
  it('accepts a pending amendment and a decided one', () => {
    expect(codes(pending)).toEqual([]);
    expect(
      codes({ ...pending, decision: 'accepted', decidedBy: 'lead1', decidedAt: '2025-06-06T09:00:00+08:00' }),
    ).toEqual([]);
  });

  it('requires a reason: an approved record never changes without one', () => {
    expect(codes({ ...pending, reason: '   ' })).toEqual(['visit.amendmentReasonRequired']);
  });

  it('keeps the decision consistent with who decided and when', () => {
    expect(codes({ ...pending, decision: 'accepted' })).toEqual(['visit.amendmentDecisionMismatch']);
    expect(codes({ ...pending, decision: 'rejected', decidedBy: 'lead1' })).toEqual([
      'visit.amendmentDecisionMismatch',
    ]);
    expect(codes({ ...pending, decidedBy: 'lead1', decidedAt: '2025-06-06T09:00:00+08:00' })).toEqual([
      'visit.amendmentDecisionMismatch',
    ]);
  });
});
