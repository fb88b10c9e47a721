import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importItems } from './importItems';
import {
  importableCount,
  heldImportOf,
  importWizard,
  type ApplyOptions,
  type ImportWizardEvent,
  type ImportWizardState,
} from './importWizard';
import { readImportFile } from './readImportFile';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/inventory/${name}`, import.meta.url)));
const spreadsheetFixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/spreadsheets/${name}`, import.meta.url)));
const OPTIONS: ApplyOptions = { today: '2025-07-01', existing: [] };

function run(events: ImportWizardEvent[], start: ImportWizardState = { step: 'closed' }): ImportWizardState {
  return events.reduce(importWizard, start);
}

async function mappedCsv(): Promise<ImportWizardState> {
  const read = await readImportFile('设备清单.csv', fixture('inventory-gbk.csv'));
  if (!read.ok) throw new Error(read.code);
  return run([
    { type: 'open' },
    { type: 'fileChosen', fileName: '设备清单.csv' },
    { type: 'fileRead', sheets: read.sheets, sheetIndex: read.sheetIndex },
  ]);
}

let seq = 0;
const newIds = (n: number) => Array.from({ length: n }, () => `id-${++seq}`);

describe('import wizard on a GBK CSV with a bad row and a duplicate serial', () => {
  it('detects GBK and finds the header below the title, with every column mapped', async () => {
    const state = await mappedCsv();
    expect(state.step).toBe('mapping');
    if (state.step !== 'mapping') return;
    expect(state.source.detail).toBe('GBK');
    expect(state.headerRowIndex).toBe(1);
    expect(Object.keys(state.mapping.columns).sort()).toEqual(
      [
        'condition',
        'location',
        'manufacturer',
        'model',
        'name',
        'quantity',
        'serialNumber',
        'unit',
        'value',
        'year',
      ].sort(),
    );
  });

  it('reports every bad row in the preview and keeps it', async () => {
    const state = run([{ type: 'toPreview', options: OPTIONS }], await mappedCsv());
    if (state.step !== 'preview') throw new Error(state.step);
    expect(state.result.items.map((i) => i.rowNumber)).toEqual([3, 4, 5, 6, 7, 8]);
    const errors = state.result.errors.map((e) => `${e.rowNumber}:${e.column}:${e.code}`);
    expect(errors).toEqual([
      '3:serialNumber:import.duplicateSerialInFile',
      '6:year:import.yearInFuture',
      '6:quantity:import.quantityFormat',
      '7:serialNumber:import.duplicateSerialInFile',
    ]);
    expect(importableCount(state.result)).toBe(3);
  });

  it('lets a cell be corrected in the preview', async () => {
    let state = run([{ type: 'toPreview', options: OPTIONS }], await mappedCsv());
    state = run(
      [
        { type: 'editCell', rowNumber: 6, field: 'quantity', text: '2', options: OPTIONS },
        { type: 'editCell', rowNumber: 6, field: 'year', text: '2021', options: OPTIONS },
        { type: 'editCell', rowNumber: 7, field: 'serialNumber', text: 'GGD-0001', options: OPTIONS },
      ],
      state,
    );
    if (state.step !== 'preview') throw new Error(state.step);
    expect(state.result.errors).toEqual([]);
    expect(importableCount(state.result)).toBe(6);
    expect(state.result.items.find((i) => i.rowNumber === 6)).toMatchObject({ quantity: 2, year: 2021 });
  });

  it('imports the good rows and keeps the bad ones listed, now checked against what was imported', async () => {
    let state = run([{ type: 'toPreview', options: OPTIONS }, { type: 'confirm' }], await mappedCsv());
    if (state.step !== 'saving') throw new Error(state.step);
    const { items, rowNumbers, refused } = importItems(state.result, {
      caseId: 'c1',
      visitId: 'v1',
      ownerClass: state.ownerClass,
      today: OPTIONS.today,
      newIds,
    });
    expect(refused).toEqual([]);
    expect(rowNumbers).toEqual([4, 5, 8]);
    expect(items.map((i) => [i.name, i.quantity, i.valuation?.valueFen])).toEqual([
      ['液压机', 1, 26_000_000],
      ['桥式起重机', 1, 9_500_000],
      ['焊机, 二氧化碳保护', 4, 1_500_000],
    ]);
    expect(
      items.every(
        (i) => i.visitId === 'v1' && i.measure.kind === 'none' && i.valuation?.method === 'estimate',
      ),
    ).toBe(true);

    const existing = items.map((i) => ({ id: i.id, serialNumber: i.serialNumber }));
    state = importWizard(state, { type: 'saved', rowNumbers, options: { ...OPTIONS, existing } });
    if (state.step !== 'preview') throw new Error(state.step);
    expect(state.importedCount).toBe(3);
    expect(state.filter).toBe('bad');
    expect(state.result.items.map((i) => i.rowNumber)).toEqual([3, 6, 7]);
    expect(state.result.items.every((i) => i.hasErrors)).toBe(true);

    // Closing now keeps the rest for later.
    const held = heldImportOf(state);
    expect(held?.source.rows[3]).toEqual([]);
    const resumed = importWizard(
      { step: 'closed' },
      { type: 'resume', held: held!, options: { ...OPTIONS, existing } },
    );
    expect(resumed.step === 'preview' && resumed.result.items.map((i) => i.rowNumber)).toEqual([3, 6, 7]);
  });

  it('finishes once every row is imported', async () => {
    let state = run(
      [
        { type: 'toPreview', options: OPTIONS },
        { type: 'editCell', rowNumber: 6, field: 'quantity', text: '2', options: OPTIONS },
        { type: 'editCell', rowNumber: 6, field: 'year', text: '', options: OPTIONS },
        { type: 'editCell', rowNumber: 3, field: 'serialNumber', text: '', options: OPTIONS },
        { type: 'confirm' },
      ],
      await mappedCsv(),
    );
    if (state.step !== 'saving') throw new Error(state.step);
    const { rowNumbers } = importItems(state.result, {
      caseId: 'c',
      visitId: 'v',
      ownerClass: 'enterprise',
      today: OPTIONS.today,
      newIds,
    });
    state = importWizard(state, { type: 'saved', rowNumbers, options: OPTIONS });
    expect(state).toEqual({ step: 'done', importedCount: 6 });
  });
});

