import type { OwnerClass } from '../../../../shared/assets/ownerClass';
import { applyMapping, type ImportResult } from '../../../../shared/inventoryImport/applyMapping';
import { checkMapping, type MappingProblem } from '../../../../shared/inventoryImport/checkMapping';
import type { ColumnMapping, ImportField } from '../../../../shared/inventoryImport/columnMapping';
import { findHeaderRow } from '../../../../shared/inventoryImport/findHeaderRow';
import { suggestMapping } from '../../../../shared/inventoryImport/suggestMapping';
import type { SpreadsheetFormat } from '../../../../shared/spreadsheet/readSpreadsheet';

/** A problem with the file as a whole (undecodable characters); the rows are still read. */
export type FileProblem = { code: string; rowNumber?: number; count?: number };

/** One sheet of a file read into rows of cell text, before any mapping. */
export type SheetSource = {
  fileName: string;
  kind: SpreadsheetFormat;
  /** The workbook sheet these rows come from; null for a text file. */
  sheetName: string | null;
  /** Every row of the sheet; rows already imported are emptied (not removed) so row numbers stay put. */
  rows: string[][];
  /** What the reader noticed: the CSV encoding, the sheet name. Shown so the person can check it. */
  detail: string;
  problems: FileProblem[];
};

/** Today's date and the machines already on the case: what applying a mapping needs besides the sheet. */
export type ApplyOptions = { today: string; existing: readonly { id: string; serialNumber: string }[] };

type Mapped = { source: SheetSource; headerRowIndex: number; mapping: ColumnMapping };

export type PreviewState = Mapped & {
  /** Every sheet of the file that can be chosen (one for a text file, and after a partial import). */
  sheets: readonly SheetSource[];
  result: ImportResult;
  ownerClass: OwnerClass;
  /** Rows imported so far from this file. */
  importedCount: number;
  filter: 'all' | 'bad';
};

export type ImportWizardState =
  | { step: 'closed' }
  | { step: 'choose'; failure: { fileName: string; code: string; rowNumber?: number } | null }
  | { step: 'reading'; fileName: string }
  | (Mapped & { step: 'mapping'; sheets: readonly SheetSource[]; problems: MappingProblem[] })
  | (PreviewState & { step: 'preview' })
  | (PreviewState & { step: 'saving' })
  | { step: 'done'; importedCount: number };

export type ImportWizardEvent =
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'resume'; held: HeldImport; options: ApplyOptions }
  | { type: 'fileChosen'; fileName: string }
  | { type: 'fileRead'; sheets: readonly SheetSource[]; sheetIndex: number }
  | { type: 'setSheet'; index: number }
  | { type: 'fileFailed'; fileName: string; code: string; rowNumber?: number | undefined }
  | { type: 'setHeaderRow'; index: number }
  | { type: 'setColumnTarget'; column: number; field: ImportField | null }
  | { type: 'setValueUnit'; unit: ColumnMapping['valueUnit'] }
  | { type: 'setValueBasis'; basis: ColumnMapping['valueBasis'] }
  | { type: 'toPreview'; options: ApplyOptions }
  | { type: 'backToMapping' }
  | { type: 'editCell'; rowNumber: number; field: ImportField; text: string; options: ApplyOptions }
  | { type: 'setOwnerClass'; ownerClass: OwnerClass }
  | { type: 'setFilter'; filter: PreviewState['filter'] }
  | { type: 'confirm' }
  | { type: 'saved'; rowNumbers: readonly number[]; options: ApplyOptions }
  | { type: 'saveFailed' };

/** What is kept of an import whose bad rows wait for correction, so closing the wizard loses nothing. */
export type HeldImport = Mapped & { ownerClass: OwnerClass; importedCount: number };

/**
 * The import wizard as a pure state machine: choose a file → read it (and pick a sheet) → map columns (pre-filled by
 * `suggestMapping`, checked by `checkMapping`) → preview every row with its errors → confirm. Bad rows are
 * never dropped: they can be corrected cell by cell in the preview, and after the good rows are imported
 * the bad ones stay listed (`saved` empties the imported rows and re-checks the rest, now also against
 * the rows just imported).
 */
