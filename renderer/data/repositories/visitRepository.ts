import { checkVisitTransition } from '../../../shared/visits/checkVisitTransition';
import { visitSchema, type Visit } from '../../../shared/visits/visit';
import { visitEditMode } from '../../../shared/visits/visitEditMode';
import type { VisitState } from '../../../shared/visits/visitState';
import type { FieldChange } from '../../../shared/sync/mutation';
import type { FieldWritDb } from '../db';
import { InvalidDataError } from '../errors';
import { mutate } from '../outbox/mutate';
import type { MutationContext } from '../outbox/MutationContext';
import type { VisitRow } from '../rows';
import { createChanges, parseOrThrow, patchChanges, withoutBaseSeq } from './visitRecordChanges';

/** What an officer may change on a visit in place; identity and review state change by other paths. */
export type VisitPatch = Partial<Omit<Visit, 'id' | 'caseId' | 'state'>>;

/**
 * Order on the visits page: logs the lead returned come first (someone is waiting for the correction), then
 * drafts still being written, then everything in review or approved.
 */
const LIST_RANK: Record<VisitState, number> = {
  returned: 0,
  draft: 1,
  submitted: 2,
  resubmitted: 2,
  approved: 2,
  amended: 2,
};

/**
 * Reads the visit a write belongs to and refuses the write unless the visit may be edited in place (draft or
 * returned): a visit in review is locked, and an approved one changes only through a visible amendment.
 * Call inside the mutator's transaction, so the check and the write see the same state.
 */
export async function requireEditableVisit(db: FieldWritDb, visitId: string): Promise<VisitRow> {
  const row = await db.visits.get(visitId);
  if (!row) throw new InvalidDataError(['visit.notFound']);
  if (visitEditMode(row.state) !== 'edit') throw new InvalidDataError(['visit.notEditable']);
  return row;
}

/**
 * Site visits on this device. Every write is one mutator transaction: the row plus an outbox mutation with
 * field-level changes. Takes and returns shared domain visits.
 */
export function createVisitRepository(db: FieldWritDb) {
  /** Writes the visit and describes the field changes for the outbox (inside the caller's mutator). */
  async function putVisitPatch(
    after: Visit,
    baseSeq: number | null,
    changes: Record<string, FieldChange>,
    reason?: string,
  ) {
    await db.visits.put({ ...after, baseSeq });
    return {
      result: after,
      changes: [
        {
          op: 'patch' as const,
          entity: 'visit' as const,
          entityId: after.id,
          caseId: after.caseId,
          baseSeq,
          changes,
          ...(reason ? { reason } : {}),
        },
      ],
    };
  }

  return {
    async get(id: string): Promise<Visit | undefined> {
      const row = await db.visits.get(id);
      return row ? withoutBaseSeq(row) : undefined;
    },

    /** A case's visits, latest first. */
    async listForCase(caseId: string): Promise<Visit[]> {
      const rows = await db.visits.where('caseId').equals(caseId).toArray();
      return rows.map(withoutBaseSeq).sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
    },

    /** Every visit on the device: returned ones first, then drafts, then the rest; latest first within each. */
    async listAll(): Promise<Visit[]> {
      const rows = await db.visits.toArray();
      const rank = (v: Visit) => LIST_RANK[v.state];
      return rows
        .map(withoutBaseSeq)
        .sort((a, b) => rank(a) - rank(b) || Date.parse(b.startedAt) - Date.parse(a.startedAt));
    },

    /** Starts a visit: it must be a valid draft. One `create` mutation carries every field. */
    async create(ctx: MutationContext, visit: Visit): Promise<Visit> {
      const parsed = parseOrThrow(visitSchema, visit);
      if (parsed.state !== 'draft') throw new InvalidDataError(['visit.transitionNotAllowed']);
      const { result } = await mutate(db, ctx, async () => {
        if (!(await db.cases.get(parsed.caseId))) throw new InvalidDataError(['case.notFound']);
        if (await db.visits.get(parsed.id)) throw new InvalidDataError(['visit.duplicateId']);
        await db.visits.add({ ...parsed, baseSeq: null });
        return {
          result: parsed,
          changes: [
            {
              op: 'create',
              entity: 'visit',
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

    /**
     * An autosaved edit: writes the changed fields of a draft (or returned) visit and one `patch` mutation
     * naming exactly those fields. A patch that changes nothing writes nothing.
     */
    async update(ctx: MutationContext, id: string, patch: VisitPatch): Promise<Visit> {
      const { result } = await mutate(db, ctx, async () => {
        const row = await requireEditableVisit(db, id);
        const before = withoutBaseSeq(row);
        // Identity and review state are not the patch's to change, whatever the caller passed.
        const after = parseOrThrow(visitSchema, {
          ...before,
          ...patch,
          id,
          caseId: before.caseId,
          state: before.state,
        });
        const changes = patchChanges(before, after, Object.keys(patch) as (keyof VisitPatch)[]);
        if (Object.keys(changes).length === 0) return { result: before, changes: [] };
        return putVisitPatch(after, row.baseSeq, changes);
      });
      return result;
    },

    /**
     * Moves a visit along the review path (`checkVisitTransition`): submitting needs a complete record, its
     * incidents included.
     * Refused steps throw InvalidDataError with the codes that explain why.
     */
    async transition(ctx: MutationContext, id: string, to: VisitState, reason?: string): Promise<Visit> {
      const { result } = await mutate(db, ctx, async () => {
        const row = await db.visits.get(id);
        if (!row) throw new InvalidDataError(['visit.notFound']);
        const before = withoutBaseSeq(row);
        const incidents = (await db.incidents.where('visitId').equals(id).toArray()).map(withoutBaseSeq);
        const blockers = checkVisitTransition(before, to, incidents);
        if (blockers.length > 0) throw new InvalidDataError(blockers);
        const after: Visit = { ...before, state: to };
        return putVisitPatch(after, row.baseSeq, { state: { from: before.state, to } }, reason);
      });
      return result;
    },
  };
}

export type VisitRepository = ReturnType<typeof createVisitRepository>;
