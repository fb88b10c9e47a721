import type { ImportResult } from '../../../../shared/inventoryImport/applyMapping';
import {
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
} from '../../../../shared/inventoryImport/columnMapping';

/** A preview row for the table: the cells as read, the fields in error and the messages, in sheet order. */
export type PreviewRowData = {
  rowNumber: number;
  hasErrors: boolean;
  /** A total or subtotal row: shown as such, neither an item nor an error, never imported. */
  isTotal: boolean;
  cells: Record<ImportField, string>;
  errorFields: ImportField[];
  messages: string[];
};

/**
 * The rows of an import preview with their row-by-row report, filtered to the bad ones when asked. Each
 * message names the field and, for a repeated serial number, the other rows or the asset that has it.
 * Total rows (合计, 小计) are listed in their place among all rows, saying that they are not imported.
 */
export function previewRows(
  result: ImportResult,
  filter: 'all' | 'bad',
  describe: {
    field: (field: ImportField) => string;
    code: (code: string) => string;
    alsoInRows: (rows: readonly number[]) => string;
    /** What joins a field to its problem: "：" in Chinese, ": " in English. */
    colon: string;
    totalRow: (label: string) => string;
  },
): PreviewRowData[] {
  const byRow = new Map<number, ImportResult['errors']>();
  for (const e of result.errors) {
    const list = byRow.get(e.rowNumber);
    if (list === undefined) byRow.set(e.rowNumber, [e]);
    else list.push(e);
  }
  const rows: PreviewRowData[] = [];
  for (const item of result.items) {
    if (filter === 'bad' && !item.hasErrors) continue;
    const errors = byRow.get(item.rowNumber) ?? [];
    rows.push({
      rowNumber: item.rowNumber,
      hasErrors: item.hasErrors,
      isTotal: false,
      cells: item.raw,
      errorFields: errors.map((e) => e.column),
      messages: errors.map((e) => {
        const related = e.relatedRowNumbers?.length ? describe.alsoInRows(e.relatedRowNumbers) : '';
        return `${describe.field(e.column)}${describe.colon}${describe.code(e.code)}${related}`;
      }),
    });
  }
  if (filter === 'bad' || result.totalRows.length === 0) return rows;
  const totals: PreviewRowData[] = result.totalRows.map((t) => ({
    rowNumber: t.rowNumber,
    hasErrors: false,
    isTotal: true,
    // The label often sits in an unmapped column (序号): shown in the name cell so the row says what it is.
    cells: t.raw.name.trim() === '' ? { ...t.raw, name: t.label } : t.raw,
    errorFields: [],
    messages: [describe.totalRow(t.label)],
  }));
  return [...rows, ...totals].sort((a, b) => a.rowNumber - b.rowNumber);
}

/** The mapped fields, in the grid's order: the preview's columns. */
export function mappedFields(mapping: ColumnMapping): ImportField[] {
  return IMPORT_FIELDS.filter((f) => mapping.columns[f] !== undefined);
}
