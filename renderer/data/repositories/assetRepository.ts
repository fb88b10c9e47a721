import { assetSchema, type Asset } from '../../../shared/assets/asset';
import { NO_MEASURE } from '../../../shared/assets/assetMeasure';
import {
  possibleTransferFlagSchema,
  type StoredTransferFlag,
} from '../../../shared/assets/possibleTransferFlag';
import type { CarryForwardResult } from '../../../shared/assets/reconcileCarryForward';
import type { FieldWritDb } from '../db';
import { InvalidDataError } from '../errors';
import { mutate } from '../outbox/mutate';
import type { MutationContext } from '../outbox/MutationContext';
import type { PendingChange } from '../outbox/PendingChange';
import type { TransferFlagRow } from '../rows';
import { requireEditableVisit } from './visitRepository';
import { createChanges, parseOrThrow, patchChanges, withoutBaseSeq } from './visitRecordChanges';
import { appClock } from '../../../shared/time/appClock';

/** A possible transfer flag as the screens see it: the shared flag with its id and when it was raised. */
export type { StoredTransferFlag };

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The case's asset ledger (machinery from visit inventories now; the five checks' classes later) and the
 * possible-transfer flags raised on it. Rows recorded on a visit are written only while that visit may be
 * edited in place; each write is one mutator transaction with one outbox mutation per row.
 */
