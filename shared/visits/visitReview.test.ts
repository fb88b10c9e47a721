import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Json } from '../sync/mutation';
import { checklistOverrideSchema } from './checklistOverride';
import { makeVisit } from './testing/makeVisit';
import { visitReviewSchema } from './visitReview';

const codes = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

/** A decision as stored before approvals could carry a checklist override. */
const decision = (overrides: Record<string, unknown> = {}) => ({
  id: 'r1',
  visitId: 'v1',
  caseId: 'c1',
  decision: 'approved',
  reviewer: { userId: 'lead-1', name: '赵组长' },
  reviewedAt: '2025-06-04T09:00:00+08:00',
  comments: [],
  visitSnapshot: makeVisit() as unknown as Record<string, Json>,
  ...overrides,
});

describe('checklistOverrideSchema', () => {
  it('takes the unmet checks and the reason, the reason kept as typed', () => {
    const override = {
      unmetItems: ['twoOfficers', 'signatureOrRefusal'],
      reason: ' 书记员在场见证，签名已补录像 ',
    };
    expect(checklistOverrideSchema.parse(override)).toEqual(override);
  });

  it('refuses a blank reason, no item, a repeated item or an unknown one', () => {
    expect(codes(checklistOverrideSchema, { unmetItems: ['twoOfficers'], reason: ' \u3000' })).toEqual([
      'visit.checklistOverrideReasonRequired',
    ]);
    expect(codes(checklistOverrideSchema, { unmetItems: [], reason: '理由' })).toEqual([
      'visit.checklistOverrideItems',
    ]);
    expect(
      codes(checklistOverrideSchema, { unmetItems: ['twoOfficers', 'twoOfficers'], reason: '理由' }),
    ).toEqual(['visit.checklistOverrideItems']);
    expect(codes(checklistOverrideSchema, { unmetItems: ['weather'], reason: '理由' })).toHaveLength(1);
  });
});

describe('visitReviewSchema', () => {
  it('still reads decisions made before approvals carried an override', () => {
    const old = decision();
    expect(visitReviewSchema.parse(old)).toEqual(old);
    expect(visitReviewSchema.parse(old).checklistOverride).toBeUndefined();
  });

  it('keeps the override of an approval given with unmet checks', () => {
    const checklistOverride = { unmetItems: ['twoOfficers'], reason: '另一名干警为法警，系统中无账号' };
    expect(visitReviewSchema.parse(decision({ checklistOverride })).checklistOverride).toEqual(
      checklistOverride,
    );
    expect(
      codes(visitReviewSchema, decision({ checklistOverride: { unmetItems: ['twoOfficers'], reason: '' } })),
    ).toEqual(['visit.checklistOverrideReasonRequired']);
    expect(codes(visitReviewSchema, decision({ checklistOverride: null }))).toHaveLength(1);
  });

  it('refuses an override on a return', () => {
    const returned = decision({
      decision: 'returned',
      comments: [{ target: 'findings', text: '请补充' }],
      checklistOverride: { unmetItems: ['twoOfficers'], reason: '理由' },
    });
    expect(codes(visitReviewSchema, returned)).toEqual(['visit.checklistOverrideOnlyOnApproval']);
  });
});
