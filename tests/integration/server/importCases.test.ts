import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../../server/admin/loadDemo';
import { AdminError } from '../../../server/admin/AdminError';
import { importCases } from '../../../server/import/importCases';
import { countRows, useServerSuite } from './support/serverSuite';
import { makeCase } from './support/testCases';
import { STORAGES } from './support/testStorage';
import { TestDevice } from './support/TestDevice';

const HEADER =
  '案号,案件类型,立案日期,承办团队,申请执行人,申请执行人证件号,被执行人,被执行人证件号,被执行人法定代表人,本金（元）,利息,已执行到位金额,备注';

/** A CSV row for a valid case, with parties borrowed from the demo generator. */
function row(
  sequence: number,
  overrides: Partial<
    Record<'number' | 'date' | 'team' | 'principal' | 'respondentId' | 'notes', string>
  > = {},
): string {
  const c = makeCase('unused');
  const applicant = c.applicants[0]!;
  const respondent = c.respondents[0]!;
  const idOf = (p: typeof applicant) => (p.kind === 'enterprise' ? p.creditCode : p.idNumber);
  const cells = [
    overrides.number ?? `(2024)内0203执${sequence}号`,
    '首执',
    overrides.date ?? '2024/3/5',
    overrides.team ?? '执行一团队',
    applicant.name,
    idOf(applicant),
    respondent.name,
    overrides.respondentId ?? idOf(respondent),
    respondent.kind === 'enterprise' ? respondent.legalRepresentative : '',
    overrides.principal ?? '"12,345.67"',
    '',
    '0',
    overrides.notes ?? '"备注，含逗号和""引号"""',
  ];
  return cells.join(',');
}

