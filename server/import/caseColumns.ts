/**
 * Column headers understood by the case import, with the spellings met in court case-system exports
 * (Chinese) and in our own template (English). Matching ignores spaces, case and a unit suffix such as
 * "（元）".
 */
export const CASE_COLUMNS = {
  id: ['id', '案件标识'],
  caseNumber: ['casenumber', '案号', '执行案号'],
  type: ['type', '案件类型', '类型'],
  status: ['status', '案件状态', '状态'],
  closingMode: ['closingmode', '结案方式'],
  acceptedOn: ['acceptedon', '立案日期', '收案日期'],
  closedOn: ['closedon', '结案日期'],
  courtName: ['courtname', '执行法院', '法院'],
  team: ['team', '承办团队', '团队'],
  applicants: ['applicants', '申请执行人'],
  applicantIds: ['applicantids', '申请执行人证件号', '申请执行人证件号码'],
  applicantRepresentatives: ['applicantrepresentatives', '申请执行人法定代表人'],
  respondents: ['respondents', '被执行人'],
  respondentIds: ['respondentids', '被执行人证件号', '被执行人证件号码'],
  respondentRepresentatives: ['respondentrepresentatives', '被执行人法定代表人'],
  principal: ['principal', '本金', '执行标的本金'],
  interest: ['interest', '利息'],
  costs: ['costs', '费用'],
  recovered: ['recovered', '已执行到位金额', '执行到位金额', '到位金额'],
  officers: ['officers', '承办人'],
  notes: ['notes', '备注'],
} as const;

export type CaseColumn = keyof typeof CASE_COLUMNS;

/** Columns without which no row can become a case. */
export const REQUIRED_COLUMNS: readonly CaseColumn[] = [
  'caseNumber',
  'acceptedOn',
  'applicants',
  'applicantIds',
  'respondents',
  'respondentIds',
];

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .replace(/\((元|yuan|fen|分)\)$/i, '')
    .toLowerCase();
}

/** Maps each known column to its index in the header row. */
export function mapColumns(header: readonly string[]): Partial<Record<CaseColumn, number>> {
  const found: Partial<Record<CaseColumn, number>> = {};
  header.forEach((raw, index) => {
    const name = normaliseHeader(raw);
    for (const [column, aliases] of Object.entries(CASE_COLUMNS) as [CaseColumn, readonly string[]][]) {
      if (found[column] === undefined && aliases.includes(name)) found[column] = index;
    }
  });
  return found;
}
