import type { Case } from '../../../shared/domain/case';
import { summarizeCase } from '../../../shared/domain/caseSummary';
import { partyKey } from '../../../shared/domain/party';
import type { CaseRow, CaseSummaryRow } from '../rows';

export function toCaseRow(c: Case, baseSeq: number | null): CaseRow {
  return {
    ...c,
    baseSeq,
    respondentKeys: c.respondents.map(partyKey),
    partyKeys: [...c.applicants, ...c.respondents].map(partyKey),
  };
}

export function fromCaseRow(row: CaseRow): Case {
  const { baseSeq: _b, respondentKeys: _r, partyKeys: _p, ...c } = row;
  return c;
}

export function toSummaryRow(c: Case): CaseSummaryRow {
  const haystack = [
    c.caseNumber,
    ...[...c.applicants, ...c.respondents].flatMap((p) => [
      p.name,
      p.kind === 'enterprise' ? p.creditCode : p.idNumber,
    ]),
  ]
    .join('\u0001')
    .toLowerCase();
  return { ...summarizeCase(c), haystack };
}
