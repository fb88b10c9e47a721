import { describe, expect, it } from 'vitest';
import { checkMapping } from './checkMapping';

const mapping = (columns: Record<string, number>) => ({
  columns,
  valueUnit: 'yuan' as const,
  valueBasis: 'line' as const,
});

describe('checkMapping', () => {
  it('accepts a mapping with a name column inside the sheet', () => {
    expect(checkMapping(mapping({ name: 0, quantity: 3 }), 4)).toEqual([]);
  });

  it('reports a missing name column, a column used twice and a column outside the sheet', () => {
    expect(checkMapping(mapping({ model: 1 }), 2)).toEqual([
      { code: 'import.nameColumnMissing', field: 'name' },
    ]);
    expect(checkMapping(mapping({ name: 0, model: 0 }), 2)).toEqual([
      { code: 'import.columnMappedTwice', field: 'model' },
    ]);
    expect(checkMapping(mapping({ name: 0, value: 5 }), 3)).toEqual([
      { code: 'import.columnOutOfRange', field: 'value' },
    ]);
    expect(checkMapping(mapping({ name: -1 }), 3)).toEqual([
      { code: 'import.columnOutOfRange', field: 'name' },
    ]);
  });
});