describe('import wizard: mapping step', () => {
  it('lets a column be re-targeted, one field per column and one column per field', async () => {
    let state = await mappedCsv();
    state = run([{ type: 'setColumnTarget', column: 1, field: 'name' }], state);
    if (state.step !== 'mapping') throw new Error(state.step);
    expect(state.mapping.columns.name).toBe(1);
    expect(state.mapping.columns.model).toBeUndefined();
    state = run(
      [
        { type: 'setColumnTarget', column: 1, field: null },
        { type: 'toPreview', options: OPTIONS },
      ],
      state,
    );
    expect(state.step === 'mapping' && state.problems.map((p) => p.code)).toEqual([
      'import.nameColumnMissing',
    ]);
  });

  it('re-suggests the mapping when another header row is chosen', async () => {
    const state = run([{ type: 'setHeaderRow', index: 0 }], await mappedCsv());
    expect(state.step === 'mapping' && state.mapping.columns).toEqual({});
  });

  it('records a file that cannot be read and lets another be chosen', () => {
    const state = run([
      { type: 'open' },
      { type: 'fileChosen', fileName: 'a.xls' },
      { type: 'fileFailed', fileName: 'a.xls', code: 'inventory.file.encrypted' },
    ]);
    expect(state).toEqual({
      step: 'choose',
      failure: { fileName: 'a.xls', code: 'inventory.file.encrypted' },
    });
  });
});

