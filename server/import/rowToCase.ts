import { caseSchema } from '../../shared/domain/case';
import type { Case } from '../../shared/domain/case';
import type { CaseStatus } from '../../shared/domain/caseStatus';
import type { CaseType } from '../../shared/domain/caseType';
import type { ClosingMode } from '../../shared/domain/closingMode';
import { parseYuan } from '../../shared/domain/money';
import type { BilingualText } from '../../shared/messages/Bilingual';
import { bilingualText } from '../../shared/messages/bilingualText';
import { validateResidentId } from '../../shared/validation/residentId';
import type { AdminCode } from '../admin/adminMessages';
import { issueCode } from '../sync/mutation/rejectionFor';
import type { CaseColumn } from './caseColumns';
import { parseImportDate } from './parseImportDate';

/** One thing wrong with one row: the file's line, the column, a code and its bilingual text. */
export type ImportProblem = { row: number; column?: string; code: string; message: BilingualText };

/** What a row needs from the server: teams, officers, the court's name and id generation. */
export type RowContext = {
  columns: Partial<Record<CaseColumn, number>>;
  headers: readonly string[];
  findTeamId: (idOrName: string) => string | null;
  findOfficer: (name: string) => { userId: string; name: string } | null;
  defaultTeam: string | null;
  courtName: string;
  newId: () => string;
};

const TYPES: Record<string, CaseType> = {
  first: 'first',
  首执: 'first',
  首次执行: 'first',
  执行实施: 'first',
  执: 'first',
  resumed: 'resumed',
  恢复执行: 'resumed',
  执恢: 'resumed',
  preservation: 'preservation',
  保全: 'preservation',
  财产保全: 'preservation',
  执保: 'preservation',
};
const STATUSES: Record<string, CaseStatus> = {
  accepted: 'accepted',
  已立案: 'accepted',
  立案: 'accepted',
  未结: 'enforcing',
  enforcing: 'enforcing',
  执行中: 'enforcing',
  在办: 'enforcing',
  suspended: 'suspended',
  中止: 'suspended',
  中止执行: 'suspended',
  closed: 'closed',
  已结案: 'closed',
  结案: 'closed',
  已结: 'closed',
};
const CLOSING_MODES: Record<string, ClosingMode> = {
  fully_performed: 'fully_performed',
  执行完毕: 'fully_performed',
  settlement: 'settlement',
  和解: 'settlement',
  和解长期履行: 'settlement',
  terminated_this_round: 'terminated_this_round',
  终结本次执行程序: 'terminated_this_round',
  终本: 'terminated_this_round',
  terminated: 'terminated',
  终结执行: 'terminated',
  终结: 'terminated',
};

