import { MAX_FEN, type Fen } from '../domain/money';
import { totalRowLabel } from '../spreadsheet/totalRowLabel';
import type { MachineryCondition } from '../assets/machineryAsset';
import type { ValidationCode } from '../validation/messages';
import type { CellResult } from './cellResult';
import type { ColumnMapping, ImportField } from './columnMapping';
import type { ImportCode } from './importMessages';
import { parseConditionCell } from './parseConditionCell';
import { parseQuantityCell } from './parseQuantityCell';
import { parseValueCell } from './parseValueCell';
import { parseYearCell } from './parseYearCell';
import { serialDuplicateErrors } from './serialDuplicateErrors';

/**
 * One imported row, ready for the inventory grid. Every non-blank row of the sheet becomes a draft, including
 * rows with errors: fields that could not be read are null (numbers) or kept as typed (text), `raw` holds
 * what each mapped cell said so the grid can show it for correction, and the row's errors are in
 * `ImportResult.errors` under the same `rowNumber`.
 */
export type MachineryDraft = {
  /** 1-based row in the sheet (the header row counts), as a spreadsheet shows it. */
  rowNumber: number;
  name: string;
  model: string;
  manufacturer: string;
  serialNumber: string;
  year: number | null;
  /** Null only when the quantity cell could not be read. */
  quantity: number | null;
  unit: string;
  location: string;
  condition: MachineryCondition | null;
  /** The whole line's value in fen (a unit price is multiplied out); null when empty or unreadable. */
  valueFen: Fen | null;
  raw: Record<ImportField, string>;
  hasErrors: boolean;
};

/** One problem in one cell. */
export type ImportRowError = {
  rowNumber: number;
  column: ImportField;
  /** 0-based column in the sheet; null when the field is not mapped to a column. */
  columnIndex: number | null;
  code: ImportCode | ValidationCode;
  raw: string;
  /** For a serial number repeated in the file: the other rows carrying it. */
  relatedRowNumbers?: number[];
  /** For a serial number already recorded: the asset that has it. */
  existingAssetId?: string;
};

/** A total or subtotal row (合计, 小计, …): shown in the preview as what it is, never imported. */
export type TotalRow = {
  rowNumber: number;
  /** The label as the sheet wrote it ("合计", "本页小计"). */
  label: string;
  raw: Record<ImportField, string>;
};

export type ImportResult = {
  items: MachineryDraft[];
  errors: ImportRowError[];
  /** Rows with no text in any cell: nothing to keep, counted so the total adds up. */
  blankRowCount: number;
  totalRows: TotalRow[];
};

export type ApplyMappingOptions = {
  /** 0-based index of the header row; data starts below it. Default 0. */
  headerRowIndex?: number;
  /** The importing device's date (ISO YYYY-MM-DD): years after it are errors. */
  today: string;
  /** Machines already on the case, to catch serial numbers that are already recorded. */
  existing?: readonly { id: string; serialNumber: string }[];
};

const TEXT_LIMITS = {
  name: 200,
  model: 100,
  manufacturer: 200,
  serialNumber: 100,
  unit: 20,
  location: 200,
} as const;
type TextField = keyof typeof TEXT_LIMITS;

/**
 * Turns sheet rows (a sheet of `readSpreadsheet`) into machinery drafts with a row-by-row error report.
 * Nothing is dropped: a row with bad cells is returned with its errors for correction; rows with no text at
 * all are skipped (and counted), and total and subtotal rows (`totalRowLabel`) are set apart, not imported. Checks: name present, quantity a
 * positive whole number, year plausible, condition recognised, value an exact amount, text within limits,
 * and serial numbers unique both within the file (every row of a repeated serial is reported, naming the
 * others) and against `existing` machines.
 */
export function applyMapping(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  options: ApplyMappingOptions,
): ImportResult {
  const headerRowIndex = options.headerRowIndex ?? 0;
  const maxYear = Number(options.today.slice(0, 4));
  const items: MachineryDraft[] = [];
  const errors: ImportRowError[] = [];
  let blankRowCount = 0;
  const totalRows: TotalRow[] = [];

  for (let r = headerRowIndex + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => c.trim() === '')) {
      blankRowCount++;
      continue;
    }
    const rowNumber = r + 1;
    const cell = (field: ImportField) => {
      const column = mapping.columns[field];
      return column === undefined ? '' : (row[column] ?? '');
    };
    const raw: Record<ImportField, string> = {
      name: cell('name'),
      model: cell('model'),
      manufacturer: cell('manufacturer'),
      serialNumber: cell('serialNumber'),
      year: cell('year'),
      quantity: cell('quantity'),
      unit: cell('unit'),
      location: cell('location'),
      condition: cell('condition'),
      value: cell('value'),
    };
    const label = totalRowLabel(row);
    if (label !== null) {
      totalRows.push({ rowNumber, label, raw });
      continue;
    }
    const rowErrors: ImportRowError[] = [];
    const fail = (column: ImportField, code: ImportRowError['code']) =>
      rowErrors.push({
        rowNumber,
        column,
        columnIndex: mapping.columns[column] ?? null,
        code,
        raw: raw[column],
      });
    const read = <T>(column: ImportField, result: CellResult<T>, fallback: T): T => {
      if (result.ok) return result.value;
      fail(column, result.code);
      return fallback;
    };

    const textField = (field: TextField) => {
      const value = raw[field].trim();
      if (value.length > TEXT_LIMITS[field]) fail(field, 'text.tooLong');
      return value;
    };
    const text: Record<TextField, string> = {
      name: textField('name'),
      model: textField('model'),
      manufacturer: textField('manufacturer'),
      serialNumber: textField('serialNumber'),
      unit: textField('unit'),
      location: textField('location'),
    };
    if (text.name === '') fail('name', 'import.nameRequired');
    const quantityCell = read('quantity', parseQuantityCell(raw.quantity), null);
    const year = read('year', parseYearCell(raw.year, maxYear), null);
    const condition = read('condition', parseConditionCell(raw.condition), null);
    let valueFen = read('value', parseValueCell(raw.value, mapping.valueUnit), null);
    if (valueFen !== null && mapping.valueBasis === 'per_unit' && quantityCell !== null) {
      const line = BigInt(valueFen) * BigInt(quantityCell.quantity);
      if (line > BigInt(MAX_FEN)) {
        fail('value', 'money.tooLarge');
        valueFen = null;
      } else valueFen = Number(line);
    }

    items.push({
      rowNumber,
      name: text.name,
      model: text.model,
      manufacturer: text.manufacturer,
      serialNumber: text.serialNumber,
      year,
      quantity: quantityCell?.quantity ?? null,
      // "3台" in the quantity column supplies the unit when the unit column says nothing.
      unit: text.unit === '' ? (quantityCell?.unit ?? '') : text.unit,
      location: text.location,
      condition,
      valueFen,
      raw,
      hasErrors: rowErrors.length > 0,
    });
    errors.push(...rowErrors);
  }

  errors.push(...serialDuplicateErrors(items, mapping.columns.serialNumber ?? null, options.existing ?? []));
  const failed = new Set(errors.map((e) => e.rowNumber));
  for (const item of items) item.hasErrors = failed.has(item.rowNumber);
  errors.sort((a, b) => a.rowNumber - b.rowNumber || (a.columnIndex ?? -1) - (b.columnIndex ?? -1));
  return { items, errors, blankRowCount, totalRows };
}
