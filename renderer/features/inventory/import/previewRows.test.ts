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
  alsoInRows: (r: readonly number[]) => `(also ${r.join(', ')})`,
  colon: ': ',
  totalRow: (label: string) => `total: ${label}`,
};

describe('previewRows', () => {
  it('reports each bad row with its fields and the rows sharing a serial number', () => {
    const bad = previewRows(result, 'bad', describe_);
    expect(bad.map((r) => [r.rowNumber, r.errorFields, r.messages])).toEqual([
      [2, ['serialNumber'], ['[serialNumber]: import.duplicateSerialInFile(also 3)']],
      [
        3,
        ['serialNumber', 'quantity'],
        ['[serialNumber]: import.duplicateSerialInFile(also 2)', '[quantity]: import.quantityFormat'],
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

describe('previewRows with a total row', () => {
  const withTotal = [...rows, ['合计', '', '3']];
  const r = applyMapping(withTotal, mapping, { today: '2025-07-01' });

  it('lists the 合计 row in its place among all rows, marked as a total, and not among the bad rows', () => {
    const all = previewRows(r, 'all', describe_);
    expect(all.map((x) => [x.rowNumber, x.isTotal, x.hasErrors])).toEqual([
      [2, false, true],
      [3, false, true],
      [4, false, false],
      [5, true, false],
    ]);
    expect(all[3]).toMatchObject({ messages: ['total: 合计'], cells: { name: '合计', quantity: '3' } });
    expect(previewRows(r, 'bad', describe_).some((x) => x.isTotal)).toBe(false);
  });

  it('shows the label in the name cell when it sits in a column that is not imported', () => {
    const unmapped = applyMapping([...rows, ['', '', '3', '合计']], mapping, { today: '2025-07-01' });
    expect(previewRows(unmapped, 'all', describe_).at(-1)?.cells).toMatchObject({
      name: '合计',
      quantity: '3',
    });
  });
});
