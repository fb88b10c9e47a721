import { randomBytes } from 'node:crypto';
import type { Case } from '../../shared/domain/case';
import { uuidv7 } from '../../shared/ids/uuidv7';
import { AdminError } from '../admin/AdminError';
import type { AdminCode } from '../admin/adminMessages';
import { bilingualText } from '../../shared/messages/bilingualText';
import { findCourt } from '../admin/createCourt';
import { writeAdminCases } from '../admin/writeAdminCases';
import type { Sql } from '../db/Sql';
import { defaultSheetIndex } from '../../shared/spreadsheet/defaultSheetIndex';
import type { TextEncodingName } from '../../shared/spreadsheet/decodeText';
import { readSpreadsheet, type SpreadsheetFormat } from '../../shared/spreadsheet/readSpreadsheet';
import { totalRowLabel } from '../../shared/spreadsheet/totalRowLabel';
import { mapColumns, REQUIRED_COLUMNS, CASE_COLUMNS } from './caseColumns';
import { findCaseHeaderRow } from './findCaseHeaderRow';
import { rowToCase } from './rowToCase';
import type { ImportProblem } from './rowToCase';
import { textDecode } from './textDecode';

/** The outcome of an import: what was created, what already existed, and every bad row. */
export type ImportReport = {
  /** How the file was read: a text file's encoding, or a workbook's format ('xlsx', 'xls', 'et', 'ods'). */
  encoding: TextEncodingName | Exclude<SpreadsheetFormat, 'csv'>;
  /** The sheet read, for a workbook. */
  sheet: string | null;
  rows: number;
  /** Total and subtotal rows (合计, 小计) passed over, by spreadsheet row. */
  totalRows: number[];
  created: number;
  /** Rows whose case already exists on the server (re-running an import is harmless). */
  existing: ImportProblem[];
  /** Rows not imported, each with its line, column and bilingual reason. */
  problems: ImportProblem[];
};

const problemOf = (row: number, code: AdminCode, column?: string): ImportProblem =>
  column === undefined
    ? { row, code, message: bilingualText(code) }
    : { row, column, code, message: bilingualText(code) };

/**
 * Imports cases from an export of the court's case system — .xlsx, .xls, WPS .et, .ods, or CSV (UTF-8 with
 * or without BOM, UTF-16, GB18030) — through the reader the app's inventory import uses. The header row is
 * found below any title rows; total rows (合计) are passed over. Each row is validated with the shared
 * caseSchema; good rows are written even when others are bad. `team` is the default team (name or id) for
 * rows without a team column; `sheet` names the sheet of a workbook (default: the first with data).
 */
export async function importCases(
  sql: Sql,
  bytes: Uint8Array,
  options: { team: string | null; fileName?: string; sheet?: string },
): Promise<ImportReport> {
  const court = await findCourt(sql);
  if (!court) throw new AdminError('admin.noCourt');
  const read = readSpreadsheet(bytes, options.fileName ?? 'cases', { decode: textDecode });
  if (!read.ok) {
    const { reason, rowNumber } = read.refusal;
    if (rowNumber === undefined) throw new AdminError(`import.file.${reason}`, options.fileName);
    return {
      ...emptyReport('utf-8', null),
      problems: [problemOf(rowNumber, `import.file.${reason}`)],
    };
  }
  const { spreadsheet } = read;
  const sheet =
    options.sheet === undefined
      ? spreadsheet.sheets[defaultSheetIndex(spreadsheet.sheets)]!
      : spreadsheet.sheets.find((s) => s.name === options.sheet);
  if (sheet === undefined) throw new AdminError('import.sheetUnknown', options.sheet);
  const report = emptyReport(
    spreadsheet.text?.encoding ?? (spreadsheet.format === 'csv' ? 'utf-8' : spreadsheet.format),
    spreadsheet.text === null ? sheet.name : null,
  );
  const headerIndex = findCaseHeaderRow(sheet.rows);
  if (headerIndex === null) {
    report.problems.push(problemOf(1, 'import.emptyFile'));
    return report;
  }
  // Row n of the sheet is line n of the report, as the spreadsheet numbers it.
  const header = { line: headerIndex + 1, fields: sheet.rows[headerIndex]! };
  const records: { line: number; fields: string[] }[] = [];
  for (let r = headerIndex + 1; r < sheet.rows.length; r++) {
    const fields = sheet.rows[r]!;
    if (fields.every((f) => f.trim() === '')) continue;
    if (totalRowLabel(fields) !== null) report.totalRows.push(r + 1);
    else records.push({ line: r + 1, fields });
  }
  report.rows = records.length;
  const columns = mapColumns(header.fields);
  const missing = REQUIRED_COLUMNS.filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    report.problems.push(
      ...missing.map((c) => problemOf(header.line, 'import.missingColumn', CASE_COLUMNS[c][1])),
    );
    return report;
  }

  const teams = await sql.query<{ id: string; name: string }>('SELECT id, name FROM team');
  const users = await sql.query<{ id: string; name: string; username: string }>(
    'SELECT id, name, username FROM app_user ORDER BY created_at',
  );
  const findTeamId = (ref: string) =>
    teams.find((t) => t.id === ref)?.id ?? teams.find((t) => t.name === ref)?.id ?? null;
  const findOfficer = (name: string) => {
    const user = users.find((u) => u.name === name) ?? users.find((u) => u.username === name.toLowerCase());
    return user ? { userId: user.id, name: user.name } : null;
  };

  const good: { row: number; value: Case }[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    const result = rowToCase(record.fields, record.line, {
      columns,
      headers: header.fields,
      findTeamId,
      findOfficer,
      defaultTeam: options.team,
      courtName: court.name,
      newId: () => uuidv7(Date.now(), randomBytes(10)),
    });
    if (!result.ok) {
      report.problems.push(...result.problems);
      continue;
    }
    if (seen.has(result.value.caseNumber)) {
      report.problems.push(
        problemOf(record.line, 'import.duplicateInFile', header.fields[columns.caseNumber!]),
      );
      continue;
    }
    seen.set(result.value.caseNumber, record.line);
    good.push({ row: record.line, value: result.value });
  }
  const written = await writeAdminCases(
    sql,
    good.map((g) => g.value),
    new Date().toISOString(),
  );
  report.created = written.created.length;
  for (const skipped of written.skipped) {
    const problem = problemOf(
      seen.get(skipped.caseNumber) ?? 0,
      skipped.code,
      header.fields[columns.caseNumber!],
    );
    (skipped.code === 'import.exists' ? report.existing : report.problems).push(problem);
  }
  return report;
}

function emptyReport(encoding: ImportReport['encoding'], sheet: string | null): ImportReport {
  return { encoding, sheet, rows: 0, totalRows: [], created: 0, existing: [], problems: [] };
}