describe('import of the 500-row XLSX list', () => {
  it('reads, maps and imports all 500 rows', async () => {
    const read = await readImportFile('inventory-500.xlsx', fixture('inventory-500.xlsx'));
    if (!read.ok) throw new Error(read.code);
    expect(read.sheets.map((s) => [s.kind, s.sheetName])).toEqual([['xlsx', '设备清单']]);
    const state = run([
      { type: 'fileRead', sheets: read.sheets, sheetIndex: read.sheetIndex },
      { type: 'toPreview', options: OPTIONS },
    ]);
    if (state.step !== 'preview') throw new Error(state.step);
    expect(state.result.errors).toEqual([]);
    expect(state.result.items).toHaveLength(500);
    const { items } = importItems(state.result, {
      caseId: 'c',
      visitId: 'v',
      ownerClass: 'enterprise',
      today: OPTIONS.today,
      newIds,
    });
    expect(items).toHaveLength(500);
    expect(items[0]).toMatchObject({
      name: '数控车床',
      serialNumber: 'FW2005-00001',
      quantity: 1,
      valuation: { valueFen: 300_035 },
    });
  });

  it('refuses a file it cannot read with a code for advice that fits it', async () => {
    expect(await readImportFile('清单.xls', spreadsheetFixture('asset-list-password.xls'))).toEqual({
      ok: false,
      code: 'inventory.file.encrypted',
    });
    expect(await readImportFile('empty.csv', new Uint8Array(0))).toEqual({
      ok: false,
      code: 'inventory.file.empty',
    });
    const unclosed = new TextEncoder().encode('设备名称,数量\n"车床,1\n');
    expect(await readImportFile('a.csv', unclosed)).toEqual({
      ok: false,
      code: 'inventory.file.unterminatedQuote',
      rowNumber: 2,
    });
  });
});

describe('import of workbooks written by other programs', () => {
  it.each(['asset-list-libreoffice.xls', 'asset-list-libreoffice.ods', 'asset-list-libreoffice-renamed.et'])(
    '%s: header below the merged title, the 合计 row shown apart and not imported',
    async (name) => {
      const read = await readImportFile(name, spreadsheetFixture(name));
      if (!read.ok) throw new Error(read.code);
      expect(read.sheets.map((s) => s.sheetName)).toEqual(['设备清单', '填表说明']);
      expect(read.sheetIndex).toBe(0);
      const state = run([
        { type: 'fileRead', sheets: read.sheets, sheetIndex: read.sheetIndex },
        { type: 'toPreview', options: OPTIONS },
      ]);
      if (state.step !== 'preview') throw new Error(state.step);
      expect(state.headerRowIndex).toBe(1);
      expect(state.result.errors).toEqual([]);
      expect(state.result.items.map((i) => i.rowNumber)).toEqual([3, 4, 5, 6, 7]);
      expect(state.result.totalRows.map((t) => [t.rowNumber, t.label, t.raw.value])).toEqual([
        [8, '合计', '576600.5'],
      ]);
      const saving = importWizard(state, { type: 'confirm' });
      if (saving.step !== 'saving') throw new Error(saving.step);
      const { items, rowNumbers } = importItems(saving.result, {
        caseId: 'c',
        visitId: 'v',
        ownerClass: 'enterprise',
        today: OPTIONS.today,
        newIds,
      });
      expect(items.map((i) => i.name)).toEqual(['数控车床', '液压机', '桥式起重机', '空压机', '累计流量计']);
      // Everything but the total is in: the wizard is done, the total row is not left behind as "bad".
      expect(importWizard(saving, { type: 'saved', rowNumbers, options: OPTIONS })).toEqual({
        step: 'done',
        importedCount: 5,
      });
    },
  );

  it('starts from the first sheet with data and lets another sheet be chosen', async () => {
    const read = await readImportFile('清单.xlsx', spreadsheetFixture('asset-list-openpyxl.xlsx'));
    if (!read.ok) throw new Error(read.code);
    expect(read.sheets.map((s) => [s.sheetName, s.rows.length])).toEqual([
      ['Sheet', 0],
      ['设备清单', 8],
    ]);
    let state = run([{ type: 'fileRead', sheets: read.sheets, sheetIndex: read.sheetIndex }]);
    expect(state.step === 'mapping' && state.source.sheetName).toBe('设备清单');
    state = run([{ type: 'setSheet', index: 0 }], state);
    expect(state.step === 'mapping' && [state.source.sheetName, state.mapping.columns]).toEqual([
      'Sheet',
      {},
    ]);
    state = run([{ type: 'setSheet', index: 1 }], state);
    expect(state.step === 'mapping' && state.headerRowIndex).toBe(1);
    expect(state.step === 'mapping' && state.mapping.columns.name).toBe(1);
  });
});
