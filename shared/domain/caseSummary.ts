import { outstandingFen, type Case } from './case';
import type { CaseStatus } from './caseStatus';
import type { CaseType } from './caseType';

/** What the case list shows of a case. */
export type CaseSummary = {
  id: string;
  caseNumber: string;
  type: CaseType;
  status: CaseStatus;
  acceptedOn: string;
  respondentName: string;
  applicantName: string;
  outstandingFen: number;
  isDemo: boolean;
};

/** Projects a case onto its list row. Several respondents read "A 等3人" style in the UI; here: names joined. */
export function summarizeCase(c: Case): CaseSummary {
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    type: c.type,
    status: c.status,
    acceptedOn: c.acceptedOn,
    respondentName: c.respondents.map((p) => p.name).join('、'),
    applicantName: c.applicants.map((p) => p.name).join('、'),
    outstandingFen: outstandingFen(c),
    isDemo: c.isDemo,
  };
}
