import { incidentSchema, type Incident } from '../../../shared/visits/incident';
import type { FieldWritDb } from '../db';
import { InvalidDataError } from '../errors';
import { mutate } from '../outbox/mutate';
import type { MutationContext } from '../outbox/MutationContext';
import { requireEditableVisit } from './visitRepository';
import { createChanges, parseOrThrow, patchChanges, withoutBaseSeq } from './visitRecordChanges';

/** What may change on an incident; it stays on its visit and case. */
export type IncidentPatch = Partial<Omit<Incident, 'id' | 'caseId' | 'visitId'>>;

/**
 * Obstruction incidents 妨害执行 recorded on visits. An incident is part of its visit's record, so it is
 * written only while the visit may be edited in place (see `requireEditableVisit`).
 */
export function createIncidentRepository(db: FieldWritDb) {
  return {
    async get(id: string): Promise<Incident | undefined> {
      const row = await db.incidents.get(id);
      return row ? withoutBaseSeq(row) : undefined;
    },

    /** A visit's incidents in the order they happened. */
    async listForVisit(visitId: string): Promise<Incident[]> {
      const rows = await db.incidents.where('visitId').equals(visitId).toArray();
      return rows
        .map(withoutBaseSeq)
        .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || (a.id < b.id ? -1 : 1));
    },

    async create(ctx: MutationContext, incident: Incident): Promise<Incident> {
      const parsed = parseOrThrow(incidentSchema, incident);
      const { result } = await mutate(db, ctx, async () => {
        const visit = await requireEditableVisit(db, parsed.visitId);
        if (visit.caseId !== parsed.caseId) throw new InvalidDataError(['incident.caseMismatch']);
        if (await db.incidents.get(parsed.id)) throw new InvalidDataError(['incident.duplicateId']);
        await db.incidents.add({ ...parsed, baseSeq: null });
        return {
          result: parsed,
          changes: [
            {
              op: 'create',
              entity: 'incident',
              entityId: parsed.id,
              caseId: parsed.caseId,
              baseSeq: null,
              changes: createChanges(parsed),
            },
          ],
        };
      });
      return result;
    },

    /** An autosaved edit: the changed fields and one `patch` mutation naming exactly those. */
    async update(ctx: MutationContext, id: string, patch: IncidentPatch): Promise<Incident> {
      const { result } = await mutate(db, ctx, async () => {
        const row = await db.incidents.get(id);
        if (!row) throw new InvalidDataError(['incident.notFound']);
        await requireEditableVisit(db, row.visitId);
        const before = withoutBaseSeq(row);
        const after = parseOrThrow(incidentSchema, {
          ...before,
          ...patch,
          id,
          caseId: before.caseId,
          visitId: before.visitId,
        });
        const changes = patchChanges(before, after, Object.keys(patch) as (keyof IncidentPatch)[]);
        if (Object.keys(changes).length === 0) return { result: before, changes: [] };
        await db.incidents.put({ ...after, baseSeq: row.baseSeq });
        return {
          result: after,
          changes: [
            {
              op: 'patch',
              entity: 'incident',
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
  };
}

export type IncidentRepository = ReturnType<typeof createIncidentRepository>;
