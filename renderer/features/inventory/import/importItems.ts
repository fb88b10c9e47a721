import type { MachineryAsset } from '../../../../shared/assets/machineryAsset';
import type { OwnerClass } from '../../../../shared/assets/ownerClass';
import type { ImportResult } from '../../../../shared/inventoryImport/applyMapping';
import { machineryFromDraft } from '../../../../shared/inventoryImport/machineryFromDraft';

export type ImportTarget = {
  caseId: string;
  visitId: string;
  ownerClass: OwnerClass;
  /** ISO date of the import: the valuation date of the imported values. */
  today: string;
  /** Ids for the new rows, in row order (see `createRowIdSource`). */
  newIds: (count: number) => string[];
};

/**
 * The ledger rows an import writes: one per draft without errors, in sheet order, with the sheet row
 * numbers they came from (so the wizard can empty exactly those rows). A draft the asset schema still
 * refuses is not written and is listed in `refused` — it stays in the preview like any bad row.
 */
export function importItems(
  result: ImportResult,
  target: ImportTarget,
): { items: MachineryAsset[]; rowNumbers: number[]; refused: number[] } {
  const good = result.items.filter((d) => !d.hasErrors);
  const ids = target.newIds(good.length);
  const items: MachineryAsset[] = [];
  const rowNumbers: number[] = [];
  const refused: number[] = [];
  good.forEach((draft, i) => {
    const item = machineryFromDraft(draft, {
      id: ids[i]!,
      caseId: target.caseId,
      visitId: target.visitId,
      ownerClass: target.ownerClass,
      valuationDate: target.today,
    });
    if (item === null) refused.push(draft.rowNumber);
    else {
      items.push(item);
      rowNumbers.push(draft.rowNumber);
    }
  });
  return { items, rowNumbers, refused };
}
