import type { Asset } from '../../../../shared/assets/asset';
import { currentAssets } from '../../../../shared/assets/currentAssets';
import type { MachineryAsset } from '../../../../shared/assets/machineryAsset';
import type { PossibleTransferFlag } from '../../../../shared/assets/possibleTransferFlag';
import type { CarryForwardMark } from '../../../../shared/assets/reconcileCarryForward';

export type Mark = CarryForwardMark['mark'];

/** The officer's marks so far, by earlier item id; `location` is the new place of a moved item. */
export type CarryForwardDraft = ReadonlyMap<string, { mark: Mark; location: string }>;

export const EMPTY_DRAFT: CarryForwardDraft = new Map();

/**
 * The machines to walk past on this visit: the case's current machinery (rows carried forward since are
 * superseded, see `currentAssets`) recorded on other visits, minus those already flagged missing on this
 * one, in the order they were recorded.
 */
export function carryForwardCandidates(
  ledger: readonly Asset[],
  visitId: string,
  flags: readonly PossibleTransferFlag[] = [],
): MachineryAsset[] {
  const flagged = new Set(flags.filter((f) => f.detectedOnVisitId === visitId).map((f) => f.assetId));
  return currentAssets(ledger)
    .filter(
      (a): a is MachineryAsset => a.class === 'machinery' && a.visitId !== visitId && !flagged.has(a.id),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The draft with one item marked (a moved item keeps the location typed so far). */
export function withMark(draft: CarryForwardDraft, id: string, mark: Mark): CarryForwardDraft {
  const next = new Map(draft);
  next.set(id, { mark, location: draft.get(id)?.location ?? '' });
  return next;
}

/** The draft with the new location of a moved item. */
export function withLocation(draft: CarryForwardDraft, id: string, location: string): CarryForwardDraft {
  const next = new Map(draft);
  next.set(id, { mark: 'moved', location });
  return next;
}

/** The draft with every listed item that has no mark yet marked `mark` (marked ones are left alone). */
export function withRemainingMarked(
  draft: CarryForwardDraft,
  ids: readonly string[],
  mark: Mark,
): CarryForwardDraft {
  const next = new Map(draft);
  for (const id of ids) if (!next.has(id)) next.set(id, { mark, location: '' });
  return next;
}

/** The marks in the form `reconcileCarryForward` takes. */
export function marksOf(draft: CarryForwardDraft): CarryForwardMark[] {
  return [...draft].map(([assetId, { mark, location }]) =>
    mark === 'moved' ? { assetId, mark, location } : { assetId, mark },
  );
}

/** What still stops the carry-forward: items without a mark, moved items without a new location. */
export function carryForwardBlockers(
  candidates: readonly MachineryAsset[],
  draft: CarryForwardDraft,
): { unmarked: number; movedWithoutLocation: number } {
  let unmarked = 0;
  let movedWithoutLocation = 0;
  for (const item of candidates) {
    const entry = draft.get(item.id);
    if (entry === undefined) unmarked++;
    else if (entry.mark === 'moved' && entry.location.trim() === '') movedWithoutLocation++;
  }
  return { unmarked, movedWithoutLocation };
}