const splitList = (value: string) =>
  value
    .split(/[;；、\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The path of a caseSchema issue expressed as the import column a person would fix. */
function columnOfPath(path: readonly PropertyKey[]): CaseColumn | undefined {
  const [head, , leaf] = path.map(String);
  switch (head) {
    case 'applicants':
      return leaf === 'legalRepresentative'
        ? 'applicantRepresentatives'
        : leaf === 'name'
          ? 'applicants'
          : 'applicantIds';
    case 'respondents':
      return leaf === 'legalRepresentative'
        ? 'respondentRepresentatives'
        : leaf === 'name'
          ? 'respondents'
          : 'respondentIds';
    case 'claim':
      return path[1] === 'interestFen' ? 'interest' : path[1] === 'costsFen' ? 'costs' : 'principal';
    case 'recoveredFen':
      return 'recovered';
    case 'teamId':
      return 'team';
    default:
      return head as CaseColumn | undefined;
  }
}

/**
 * Turns one CSV row into a Case, validated by the shared caseSchema. Every problem of the row is reported
 * with its column and a bilingual message; a bad row never stops the good ones.
 */
export function rowToCase(
  fields: readonly string[],
  row: number,
  ctx: RowContext,
): { ok: true; value: Case } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const header = (c: CaseColumn) => (ctx.columns[c] === undefined ? c : (ctx.headers[ctx.columns[c]!] ?? c));
  const cell = (c: CaseColumn) =>
    ctx.columns[c] === undefined ? '' : (fields[ctx.columns[c]!] ?? '').trim();
  const fail = (c: CaseColumn, code: AdminCode) =>
    problems.push({ row, column: header(c), code, message: bilingualText(code) });

  const caseNumber = cell('caseNumber');
  const typeWord = /(执恢|执保|执)\d/.exec(caseNumber)?.[1];
  const type =
    TYPES[cell('type').normalize('NFKC').toLowerCase()] ??
    (cell('type') === '' && typeWord ? TYPES[typeWord] : undefined);
  if (!type) fail('type', 'import.typeUnknown');
  const closingModeText = cell('closingMode');
  const closingMode =
    closingModeText === '' ? null : (CLOSING_MODES[closingModeText.toLowerCase()] ?? undefined);
  if (closingMode === undefined) fail('closingMode', 'import.closingModeUnknown');
  const statusText = cell('status');
  const status =
    statusText === '' ? (closingMode ? 'closed' : 'accepted') : STATUSES[statusText.toLowerCase()];
  if (!status) fail('status', 'import.statusUnknown');
  const acceptedOn = parseImportDate(cell('acceptedOn'));
  if (!acceptedOn) fail('acceptedOn', 'import.date');
  const closedOn = cell('closedOn') === '' ? null : parseImportDate(cell('closedOn'));
  if (cell('closedOn') !== '' && !closedOn) fail('closedOn', 'import.date');
  const teamRef = cell('team') || ctx.defaultTeam || '';
  const teamId = ctx.findTeamId(teamRef);
  if (!teamId) fail('team', 'import.teamUnknown');

  const parties = (names: CaseColumn, ids: CaseColumn, reps: CaseColumn) => {
    const n = splitList(cell(names));
    const codes = splitList(cell(ids));
    const representatives = splitList(cell(reps));
    if (n.length !== codes.length) fail(ids, 'import.partyMismatch');
    return n.map((name, i) => {
      const code = codes[i] ?? '';
      return validateResidentId(code).ok
        ? { kind: 'person' as const, name, idNumber: code }
        : {
            kind: 'enterprise' as const,
            name,
            creditCode: code,
            legalRepresentative: representatives[i] ?? '',
          };
    });
  };
  const officers = splitList(cell('officers')).flatMap((name) => {
    const found = ctx.findOfficer(name);
    if (!found) fail('officers', 'import.officerUnknown');
    return found ? [found] : [];
  });

  const money = (c: CaseColumn): number | string => {
    const text = cell(c);
    if (text === '') return 0;
    const parsed = parseYuan(text);
    // An unparseable amount is passed on as text so the schema reports it with the money code.
    return parsed.ok ? parsed.value : parsed.code;
  };
  const moneyProblems: ImportProblem[] = [];
  const fen = (c: CaseColumn) => {
    const v = money(c);
    if (typeof v === 'string')
      moneyProblems.push({ row, column: header(c), code: v, message: bilingualText(v) });
    return typeof v === 'number' ? v : 0;
  };
  const candidate = {
    id: cell('id') || ctx.newId(),
    caseNumber,
    type,
    status,
    closingMode,
    acceptedOn,
    closedOn,
    courtName: cell('courtName') || ctx.courtName,
    teamId,
    applicants: parties('applicants', 'applicantIds', 'applicantRepresentatives'),
    respondents: parties('respondents', 'respondentIds', 'respondentRepresentatives'),
    claim: { principalFen: fen('principal'), interestFen: fen('interest'), costsFen: fen('costs') },
    recoveredFen: fen('recovered'),
    officers,
    notes: cell('notes'),
    isDemo: false,
  };
  problems.push(...moneyProblems);
  if (problems.length > 0) return { ok: false, problems };
  const parsed = caseSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  for (const issue of parsed.error.issues) {
    const column = columnOfPath(issue.path);
    const code = issueCode(issue);
    problems.push({
      row,
      column: column ? header(column) : issue.path.join('.'),
      code,
      message: bilingualText(code),
    });
  }
  return { ok: false, problems };
}
