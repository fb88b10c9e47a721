import { randomBytes } from 'node:crypto';
import type { Case } from '../../shared/domain/case';
import { uuidv7 } from '../../shared/ids/uuidv7';
import { AdminError } from '../admin/AdminError';
import { describeAdminCode } from '../admin/adminMessages';
import { findCourt } from '../admin/createCourt';
import { writeAdminCases } from '../admin/writeAdminCases';
import type { Sql } from '../db/Sql';
import { mapColumns, REQUIRED_COLUMNS, CASE_COLUMNS } from './caseColumns';
import { decodeText } from './decodeText';
import type { DecodedText } from './decodeText';
import { parseCsv, type CsvResult } from './parseCsv';
import { nodeXlsxPlatform } from './nodeXlsxPlatform';
import { readXlsxSheet } from '../../shared/xlsx/readXlsxSheet';
import { rowToCase } from './rowToCase';
import type { ImportProblem } from './rowToCase';

/** The outcome of an import: what was created, what already existed, and every bad row. */
export type ImportReport = {
  /** How the file was read: a text encoding, or 'xlsx' for a workbook. */
  encoding: DecodedText['encoding'] | 'xlsx';
  rows: number;
  created: number;
  /** Rows whose case already exists on the server (re-running an import is harmless). */
  existing: ImportProblem[];
  /** Rows not imported, each with its line, column and bilingual reason. */
  problems: ImportProblem[];
};

const problemOf = (
  row: number,
  code: Parameters<typeof describeAdminCode>[0],
  column?: string,
): ImportProblem =>
  column === undefined
    ? { row, code, message: describeAdminCode(code) }
    : { row, column, code, message: describeAdminCode(code) };

/** The first sheet of a workbook as CSV-shaped records (row n is spreadsheet line n). */
async function xlsxRecords(bytes: Uint8Array): Promise<CsvResult> {
  const sheet = await readXlsxSheet(bytes, nodeXlsxPlatform);
  if (!sheet.ok) throw new AdminError('import.unsupportedFormat', sheet.code);
  return {
    ok: true,
    records: sheet.rows
      .map((fields, i) => ({ fields, line: i + 1 }))
      .filter((r) => r.fields.some((f) => f.trim() !== '')),
  };
}

/**
 * Imports cases from an XLSX or CSV export of the court's case system (UTF-8 with or without BOM, UTF-16, or
 * GB18030). Each row is validated with the shared caseSchema; good rows are written even when others are
 * bad. `team` is the default team (name or id) for rows without a team column.
 */
export async function importCases(
  sql: Sql,
  bytes: Uint8Array,
  options: { team: string | null },
): Promise<ImportReport> {
  const court = await findCourt(sql);
  if (!court) throw new AdminError('admin.noCourt');
  const isXlsx = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const decoded = isXlsx ? null : decodeText(bytes);
  const csv = decoded ? parseCsv(decoded.text) : await xlsxRecords(bytes);
  const report: ImportReport = {
    encoding: decoded?.encoding ?? 'xlsx',
    rows: 0,
    created: 0,
    existing: [],
    problems: [],
  };
  if (!csv.ok) {
    report.problems.push(problemOf(csv.line, csv.code));
    return report;
  }
  const [header, ...records] = csv.records;
  if (!header) {
    report.problems.push(problemOf(1, 'import.emptyFile'));
    return report;
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
