import type { Case } from '../../../shared/domain/case';
import { creditCodeCheckChar } from '../../../shared/validation/creditCode';

/** A valid unified social credit code built from a number, for tests. */
export function creditCodeFor(n: number): string {
  const first17 = `91150203MA${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** A valid case for tests; `n` varies number, id and respondent. */
export function makeCase(n: number, overrides: Partial<Case> = {}): Case {
  return {
    id: `case-${n}`,
    caseNumber: `（2025）内0203执${n}号`,
    type: 'first',
    status: 'enforcing',
    closingMode: null,
    acceptedOn: '2025-03-01',
    closedOn: null,
    courtName: '包头市昆都仑区人民法院',
    teamId: 'team-1',
    applicants: [
      {
        kind: 'enterprise',
        name: '包头市鑫达建材有限公司',
        creditCode: creditCodeFor(900000 + n),
        legalRepresentative: '王建国',
      },
    ],
    respondents: [
      {
        kind: 'enterprise',
        name: `包头市宏远机械制造有限公司${n}`,
        creditCode: creditCodeFor(n),
        legalRepresentative: '李明',
      },
    ],
    claim: { principalFen: 100_000_00, interestFen: 5_000_00, costsFen: 1_200_00 },
    recoveredFen: 0,
    officers: [{ userId: 'officer-1', name: '张伟' }],
    notes: '',
    isDemo: true,
    ...overrides,
  };
}