export function importWizard(state: ImportWizardState, event: ImportWizardEvent): ImportWizardState {
  switch (event.type) {
    case 'open':
      return { step: 'choose', failure: null };
    case 'close':
      return { step: 'closed' };
    case 'resume':
      return preview(
        event.held,
        [event.held.source],
        event.held.ownerClass,
        event.held.importedCount,
        'bad',
        event.options,
      );
    case 'fileChosen':
      return { step: 'reading', fileName: event.fileName };
    case 'fileFailed': {
      const { fileName, code, rowNumber } = event;
      return {
        step: 'choose',
        failure: rowNumber === undefined ? { fileName, code } : { fileName, code, rowNumber },
      };
    }
    case 'fileRead': {
      const source = event.sheets[event.sheetIndex] ?? event.sheets[0];
      if (source === undefined) return state;
      return mappingOf(source, event.sheets);
    }
    case 'setSheet': {
      if (state.step !== 'mapping') return state;
      const source = state.sheets[event.index];
      return source === undefined || source === state.source ? state : mappingOf(source, state.sheets);
    }
    case 'setHeaderRow': {
      if (state.step !== 'mapping') return state;
      const index = Math.max(0, Math.min(event.index, state.source.rows.length - 1));
      return {
        ...state,
        headerRowIndex: index,
        mapping: suggestMapping(state.source.rows[index] ?? []),
        problems: [],
      };
    }
    case 'setColumnTarget': {
      if (state.step !== 'mapping') return state;
      const columns: ColumnMapping['columns'] = {};
      for (const [field, column] of Object.entries(state.mapping.columns) as [ImportField, number][]) {
        // One column feeds one field and one field reads one column: the new choice replaces both.
        if (column !== event.column && field !== event.field) columns[field] = column;
      }
      if (event.field !== null) columns[event.field] = event.column;
      return { ...state, mapping: { ...state.mapping, columns }, problems: [] };
    }
    case 'setValueUnit':
      if (state.step !== 'mapping') return state;
      return { ...state, mapping: { ...state.mapping, valueUnit: event.unit } };
    case 'setValueBasis':
      if (state.step !== 'mapping') return state;
      return { ...state, mapping: { ...state.mapping, valueBasis: event.basis } };
    case 'toPreview': {
      if (state.step !== 'mapping') return state;
      const problems = checkMapping(state.mapping, columnCount(state.source.rows));
      if (problems.length > 0) return { ...state, problems };
      return preview(state, state.sheets, 'enterprise', 0, 'all', event.options);
    }
    case 'backToMapping':
      if (state.step !== 'preview') return state;
      return {
        step: 'mapping',
        source: state.source,
        sheets: state.sheets,
        headerRowIndex: state.headerRowIndex,
        mapping: state.mapping,
        problems: [],
      };
    case 'editCell': {
      if (state.step !== 'preview') return state;
      const column = state.mapping.columns[event.field];
      const index = event.rowNumber - 1;
      if (column === undefined || index <= state.headerRowIndex || index >= state.source.rows.length)
        return state;
      const rows = state.source.rows.slice();
      const row = rows[index]!.slice();
      while (row.length <= column) row.push('');
      row[column] = event.text;
      rows[index] = row;
      return {
        ...state,
        source: { ...state.source, rows },
        result: apply(rows, state, event.options),
      };
    }
    case 'setOwnerClass':
      if (state.step !== 'preview') return state;
      return { ...state, ownerClass: event.ownerClass };
    case 'setFilter':
      if (state.step !== 'preview') return state;
      return { ...state, filter: event.filter };
    case 'confirm':
      if (state.step !== 'preview' || importableCount(state.result) === 0) return state;
      return { ...state, step: 'saving' };
    case 'saveFailed':
      if (state.step !== 'saving') return state;
      return { ...state, step: 'preview' };
    case 'saved': {
      if (state.step !== 'saving') return state;
      const imported = new Set(event.rowNumbers);
      const rows = state.source.rows.map((row, i) => (imported.has(i + 1) ? [] : row));
      const importedCount = state.importedCount + imported.size;
      const source = { ...state.source, rows };
      // Rows of this sheet are now on the case: the choice of sheet ends here.
      const next = preview(
        { ...state, source },
        [source],
        state.ownerClass,
        importedCount,
        'bad',
        event.options,
      );
      return next.result.items.length === 0 ? { step: 'done', importedCount } : next;
    }
  }
}

/** The mapping step on one sheet: its header row found (or the first row), the mapping suggested. */
function mappingOf(
  source: SheetSource,
  sheets: readonly SheetSource[],
): Mapped & { step: 'mapping'; sheets: readonly SheetSource[]; problems: MappingProblem[] } {
  const headerRowIndex = findHeaderRow(source.rows) ?? 0;
  return {
    step: 'mapping',
    source,
    sheets,
    headerRowIndex,
    mapping: suggestMapping(source.rows[headerRowIndex] ?? []),
    problems: [],
  };
}

function preview(
  mapped: Mapped,
  sheets: readonly SheetSource[],
  ownerClass: OwnerClass,
  importedCount: number,
  filter: PreviewState['filter'],
  options: ApplyOptions,
): PreviewState & { step: 'preview' } {
  return {
    step: 'preview',
    source: mapped.source,
    sheets,
    headerRowIndex: mapped.headerRowIndex,
    mapping: mapped.mapping,
    result: apply(mapped.source.rows, mapped, options),
    ownerClass,
    importedCount,
    filter,
  };
}

function apply(rows: readonly (readonly string[])[], mapped: Mapped, options: ApplyOptions): ImportResult {
  return applyMapping(rows, mapped.mapping, {
    headerRowIndex: mapped.headerRowIndex,
    today: options.today,
    existing: options.existing,
  });
}

/** The widest row: how many columns the mapping may point at. */
export function columnCount(rows: readonly (readonly string[])[]): number {
  let n = 0;
  for (const row of rows) if (row.length > n) n = row.length;
  return n;
}

/** Rows of the preview that can be imported as they stand. */
export function importableCount(result: ImportResult): number {
  let n = 0;
  for (const item of result.items) if (!item.hasErrors) n++;
  return n;
}

/** The part of a preview worth keeping when the wizard closes with rows still waiting for correction. */
export function heldImportOf(state: ImportWizardState): HeldImport | null {
  if (state.step !== 'preview' && state.step !== 'saving') return null;
  if (state.importedCount === 0 || state.result.items.length === 0) return null;
  return {
    source: state.source,
    headerRowIndex: state.headerRowIndex,
    mapping: state.mapping,
    ownerClass: state.ownerClass,
    importedCount: state.importedCount,
  };
}