export function createAssetRepository(db: FieldWritDb) {
  /** Checks each distinct visit of `assets` once, inside the transaction. */
  async function requireEditableVisits(assets: readonly Asset[]): Promise<void> {
    const visitIds = new Set(assets.map((a) => a.visitId).filter((v): v is string => v !== null));
    for (const visitId of visitIds) {
      const visit = await requireEditableVisit(db, visitId);
      if (assets.some((a) => a.visitId === visitId && a.caseId !== visit.caseId))
        throw new InvalidDataError(['asset.caseMismatch']);
    }
  }

  function createChange(asset: Asset): PendingChange {
    return {
      op: 'create',
      entity: 'asset',
      entityId: asset.id,
      caseId: asset.caseId,
      baseSeq: null,
      changes: createChanges(asset),
    };
  }

  return {
    async get(id: string): Promise<Asset | undefined> {
      const row = await db.assets.get(id);
      return row ? withoutBaseSeq(row) : undefined;
    },

    /** Every asset of the case, superseded carry-forward rows included (see `currentAssets`). */
    async listForCase(caseId: string): Promise<Asset[]> {
      const rows = await db.assets.where('caseId').equals(caseId).toArray();
      return rows.map(withoutBaseSeq).sort(byId);
    },

    /**
     * Every asset on this device under a measure, across cases (the legal calendar's reminders). A scan:
     * the ledger holds far fewer rows than the case list, and no index on the measure exists.
     */
    async listUnderMeasure(): Promise<Asset[]> {
      const rows = await db.assets.filter((a) => a.measure.kind !== 'none').toArray();
      return rows.map(withoutBaseSeq).sort(byId);
    },

    /** The rows recorded on one visit, in id (= creation) order. */
    async listForVisit(visitId: string): Promise<Asset[]> {
      const rows = await db.assets.where('visitId').equals(visitId).toArray();
      return rows.map(withoutBaseSeq).sort(byId);
    },

    /**
     * New rows — one typed row or every good row of an import — in ONE transaction: all are written with one
     * `create` mutation each (sharing one txId), or none is. Invalid rows refuse the whole call.
     */
    async createMany(ctx: MutationContext, assets: readonly Asset[]): Promise<Asset[]> {
      const parsed = assets.map((a) => parseOrThrow(assetSchema, a));
      if (new Set(parsed.map((a) => a.id)).size !== parsed.length)
        throw new InvalidDataError(['asset.duplicateId']);
      const { result } = await mutate(db, ctx, async () => {
        await requireEditableVisits(parsed);
        const existing = await db.assets.bulkGet(parsed.map((a) => a.id));
        if (existing.some((row) => row !== undefined)) throw new InvalidDataError(['asset.duplicateId']);
        await db.assets.bulkAdd(parsed.map((a) => ({ ...a, baseSeq: null })));
        return { result: parsed, changes: parsed.map(createChange) };
      });
      return result;
    },

    /**
     * Changes fields of one row (shallow merge: `measure` and `valuation` are passed whole). The merged row
     * must pass the asset schema, which refuses a third party's property under measure without a recorded
     * justification (rule 2). One `patch` mutation with the changed fields.
     */
    async update(ctx: MutationContext, id: string, patch: Partial<Asset>): Promise<Asset> {
      const { result } = await mutate(db, ctx, async () => {
        const row = await db.assets.get(id);
        if (!row) throw new InvalidDataError(['asset.notFound']);
        const before = withoutBaseSeq(row);
        if (before.visitId !== null) await requireEditableVisit(db, before.visitId);
        const after = parseOrThrow(assetSchema, {
          ...before,
          ...patch,
          id,
          caseId: before.caseId,
          visitId: before.visitId,
          class: before.class,
        });
        const keys = Object.keys(patch).filter((k) => !['id', 'caseId', 'visitId', 'class'].includes(k));
        const changes = patchChanges(before, after, keys as (keyof Asset & string)[]);
        if (Object.keys(changes).length === 0) return { result: before, changes: [] };
        await db.assets.put({ ...after, baseSeq: row.baseSeq });
        return {
          result: after,
          changes: [
            {
              op: 'patch',
              entity: 'asset',
              entityId: id,
              caseId: after.caseId,
              baseSeq: row.baseSeq,
              changes,
            },
          ],
        };
      });
      return result;
    },

    /**
     * Adds a copy of a row to the same visit under `newId` (a later UUIDv7, so it lists last): not carried,
     * serial number cleared (a serial names one machine) and no measure (a seal belongs to the machine it was
     * put on, with its own notice).
     */
    async duplicate(ctx: MutationContext, id: string, newId: string): Promise<Asset> {
      const { result } = await mutate(db, ctx, async () => {
        const row = await db.assets.get(id);
        if (!row) throw new InvalidDataError(['asset.notFound']);
        const source = withoutBaseSeq(row);
        if (source.visitId !== null) await requireEditableVisit(db, source.visitId);
        const copy = parseOrThrow(assetSchema, {
          ...source,
          id: newId,
          carriedFrom: null,
          measure: { ...NO_MEASURE },
          ...(source.class === 'machinery' ? { serialNumber: '' } : {}),
        });
        await db.assets.add({ ...copy, baseSeq: null });
        return { result: copy, changes: [createChange(copy)] };
      });
      return result;
    },

    /**
     * Applies a carry-forward (domain rule 8) in one transaction: the new rows of this visit, and one
     * possible-transfer flag on the case per item marked missing. `newId` names each flag.
     */
    async carryForward(
      ctx: MutationContext,
      outcome: Pick<CarryForwardResult, 'rows' | 'possibleTransferFlags'>,
      newId: () => string,
    ): Promise<{ rows: Asset[]; flags: StoredTransferFlag[] }> {
      const rows = outcome.rows.map((a) => parseOrThrow(assetSchema, a));
      const flaggedAt = appClock.date().toISOString();
      const flags: StoredTransferFlag[] = outcome.possibleTransferFlags.map((f) => ({
        ...parseOrThrow(possibleTransferFlagSchema, f),
        id: newId(),
        flaggedAt,
      }));
      const { result } = await mutate(db, ctx, async () => {
        await requireEditableVisits(rows);
        for (const f of flags) await requireEditableVisit(db, f.detectedOnVisitId);
        await db.assets.bulkAdd(rows.map((a) => ({ ...a, baseSeq: null })));
        await db.transferFlags.bulkAdd(flags.map((f): TransferFlagRow => ({ ...f, baseSeq: null })));
        const changes: PendingChange[] = [
          ...rows.map(createChange),
          ...flags.map((f): PendingChange => ({
            op: 'create',
            entity: 'possibleTransferFlag',
            entityId: f.id,
            caseId: f.caseId,
            baseSeq: null,
            changes: createChanges(f),
          })),
        ];
        return { result: { rows, flags }, changes };
      });
      return result;
    },

    /** The possible-transfer flags on a case, newest first. */
    async flagsForCase(caseId: string): Promise<StoredTransferFlag[]> {
      const rows = await db.transferFlags.where('caseId').equals(caseId).toArray();
      return rows.map(withoutBaseSeq).sort((a, b) => (a.flaggedAt < b.flaggedAt ? 1 : -1));
    },
  };
}

export type AssetRepository = ReturnType<typeof createAssetRepository>;
