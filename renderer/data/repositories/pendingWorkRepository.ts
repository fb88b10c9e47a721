import type { SyncedEntity } from '../../../shared/sync/mutation';
import type { Problem } from '../../../shared/sync/protocol';
import type { FieldWritDb } from '../db';
import type { OutboxRow } from '../rows';
import { CHILD_TABLES } from './childTables';

/** Which record an outbox entry is about, in words people know it by (all from this device's tables). */
export type RecordLabel = {
  entity: SyncedEntity;
  entityId: string;
  /** The case number, when the case is on this device. */
  caseNumber: string | null;
  /** The address of the visit the record is, or was recorded on. */
  visitAddress: string | null;
  /** The record's own name, when it has one: an asset's name, a photo's file name. */
  title: string | null;
};

/** One record with edits waiting to go to the court server, however many saves they took. */
export type PendingRecord = RecordLabel & {
  /** Whether the record itself is new (never on the server yet). */
  isNew: boolean;
  /** Fields changed by the waiting edits (after its creation, for a new record), first changed first. */
  fields: string[];
  /** How many outbox entries carry them. */
  entries: number;
  /** Device time of the latest of them. */
  lastSavedAt: string;
};

/** An edit the court server refused for good, with the record it was on and the server's reason. */
export type RefusedEdit = RecordLabel & {
  deviceId: string;
  clientSeq: number;
  fields: string[];
  rejection: Problem | null;
};

/** What the Sync page lists: this officer's waiting records, other officers' count, refused edits. */
export type PendingWork = { mine: PendingRecord[]; otherOfficersRecords: number; refused: RefusedEdit[] };

/** Fields that name a record inside a case, best first (assets of every class, attachments). */
const TITLE_FIELDS = ['name', 'fileName', 'bankName', 'plateNumber', 'companyName', 'address', 'location'];

const recordRef = (m: Pick<OutboxRow, 'entity' | 'entityId'>) => `${m.entity}\u0000${m.entityId}`;

/**
 * The outbox as people read it: grouped by record and labelled from the device's own tables, so the Sync
 * page says "site visit · 某某公司 厂区 · (2025)京0105执1234号: changed findings, end time" instead of one
 * row per autosave with internal field names.
 */
export function createPendingWorkRepository(db: FieldWritDb) {
  /** Labels records, reading each visit's address once per call. */
  function labeller() {
    const addresses = new Map<string, string | null>();
    const visitAddress = async (visitId: unknown): Promise<string | null> => {
      if (typeof visitId !== 'string') return null;
      if (!addresses.has(visitId)) addresses.set(visitId, (await db.visits.get(visitId))?.address ?? null);
      return addresses.get(visitId) ?? null;
    };
    return async (m: OutboxRow): Promise<RecordLabel> => {
      const caseNumber = (await db.cases.get(m.caseId))?.caseNumber ?? null;
      const base = { entity: m.entity, entityId: m.entityId, caseNumber };
      if (m.entity === 'case') return { ...base, visitAddress: null, title: null };
      const row = (await CHILD_TABLES[m.entity].table(db).get(m.entityId)) as
        Record<string, unknown> | undefined;
      if (m.entity === 'visit') return { ...base, visitAddress: await visitAddress(m.entityId), title: null };
      const title = TITLE_FIELDS.map((f) => row?.[f]).find(
        (v): v is string => typeof v === 'string' && v.trim() !== '',
      );
      return {
        ...base,
        visitAddress: await visitAddress(row?.visitId ?? row?.detectedOnVisitId),
        title: m.entity === 'asset' || m.entity === 'attachment' ? (title ?? null) : null,
      };
    };
  }

  return {
    /**
     * This officer's (device id's) waiting records in the order they were first edited, how many records
     * wait for other officers who worked on this installation, and every refused edit.
     */
    async overview(deviceId: string): Promise<PendingWork> {
      const label = labeller();
      const pending = (await db.outbox.where('state').equals('pending').toArray()).sort(
        (a, b) => a.clientSeq - b.clientSeq,
      );
      const groups = new Map<string, OutboxRow[]>();
      const others = new Set<string>();
      for (const m of pending) {
        if (m.deviceId !== deviceId) {
          others.add(`${m.deviceId}\u0000${recordRef(m)}`);
          continue;
        }
        const list = groups.get(recordRef(m)) ?? [];
        list.push(m);
        groups.set(recordRef(m), list);
      }
      const mine: PendingRecord[] = [];
      for (const entries of groups.values()) {
        const fields = new Set<string>();
        for (const m of entries) if (m.op !== 'create') for (const f of Object.keys(m.changes)) fields.add(f);
        mine.push({
          ...(await label(entries[0]!)),
          isNew: entries.some((m) => m.op === 'create'),
          fields: [...fields],
          entries: entries.length,
          lastSavedAt: entries
            .map((m) => m.deviceTime)
            .sort()
            .at(-1)!,
        });
      }
      const refused: RefusedEdit[] = [];
      for (const m of await db.outbox.where('state').equals('rejected').toArray())
        refused.push({
          ...(await label(m)),
          deviceId: m.deviceId,
          clientSeq: m.clientSeq,
          fields: Object.keys(m.changes),
          rejection: m.rejection ?? null,
        });
      return { mine, otherOfficersRecords: others.size, refused };
    },
  };
}

export type PendingWorkRepository = ReturnType<typeof createPendingWorkRepository>;
