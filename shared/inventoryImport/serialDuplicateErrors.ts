import type { ImportRowError, MachineryDraft } from './applyMapping';
import { serialKey } from './serialKey';

/**
 * Errors for serial numbers repeated within the imported rows (every row of a repeated serial is reported,
 * naming the other rows, so the person sees the whole group) and for serial numbers already recorded on the
 * case (naming the asset). Serial numbers are compared by `serialKey`; empty ones never clash.
 */
export function serialDuplicateErrors(
  items: readonly MachineryDraft[],
  columnIndex: number | null,
  existing: readonly { id: string; serialNumber: string }[],
): ImportRowError[] {
  const rowsBySerial = new Map<string, number[]>();
  for (const item of items) {
    const key = serialKey(item.serialNumber);
    if (key === '') continue;
    const list = rowsBySerial.get(key);
    if (list === undefined) rowsBySerial.set(key, [item.rowNumber]);
    else list.push(item.rowNumber);
  }
  const existingBySerial = new Map<string, string>();
  for (const e of existing) {
    const key = serialKey(e.serialNumber);
    if (key !== '' && !existingBySerial.has(key)) existingBySerial.set(key, e.id);
  }
  const errors: ImportRowError[] = [];
  for (const item of items) {
    const key = serialKey(item.serialNumber);
    if (key === '') continue;
    const base = {
      rowNumber: item.rowNumber,
      column: 'serialNumber' as const,
      columnIndex,
      raw: item.raw.serialNumber,
    };
    const sameRows = rowsBySerial.get(key)!;
    if (sameRows.length > 1) {
      errors.push({
        ...base,
        code: 'import.duplicateSerialInFile',
        relatedRowNumbers: sameRows.filter((n) => n !== item.rowNumber),
      });
    }
    const existingId = existingBySerial.get(key);
    if (existingId !== undefined) {
      errors.push({ ...base, code: 'import.duplicateSerialExisting', existingAssetId: existingId });
    }
  }
  return errors;
}
