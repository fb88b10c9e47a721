/** The machinery fields an imported column can fill. */
export const IMPORT_FIELDS = [
  'name',
  'model',
  'manufacturer',
  'serialNumber',
  'year',
  'quantity',
  'unit',
  'location',
  'condition',
  'value',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * Which column (0-based index into a row) fills which field, and how to read the value column: in yuan or
 * in 万元 (lists prepared for management often are), and as the whole line's value or a unit price 单价
 * (then multiplied by the quantity, since the ledger stores line values).
 */
export type ColumnMapping = {
  columns: Partial<Record<ImportField, number>>;
  valueUnit: 'yuan' | 'wan_yuan';
  valueBasis: 'line' | 'per_unit';
};
