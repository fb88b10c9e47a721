import { ALLOWED_MEASURES } from '../../../../shared/assets/allowedMeasures';
import { MACHINERY_CONDITIONS, type MachineryAsset } from '../../../../shared/assets/machineryAsset';
import { OWNER_CLASSES } from '../../../../shared/assets/ownerClass';
import { VALUATION_METHODS } from '../../../../shared/assets/valuation';
import { formatYuan, parseYuan } from '../../../../shared/domain/money';
import { parseQuantityCell } from '../../../../shared/inventoryImport/parseQuantityCell';
import { parseYearCell } from '../../../../shared/inventoryImport/parseYearCell';
import { measureDateColumns } from './measureDateColumns';

/** The inventory grid's columns, left to right: the order Tab walks through. */
export const GRID_COLUMN_KEYS = [
  'name',
  'model',
  'manufacturer',
  'serialNumber',
  'year',
  'quantity',
  'unit',
  'location',
  'condition',
  'ownerClass',
  'value',
  'valuationMethod',
  'measureKind',
  'sealNoticeNumber',
  'custodian',
  'startDate',
  'queue',
  'courtAhead',
  'effectiveOn',
  'expiry',
] as const;
export type GridColumnKey = (typeof GRID_COLUMN_KEYS)[number];

/** What an edit turns into: a patch for `updateItem`, or the code of what is wrong with the input. */
export type PatchResult = { ok: true; patch: Partial<MachineryAsset> } | { ok: false; code: string };

/** What every cell edit needs besides the row: today's date (ISO), for valuation dates and the year check. */
export type EditContext = { today: string };

type ColumnBase = {
  key: GridColumnKey;
  width: number;
  isNumeric: boolean;
  /**
   * True when a change can alter what the over-seizure meter counts or who owns what is sealed: such
   * edits pass the owner guard and the meter check before they are written, and are never autosaved
   * half-typed.
   */
  needsReview: boolean;
};

export type TextColumn = ColumnBase & {
  kind: 'text';
  /** The cell as text to edit (the value column without thousands separators). */
  editText(row: MachineryAsset): string;
  /** The cell as shown (money formatted). */
  displayText(row: MachineryAsset): string;
  toPatch(text: string, row: MachineryAsset, ctx: EditContext): PatchResult;
  /** `+` / `-` step the number in place (quantity). */
  hasStep: boolean;
};

export type ChoiceColumn = ColumnBase & {
  kind: 'choice';
  options: readonly string[];
  isNullable: boolean;
  value(row: MachineryAsset): string | null;
  toPatch(option: string | null, row: MachineryAsset, ctx: EditContext): PatchResult;
};

export type GridColumn = TextColumn | ChoiceColumn;

type PlainTextKey = 'name' | 'model' | 'manufacturer' | 'serialNumber' | 'unit' | 'location';

/**
 * A free-text field stored as typed (see `assetText`: trimming on every autosave would eat the space typed
 * between two words), limited to the schema's length.
 */
function plainText(key: PlainTextKey, max: number, width: number): TextColumn {
  return {
    key,
    kind: 'text',
    width,
    isNumeric: false,
    needsReview: false,
    hasStep: false,
    editText: (row) => row[key],
    displayText: (row) => row[key],
    toPatch: (text) =>
      text.length > max ? { ok: false, code: 'text.tooLong' } : { ok: true, patch: { [key]: text } },
  };
}

function measureText(key: 'sealNoticeNumber' | 'custodian', width: number): TextColumn {
  return {
    key,
    kind: 'text',
    width,
    isNumeric: false,
    needsReview: false,
    hasStep: false,
    editText: (row) => row.measure[key],
    displayText: (row) => row.measure[key],
    toPatch: (text, row) =>
      text.length > 100
        ? { ok: false, code: 'text.tooLong' }
        : { ok: true, patch: { measure: { ...row.measure, [key]: text } } },
  };
}

const yearColumn: TextColumn = {
  key: 'year',
  kind: 'text',
  width: 72,
  isNumeric: true,
  needsReview: false,
  hasStep: false,
  editText: (row) => (row.year === null ? '' : String(row.year)),
  displayText: (row) => (row.year === null ? '' : String(row.year)),
  // The import's reader: it takes "2015年" and "2015-06" as typed by people, and refuses future years.
  toPatch: (text, _row, ctx) => {
    const year = parseYearCell(text, Number(ctx.today.slice(0, 4)));
    return year.ok ? { ok: true, patch: { year: year.value } } : { ok: false, code: year.code };
  },
};