describe.each(STORAGES)('case import and demo data (%s)', (kind) => {
  const ctx = useServerSuite(kind);
  const base = kind === 'pglite' ? 700_000 : 800_000;

  it('imports the same export saved as XLSX, reporting bad rows by spreadsheet line', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('案件');
    const csvCells = (line: string) =>
      line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
        .slice(0, 13)
        .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    sheet.addRow(HEADER.split(','));
    sheet.addRow(csvCells(row(base + 501)));
    sheet.addRow(csvCells(row(base + 502, { principal: '12.345' })));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await importCases(ctx.sql, bytes, { team: null });
    expect(report.encoding).toBe('xlsx');
    expect(report.created).toBe(1);
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([[3, 'money.notInteger']]);
  });

  it('imports good rows and reports every bad row with its line and a bilingual reason', async () => {
    const lines = [
      HEADER,
      row(base + 1),
      row(base + 2, { respondentId: '91150203MA0000000X' }),
      row(base + 3, { principal: '12.345' }),
      row(base + 4, { team: '不存在的团队' }),
      row(base + 5, { date: '2024-02-30' }),
      row(base + 6),
      row(base + 6),
    ];
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(lines.join('\r\n'))]);
    const report = await importCases(ctx.sql, bytes, { team: null });
    expect(report.encoding).toBe('utf-8');
    expect(report.rows).toBe(7);
    expect(report.created).toBe(2);
    const byRow = report.problems.map((p) => [p.row, p.code, p.column]);
    expect(byRow).toEqual([
      [3, 'creditCode.checkChar', '被执行人证件号'],
      [4, 'money.notInteger', '本金（元）'],
      [5, 'import.teamUnknown', '承办团队'],
      [6, 'import.date', '立案日期'],
      [8, 'import.duplicateInFile', '案号'],
    ]);
    for (const p of report.problems) {
      expect(p.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(p.message.en).toMatch(/[a-z]/);
    }
    const [stored] = await ctx.sql.query<{
      data: {
        caseNumber: string;
        claim: { principalFen: number };
        notes: string;
        teamId: string;
        type: string;
      };
    }>('SELECT data FROM case_record WHERE case_number = $1', [`（2024）内0203执${base + 1}号`]);
    expect(stored!.data).toMatchObject({
      claim: { principalFen: 1_234_567 },
      notes: '备注，含逗号和"引号"',
      teamId: ctx.court.teamA,
      type: 'first',
    });

    const again = await importCases(ctx.sql, bytes, { team: null });
    expect(again.created).toBe(0);
    expect(again.existing.map((p) => p.row)).toEqual([2, 7]);
  });

  it('reads a GB18030 export and takes the default team from the command line', async () => {
    const header = '案号,立案日期,申请执行人,申请执行人证件号,被执行人,被执行人证件号';
    const c = makeCase('unused');
    const id = (p: (typeof c.applicants)[number]) => (p.kind === 'enterprise' ? p.creditCode : p.idNumber);
    const text = `${header}\n(2024)内0203执恢${base + 10}号,2024年5月6日,${c.applicants[0]!.name},${id(c.applicants[0]!)},${c.respondents[0]!.name},${id(c.respondents[0]!)}\n`;
    const bytes = encodeGb18030(text);
    const report = await importCases(ctx.sql, bytes, { team: '执行二团队' });
    expect(report).toMatchObject({ encoding: 'gb18030', created: 1, problems: [] });
    const [stored] = await ctx.sql.query<{ team_id: string; data: { type: string; status: string } }>(
      'SELECT team_id, data FROM case_record WHERE case_number = $1',
      [`（2024）内0203执恢${base + 10}号`],
    );
    expect(stored).toMatchObject({ team_id: ctx.court.teamB, data: { type: 'resumed', status: 'accepted' } });
  });

  it('imports a court export saved by LibreOffice as .xls below its merged title, passing over 合计', async () => {
    const report = await importCases(ctx.sql, spreadsheetFixture('case-list-libreoffice.xls'), {
      team: null,
      fileName: 'case-list-libreoffice.xls',
    });
    expect(report).toMatchObject({ encoding: 'xls', sheet: '执行案件', rows: 3, created: 3, totalRows: [6] });
    expect(report.problems).toEqual([]);
    const stored = await ctx.sql.query<{
      case_number: string;
      team_id: string;
      data: { type: string; acceptedOn: string; claim: { principalFen: number; interestFen: number } };
    }>(
      `SELECT case_number, team_id, data FROM case_record WHERE case_number LIKE '（2024）内0203执%510_号' ORDER BY case_number`,
    );
    expect(
      stored.map((r) => [r.case_number, r.team_id, r.data.type, r.data.acceptedOn, r.data.claim]),
    ).toEqual([
      [
        '（2024）内0203执5101号',
        ctx.court.teamA,
        'first',
        '2024-03-05',
        { principalFen: 123_456_789, interestFen: 500_000, costsFen: 0 },
      ],
      [
        '（2024）内0203执保5103号',
        ctx.court.teamA,
        'preservation',
        '2024-06-10',
        { principalFen: 5_000_000, interestFen: 0, costsFen: 0 },
      ],
      [
        '（2024）内0203执恢5102号',
        ctx.court.teamB,
        'resumed',
        '2024-05-06',
        { principalFen: 86_000_000, interestFen: 1_200_050, costsFen: 0 },
      ],
    ]);
  });

  it('reads the same export saved as .ods to the same rows: every case is already there', async () => {
    const report = await importCases(ctx.sql, spreadsheetFixture('case-list-libreoffice.ods'), {
      team: null,
      fileName: 'case-list-libreoffice.ods',
    });
    expect(report).toMatchObject({ encoding: 'ods', rows: 3, created: 0, totalRows: [6], problems: [] });
    expect(report.existing.map((p) => [p.row, p.code])).toEqual([
      [3, 'import.exists'],
      [4, 'import.exists'],
      [5, 'import.exists'],
    ]);
  });

  it('refuses a password-protected workbook and reports an unclosed quote by its row', async () => {
    await expect(
      importCases(ctx.sql, spreadsheetFixture('asset-list-password.xls'), { team: null, fileName: 'a.xls' }),
    ).rejects.toMatchObject({ code: 'import.file.encrypted' });
    const unclosed = new TextEncoder().encode(
      `${HEADER}\n${row(base + 20)}\n"(2024)内0203执${base + 21}号,首执\n`,
    );
    const report = await importCases(ctx.sql, unclosed, { team: null });
    expect(report.problems.map((p) => [p.row, p.code])).toEqual([[3, 'import.file.unterminatedQuote']]);
    expect(report.created).toBe(0);
  });

  it('refuses to load the demo court into a server with real cases', async () => {
    expect(await countRows(ctx.sql, 'case_record', `NOT (data->>'isDemo')::boolean`)).toBeGreaterThan(0);
    await expect(loadDemo(ctx.sql, { seed: 1, caseCount: 5, now: new Date() })).rejects.toBeInstanceOf(
      AdminError,
    );
  });
});

describe.each(STORAGES)('demo court on an empty server (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  it('loads teams, users and demo cases that sync to the team’s officers', async () => {
    // The suite seeded a court with real users but no cases: the demo may be added next to them.
    const result = await loadDemo(ctx.sql, {
      seed: `demo-${kind}`,
      caseCount: 30,
      now: new Date('2025-06-30T00:00:00Z'),
      password: 'demo-password-1',
    });
    expect(result.created).toHaveLength(30);
    expect(result.usernames).toHaveLength(15);
    const officer = await TestDevice.login(ctx.app, 'demo-officer-2', { password: 'demo-password-1' });
    const seen = (await officer.pullAll()).flatMap((p) => p.changes);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((c) => c.data.teamId === 'demo-team-1' && c.data.isDemo === true)).toBe(true);
    const again = await loadDemo(ctx.sql, {
      seed: `demo-${kind}`,
      caseCount: 30,
      now: new Date('2025-06-30T00:00:00Z'),
    });
    expect(again.created).toHaveLength(0);
    expect(again.skipped).toHaveLength(30);
  });
});

function spreadsheetFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/spreadsheets/${name}`, import.meta.url)));
}

/** Encodes the few characters these tests use into GB18030 by decoding every 2-byte GBK code once. */
function encodeGb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const code = table.get(ch);
      if (!code) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...code);
    }
  }
  return new Uint8Array(bytes);
}
