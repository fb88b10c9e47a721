import type { ColumnMapping, ImportField } from './columnMapping';
import type { ImportCode } from './importMessages';

export type MappingProblem = {
  code: Extract<
    ImportCode,
    'import.nameColumnMissing' | 'import.columnMappedTwice' | 'import.columnOutOfRange'
  >;
  field: ImportField | null;
};

/**
 * What is wrong with a mapping before it is applied: no name column (every row would be nameless), one column
 * feeding two fields, or a column beyond the widest row. An empty list means the mapping can be applied.
 */
export function checkMapping(mapping: ColumnMapping, columnCount: number): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (mapping.columns.name === undefined) problems.push({ code: 'import.nameColumnMissing', field: 'name' });
  const seen = new Map<number, ImportField>();
  for (const [field, column] of Object.entries(mapping.columns) as [ImportField, number][]) {
    if (!Number.isInteger(column) || column < 0 || column >= columnCount) {
      problems.push({ code: 'import.columnOutOfRange', field });
    }
    if (seen.has(column)) problems.push({ code: 'import.columnMappedTwice', field });
    seen.set(column, field);
  }
  return problems;
}
