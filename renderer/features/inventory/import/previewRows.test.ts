import { describe, expect, it } from 'vitest';
import { applyMapping } from '../../../../shared/inventoryImport/applyMapping';
import { suggestMapping } from '../../../../shared/inventoryImport/suggestMapping';
import { mappedFields, previewRows } from './previewRows';

const rows = [
  ['名称', '出厂编号', '数量'],
  ['车床', 'A-1', '1'],
  ['铣床', 'A-1', '两台'],
  ['磨床', 'B-2', '2'],
];
const mapping = suggestMapping(rows[0]!);
const result = applyMapping(rows, mapping, { today: '2025-07-01' });
const describe_ = {
  field: (f: string) => `[${f}]`,
  code: (c: string) => c,
  alsoInRows: (r: string) => `(also ${r})`,
};

describe('previewRows', () => {
  it('reports each bad row with its fields and the rows sharing a serial number', () => {
    const bad = previewRows(result, 'bad', describe_);
    expect(bad.map((r) => [r.rowNumber, r.errorFields, r.messages])).toEqual([
      [2, ['serialNumber'], ['[serialNumber]：import.duplicateSerialInFile(also 3)']],
      [
        3,
        ['serialNumber', 'quantity'],
        ['[serialNumber]：import.duplicateSerialInFile(also 2)', '[quantity]：import.quantityFormat'],
      ],
    ]);
  });

  it('lists every row, good ones with no messages, cells as the file had them', () => {
    const all = previewRows(result, 'all', describe_);
    expect(all.map((r) => r.rowNumber)).toEqual([2, 3, 4]);
    expect(all[2]).toMatchObject({ hasErrors: false, messages: [], cells: { name: '磨床', quantity: '2' } });
    expect(all[1]!.cells.quantity).toBe('两台');
  });

  it('shows the mapped fields only, in grid order', () => {
    expect(mappedFields(mapping)).toEqual(['name', 'serialNumber', 'quantity']);
  });
});
