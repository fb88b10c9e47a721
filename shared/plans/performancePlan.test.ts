import type { AllocationRule } from '../payments/allocationRule';
import { describe, expect, it } from 'vitest';
import type { Consent } from './consent';
import { consentState } from './consentState';
import { performancePlanSchema, type PerformancePlan } from './performancePlan';
import { planHistory } from './planHistory';
import { revisePlan } from './revisePlan';

const officer = { userId: 'u-1', name: '李法官' };
const rule: AllocationRule = { rule: 'in_order', caseIds: ['c-1', 'c-2'], allowExcess: false };

function consent(overrides: Partial<Consent>): Consent {
  return {
    id: 'k-1',
    caseId: 'c-1',
    applicantName: '某建工集团',
    status: 'agreed',
    decidedOn: '2025-05-01',
    recordedHow: 'signed_agreement',
    recordedBy: officer,
    recordedOn: '2025-05-01',
    supersedes: null,
    ...overrides,
  };
}

const base: PerformancePlan = {
  id: 'plan-1',
  debtorKey: 'D',
  caseIds: ['c-1', 'c-2'],
  version: 1,
  previousVersion: null,
  agreedOn: '2025-05-01',
  startsOn: '2025-05-01',
  instalments: [{ id: 'i-1', dueDate: '2025-06-30', amountFen: 500_000, rule }],
  graces: [],
  consents: [consent({})],
  conditions: { resumeAfterMissed: 2 },
  recordedBy: officer,
};

const messages = (value: unknown) =>
  performancePlanSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('performancePlanSchema', () => {
  it('accepts a plan and refuses graces and consents that point nowhere', () => {
    expect(performancePlanSchema.parse(base)).toEqual(base);
    expect(messages({ ...base, instalments: [] })).toContain('plan.noInstalments');
    expect(messages({ ...base, instalments: [...base.instalments, ...base.instalments] })).toContain(
      'plan.duplicateInstalment',
    );
    const grace = {
      id: 'g',
      instalmentId: 'i-1',
      extendedTo: '2025-06-30',
      agreedOn: '2025-06-01',
      note: '',
    };
    expect(messages({ ...base, graces: [grace] })).toContain('plan.graceNotLater');
    expect(
      messages({ ...base, graces: [{ ...grace, instalmentId: 'i-9', extendedTo: '2025-07-31' }] }),
    ).toContain('plan.graceUnknownInstalment');
    expect(messages({ ...base, consents: [consent({ caseId: 'c-9' })] })).toContain(
      'plan.consentUnknownCase',
    );
    expect(messages({ ...base, consents: [consent({ supersedes: 'k-0' })] })).toContain(
      'plan.consentUnknownSupersedes',
    );
    expect(messages({ ...base, consents: [consent({ decidedOn: null })] })).toContain(
      'plan.consentDateMissing',
    );
  });
});

describe('consentState', () => {
  it('needs every case agreed, lets one refusal decide, and reads only standing answers', () => {
    const ids = ['c-1', 'c-2'];
    expect(consentState(ids, [consent({})])).toBe('pending');
    expect(consentState(ids, [consent({}), consent({ id: 'k-2', caseId: 'c-2' })])).toBe('agreed');
    const refused = consent({ id: 'k-2', caseId: 'c-2', status: 'refused' });
    expect(consentState(ids, [consent({}), refused])).toBe('refused');
    const changedMind = consent({ id: 'k-3', caseId: 'c-2', supersedes: 'k-2' });
    expect(consentState(ids, [consent({}), refused, changedMind])).toBe('agreed');
  });
});

describe('revisePlan', () => {
  const revision = {
    id: 'plan-2',
    reason: '申请人同意延长履行期限',
    agreedOn: '2025-07-10',
    startsOn: '2025-07-10',
    instalments: [{ id: 'i-1b', dueDate: '2025-09-30', amountFen: 500_000, rule }],
    recordedBy: officer,
  };

  it('returns a new version linked to the old one, leaving the old plan untouched', () => {
    const before = structuredClone(base);
    const result = revisePlan(base, revision);
    if (!result.ok) throw new Error(result.code);
    expect(base).toEqual(before);
    expect(result.plan).toMatchObject({
      id: 'plan-2',
      version: 2,
      previousVersion: { planId: 'plan-1', reason: '申请人同意延长履行期限' },
      caseIds: ['c-1', 'c-2'],
      consents: [],
    });
    expect(performancePlanSchema.safeParse(result.plan).success).toBe(true);
    expect(planHistory([base, result.plan], 'plan-2').map((p) => p.id)).toEqual(['plan-2', 'plan-1']);
  });

  it('needs a reason', () => {
    expect(revisePlan(base, { ...revision, reason: ' ' })).toEqual({
      ok: false,
      code: 'plan.revisionReasonRequired',
    });
  });

  it('stops the history at a loop', () => {
    const looped = { ...base, previousVersion: { planId: 'plan-1', reason: 'x' } };
    expect(planHistory([looped], 'plan-1')).toHaveLength(1);
  });
});
