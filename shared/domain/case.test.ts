import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validationMessages } from '../validation/messages';
import { caseSchema, claimTotal, outstandingFen } from './case';
import type { Case } from './case';

const validCase = {
  id: '0197a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
  caseNumber: '（2025）内0203执1234号',
  type: 'first',
  status: 'enforcing',
  closingMode: null,
  acceptedOn: '2025-03-14',
  closedOn: null,
  courtName: '内蒙古自治区包头市昆都仑区人民法院',
  teamId: 'demo-team-1',
  applicants: [{ kind: 'person', name: '张丽', idNumber: '11010519491231002X' }],
  respondents: [
    {
      kind: 'enterprise',
      name: '包头市鑫源稀土材料有限公司',
      creditCode: '91440300708461136T',
      legalRepresentative: '王建国',
    },
  ],
  claim: { principalFen: 12_345_678, interestFen: 234_500, costsFen: 51_200 },
  recoveredFen: 1_000_000,
  officers: [{ userId: 'demo-officer-1', name: '王建军' }],
  notes: '',
  isDemo: true,
} satisfies Case;

function issues(input: unknown): { message: string; path: PropertyKey[] }[] {
  const r = caseSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ message: i.message, path: i.path }));
}

const CODES = Object.keys(validationMessages);

describe('caseSchema', () => {
  it('accepts a valid case unchanged', () => {
    expect(caseSchema.parse(validCase)).toEqual(validCase);
  });

  it('canonicalises the case number', () => {
    expect(caseSchema.parse({ ...validCase, caseNumber: ' (2025)内0203执1234号' }).caseNumber).toBe(
      '（2025）内0203执1234号',
    );
  });

  it('accepts a closed case with its closing mode', () => {
    const closed = {
      ...validCase,
      status: 'closed',
      closingMode: 'terminated_this_round',
      closedOn: '2025-06-30',
    };
    expect(caseSchema.parse(closed)).toEqual(closed);
  });

  it.each([
    [{ status: 'closed', closingMode: null, closedOn: '2025-06-30' }],
    [{ status: 'enforcing', closingMode: 'settlement' }],
    [{ status: 'suspended', closingMode: 'fully_performed' }],
  ] as const)('rejects a status/closing-mode mismatch %o at closingMode', (patch) => {
    expect(issues({ ...validCase, ...patch })).toEqual([
      { message: 'case.closingModeMismatch', path: ['closingMode'] },
    ]);
  });

  it('requires a closing date exactly when closed, not before acceptance', () => {
    expect(issues({ ...validCase, status: 'closed', closingMode: 'settlement', closedOn: null })).toEqual([
      { message: 'case.closedOnMismatch', path: ['closedOn'] },
    ]);
    expect(issues({ ...validCase, closedOn: '2025-06-30' })).toEqual([
      { message: 'case.closedOnMismatch', path: ['closedOn'] },
    ]);
    expect(
      issues({ ...validCase, status: 'closed', closingMode: 'settlement', closedOn: '1999-01-01' }),
    ).toEqual([{ message: 'case.closedBeforeAccepted', path: ['closedOn'] }]);
  });

  it.each([
    ['caseNumber', '(2025)内0203民初1234号', 'caseNumber.format'],
    ['caseNumber', '(1899)内0203执1234号', 'caseNumber.year'],
    ['recoveredFen', -1, 'money.negative'],
    ['recoveredFen', 0.5, 'money.notInteger'],
    ['recoveredFen', '100', 'money.format'],
    ['claim', { principalFen: 1e15 + 1, interestFen: 0, costsFen: 0 }, 'money.tooLarge'],
  ] as const)('rejects %s = %o with the validation code %s', (field, value, code) => {
    expect(issues({ ...validCase, [field]: value }).map((i) => i.message)).toEqual([code]);
  });

  it('reports a bad party by its path inside the case', () => {
    const badApplicant = { ...validCase.applicants[0], idNumber: '110105194912310021' };
    expect(issues({ ...validCase, applicants: [badApplicant] })).toEqual([
      { message: 'residentId.checkDigit', path: ['applicants', 0, 'idNumber'] },
    ]);
  });

  it('requires at least one applicant and one respondent', () => {
    expect(caseSchema.safeParse({ ...validCase, applicants: [] }).success).toBe(false);
    expect(caseSchema.safeParse({ ...validCase, respondents: [] }).success).toBe(false);
  });

  it('rejects an impossible date', () => {
    expect(caseSchema.safeParse({ ...validCase, acceptedOn: '2025-02-30' }).success).toBe(false);
  });

  it('speaks only in validation codes for any corruption of the coded fields', () => {
    const corruption = fc.oneof(
      fc.record({ caseNumber: fc.string() }),
      fc.record({ recoveredFen: fc.oneof(fc.double(), fc.integer(), fc.string()) }),
      fc.record({
        claim: fc.record({
          principalFen: fc.oneof(fc.double(), fc.integer()),
          interestFen: fc.integer(),
          costsFen: fc.constant(0),
        }),
      }),
      fc.record({ respondents: fc.constant([{ ...validCase.respondents[0], creditCode: 'x' }]) }),
      fc.string().map((creditCode) => ({ respondents: [{ ...validCase.respondents[0], creditCode }] })),
      fc.string().map((idNumber) => ({ applicants: [{ ...validCase.applicants[0], idNumber }] })),
      fc.string().map((name) => ({ applicants: [{ ...validCase.applicants[0], name }] })),
      fc.record({ status: fc.constantFrom('closed', 'accepted') }),
    );
    fc.assert(
      fc.property(corruption, (patch) => {
        for (const issue of issues({ ...validCase, ...patch })) expect(CODES).toContain(issue.message);
      }),
    );
  });
});

describe('claimTotal and outstandingFen', () => {
  it('adds principal, interest and costs', () => {
    expect(claimTotal(validCase.claim)).toBe(12_631_378);
  });

  it('subtracts what was recovered and never goes below zero', () => {
    expect(outstandingFen(validCase)).toBe(11_631_378);
    expect(outstandingFen({ ...validCase, recoveredFen: 99_999_999 })).toBe(0);
  });
});