const quantityColumn: TextColumn = {
  key: 'quantity',
  kind: 'text',
  width: 72,
  isNumeric: true,
  needsReview: false,
  hasStep: true,
  editText: (row) => String(row.quantity),
  displayText: (row) => String(row.quantity),
  // "3台" fills an empty unit, as on import; an emptied cell means one unit.
  toPatch: (text, row) => {
    const q = parseQuantityCell(text);
    if (!q.ok) return { ok: false, code: q.code };
    const patch: Partial<MachineryAsset> = { quantity: q.value.quantity };
    if (row.unit === '' && q.value.unit !== '') patch.unit = q.value.unit;
    return { ok: true, patch };
  },
};

const valueColumn: TextColumn = {
  key: 'value',
  kind: 'text',
  width: 128,
  isNumeric: true,
  needsReview: true,
  hasStep: false,
  editText: (row) => (row.valuation === null ? '' : formatYuan(row.valuation.valueFen).replace(/,/g, '')),
  displayText: (row) => (row.valuation === null ? '' : formatYuan(row.valuation.valueFen)),
  // A new or changed price is dated today; a first price found in the grid is an estimate until a
  // method is chosen (rule 6 wants the method recorded, and "estimate" claims the least).
  toPatch: (text, row, ctx) => {
    if (text.trim() === '') return { ok: true, patch: { valuation: null } };
    const fen = parseYuan(text);
    if (!fen.ok) return { ok: false, code: fen.code };
    if (row.valuation?.valueFen === fen.value) return { ok: true, patch: {} };
    return {
      ok: true,
      patch: {
        valuation: { valueFen: fen.value, method: row.valuation?.method ?? 'estimate', date: ctx.today },
      },
    };
  },
};

function choice<K extends GridColumnKey>(
  key: K,
  width: number,
  options: readonly string[],
  isNullable: boolean,
  needsReview: boolean,
  value: (row: MachineryAsset) => string | null,
  toPatch: ChoiceColumn['toPatch'],
): ChoiceColumn {
  return { key, kind: 'choice', width, isNumeric: false, needsReview, options, isNullable, value, toPatch };
}

/**
 * The grid's columns with how each reads and writes a `MachineryAsset`. Pure: the grid reducer and the
 * editing hook share it, and the tests run it without a screen.
 */
export const GRID_COLUMNS: readonly GridColumn[] = [
  plainText('name', 200, 180),
  plainText('model', 100, 120),
  plainText('manufacturer', 200, 140),
  plainText('serialNumber', 100, 130),
  yearColumn,
  quantityColumn,
  plainText('unit', 20, 56),
  plainText('location', 200, 120),
  choice(
    'condition',
    80,
    MACHINERY_CONDITIONS,
    true,
    false,
    (row) => row.condition,
    (option) => {
      if (option === null) return { ok: true, patch: { condition: null } };
      const condition = MACHINERY_CONDITIONS.find((c) => c === option);
      return condition === undefined
        ? { ok: false, code: 'inventory.error.unknownOption' }
        : { ok: true, patch: { condition } };
    },
  ),
  choice(
    'ownerClass',
    112,
    OWNER_CLASSES,
    false,
    true,
    (row) => row.ownerClass,
    (option) => {
      const owner = OWNER_CLASSES.find((o) => o === option);
      return owner === undefined
        ? { ok: false, code: 'inventory.error.unknownOption' }
        : { ok: true, patch: { ownerClass: owner } };
    },
  ),
  valueColumn,
  choice(
    'valuationMethod',
    104,
    VALUATION_METHODS,
    false,
    false,
    (row) => row.valuation?.method ?? null,
    (option, row, ctx) => {
      const method = VALUATION_METHODS.find((m) => m === option);
      if (method === undefined) return { ok: false, code: 'inventory.error.unknownOption' };
      if (row.valuation === null) return { ok: false, code: 'inventory.error.methodNeedsValue' };
      return { ok: true, patch: { valuation: { ...row.valuation, method, date: ctx.today } } };
    },
  ),
  choice(
    'measureKind',
    96,
    ALLOWED_MEASURES.machinery,
    false,
    true,
    (row) => row.measure.kind,
    (option, row) => {
      const kind = ALLOWED_MEASURES.machinery.find((k) => k === option);
      return kind === undefined
        ? { ok: false, code: 'inventory.error.unknownOption' }
        : { ok: true, patch: { measure: { ...row.measure, kind } } };
    },
  ),
  measureText('sealNoticeNumber', 180),
  measureText('custodian', 96),
  ...measureDateColumns,
];

/** The column with this key. */
export function columnOf(key: GridColumnKey): GridColumn {
  const column = GRID_COLUMNS.find((c) => c.key === key);
  if (column === undefined) throw new Error(`no grid column ${key}`);
  return column;
}
