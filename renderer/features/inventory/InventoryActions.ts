import type { CarryForwardResult } from '../../../shared/assets/reconcileCarryForward';
import type { MachineryAsset } from '../../../shared/assets/machineryAsset';

/**
 * The writes the inventory panel needs, implemented by the visit feature over the asset repository (one
 * Dexie transaction plus outbox mutation per call, strict durability). The panel builds complete, valid
 * `MachineryAsset` rows itself (ids included), so an implementation only persists what it is given.
 * Every promise resolves once the write is durable ("saved"); a rejection leaves the ledger unchanged.
 */
export type InventoryActions = {
  /** New rows — one typed row, or every good row of an import — written in ONE transaction. */
  addItems(items: MachineryAsset[]): Promise<void>;
  /**
   * Changes fields of one row. The patch never carries `id`, `caseId`, `visitId` or `class`; `measure` and
   * `valuation` are always passed whole (never a partial `measure`), so a shallow merge is correct.
   */
  updateItem(id: string, patch: Partial<MachineryAsset>): Promise<void>;
  /**
   * Adds a copy of the row to the same visit with a new (later, UUIDv7) id — the grid lists a visit's rows
   * in id order, so the copy appears as the last row — with `carriedFrom: null`, the serial number cleared
   * (a serial names one machine) and the measure reset to `NO_MEASURE` (a seal belongs to the machine it
   * was put on, with its own notice). Resolves once saved; the live query shows the copy.
   */
  duplicateItem(id: string): Promise<void>;
  /**
   * Applies a carry-forward from the previous visit: writes `result.rows` (new rows of this visit) and
   * records each of `result.possibleTransferFlags` on the case (domain rule 8), all in one transaction.
   * The panel only calls it when `result.unmarked` is empty.
   */
  carryForward(result: CarryForwardResult): Promise<void>;
};
