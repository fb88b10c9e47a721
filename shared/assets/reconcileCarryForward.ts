import { assert } from '../util/assert';
import type { AssetCode } from './assetMessages';
import type { MachineryAsset } from './machineryAsset';
import type { PossibleTransferFlag } from './possibleTransferFlag';

/** What the officer found for one earlier item: still there, there but elsewhere (with the new place), or gone. */
export type CarryForwardMark =
  | { assetId: string; mark: 'present' }
  | { assetId: string; mark: 'moved'; location: string }
  | { assetId: string; mark: 'missing' };

/** The visit the items are carried into, and how new row ids are made (shared/ has no random source). */
export type CarryForwardContext = { visitId: string; newId: () => string };

export type CarryForwardResult = {
  /** New inventory rows for the new visit, one per item marked present or moved. */
  rows: MachineryAsset[];
  /** One flag per item marked missing. */
  possibleTransferFlags: PossibleTransferFlag[];
  /** Earlier items with no mark yet, in their original order: the screen asks about these before finishing. */
  unmarked: string[];
  /** Marks naming no earlier item (e.g. deleted meanwhile by a sync); they change nothing. */
  ignoredMarks: string[];
  /** Items marked moved without a new location: carried at their old location so nothing is lost. */
  problems: { assetId: string; code: Extract<AssetCode, 'asset.movedWithoutLocation'> }[];
};

/**
 * Domain rule 8, tracing asset flows on site: reconciles the machinery recorded before (usually the case's
 * current machinery, see `currentAssets`) with what the officer marks on this visit. A present or moved item
 * becomes a new row of this visit — same identity, owner, valuation and measure (a seal outlives the visit),
 * the new location for a moved one — linked by `carriedFrom`, so the earlier visit's record is never
 * rewritten and the ledger counts the item once. A missing item gets no row: its earlier row stays current
 * (the seal still stands legally) and a `possibleTransferFlags` entry names it and the visit it was last seen on.
 */
export function reconcileCarryForward(
  previousItems: readonly MachineryAsset[],
  marks: readonly CarryForwardMark[],
  context: CarryForwardContext,
): CarryForwardResult {
  const byId = new Map<string, CarryForwardMark>();
  for (const m of marks) {
    assert(!byId.has(m.assetId), `one mark per item (${m.assetId} marked twice)`);
    byId.set(m.assetId, m);
  }
  const result: CarryForwardResult = {
    rows: [],
    possibleTransferFlags: [],
    unmarked: [],
    ignoredMarks: [],
    problems: [],
  };
  const known = new Set<string>();
  for (const item of previousItems) {
    known.add(item.id);
    const mark = byId.get(item.id);
    if (mark === undefined) {
      result.unmarked.push(item.id);
      continue;
    }
    if (mark.mark === 'missing') {
      result.possibleTransferFlags.push({
        code: 'asset.possibleTransfer',
        caseId: item.caseId,
        assetId: item.id,
        lastSeenVisitId: item.visitId,
        detectedOnVisitId: context.visitId,
        identity: {
          name: item.name,
          model: item.model,
          manufacturer: item.manufacturer,
          serialNumber: item.serialNumber,
          quantity: item.quantity,
          unit: item.unit,
          location: item.location,
        },
        measureKind: item.measure.kind,
      });
      continue;
    }
    let location = item.location;
    if (mark.mark === 'moved') {
      const next = mark.location.trim();
      if (next === '') result.problems.push({ assetId: item.id, code: 'asset.movedWithoutLocation' });
      else location = next;
    }
    result.rows.push({
      ...item,
      id: context.newId(),
      visitId: context.visitId,
      location,
      // Copies, not shared references: the new row is edited on its own from now on.
      measure: { ...item.measure },
      valuation: item.valuation === null ? null : { ...item.valuation },
      carriedFrom: { assetId: item.id, mark: mark.mark },
    });
  }
  for (const id of byId.keys()) if (!known.has(id)) result.ignoredMarks.push(id);
  return result;
}
