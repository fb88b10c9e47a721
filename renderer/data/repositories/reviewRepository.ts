import type { OfficerRef } from '../../../shared/domain/case';
import type { Json } from '../../../shared/sync/mutation';
import { setFieldPath } from '../../../shared/sync/setFieldPath';
import type { ChecklistOverride } from '../../../shared/visits/checklistOverride';
import { visitSchema, type Visit } from '../../../shared/visits/visit';
import { visitAmendmentSchema, type VisitAmendment } from '../../../shared/visits/visitAmendment';
import { visitReviewSchema, type ReviewComment, type VisitReview } from '../../../shared/visits/visitReview';
import { visitSubmitBlockers } from '../../../shared/visits/visitSubmitBlockers';
import type { FieldWritDb } from '../db';
import { InvalidDataError } from '../errors';
import { mutate } from '../outbox/mutate';
import type { MutationContext } from '../outbox/MutationContext';
import type { PendingChange } from '../outbox/PendingChange';
import { createChanges, parseOrThrow, withoutBaseSeq } from './visitRecordChanges';

/** A state step of a visit, as the outbox carries it: one field, checked again by the server. */
function stateChange(visit: Visit, baseSeq: number | null, to: Visit['state']): PendingChange {
  return {
    op: 'patch',
    entity: 'visit',
    entityId: visit.id,
    caseId: visit.caseId,
    baseSeq,
    changes: { state: { from: visit.state, to } },
  };
}

const byTime = <T extends { reviewedAt?: string; openedAt?: string }>(a: T, b: T) =>
  Date.parse(a.reviewedAt ?? a.openedAt ?? '') - Date.parse(b.reviewedAt ?? b.openedAt ?? '');

/**
 * The team lead's review of visit logs and the amendments 补正 to approved ones. A decision and the visit's
 * state step are written in ONE transaction (one txId), so the server applies both or neither; the server
 * re-checks the role and the state. Reviews are written once; amendments change only by their decision.
 */
export function createReviewRepository(db: FieldWritDb) {
  async function requireVisit(visitId: string) {
    const row = await db.visits.get(visitId);
    if (!row) throw new InvalidDataError(['visit.notFound']);
    return row;
  }

  return {
    /** The review decisions on a visit, oldest first. */
    async reviewsFor(visitId: string): Promise<VisitReview[]> {
      return (await db.reviews.where('visitId').equals(visitId).toArray()).map(withoutBaseSeq).sort(byTime);
    },

    /** The amendments of a visit, oldest first. */
    async amendmentsFor(visitId: string): Promise<VisitAmendment[]> {
      return (await db.amendments.where('visitId').equals(visitId).toArray())
        .map(withoutBaseSeq)
        .sort(byTime);
    },

    /** Visits waiting for the lead: submitted, resubmitted, or approved with an amendment pending. */
    async queue(): Promise<Visit[]> {
      const rows = await db.visits.where('state').anyOf('submitted', 'resubmitted', 'amended').toArray();
      return rows.map(withoutBaseSeq).sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
    },

    /**
     * Approves a submitted visit or returns it with comments (at least one when returning). Stores the
     * visit as reviewed, so a resubmission can show what changed since. An approval given with unmet
     * legal-sufficiency checks carries `checklistOverride` (which checks, and why); its reason also goes
     * with the visit's state step, so the visit's own history shows why it was approved as it stood.
     */
    async decide(
      ctx: MutationContext,
      input: {
        id: string;
        visitId: string;
        decision: VisitReview['decision'];
        reviewer: OfficerRef;
        reviewedAt: string;
        comments: ReviewComment[];
        checklistOverride?: ChecklistOverride;
      },
    ): Promise<VisitReview> {
      const { result } = await mutate(db, ctx, async () => {
        const row = await requireVisit(input.visitId);
        if (row.state !== 'submitted' && row.state !== 'resubmitted')
          throw new InvalidDataError(['visit.reviewStateMismatch']);
        const visit = withoutBaseSeq(row);
        const { checklistOverride, ...decision } = input;
        const review = parseOrThrow(visitReviewSchema, {
          ...decision,
          ...(checklistOverride ? { checklistOverride } : {}),
          caseId: visit.caseId,
          visitSnapshot: visit as unknown as Record<string, Json>,
        });
        await db.reviews.add({ ...review, baseSeq: null });
        await db.visits.put({ ...row, state: input.decision });
        return {
          result: review,
          changes: [
            {
              op: 'create',
              entity: 'visitReview',
              entityId: review.id,
              caseId: review.caseId,
              baseSeq: null,
              changes: createChanges(review),
            },
            {
              ...stateChange(visit, row.baseSeq, input.decision),
              ...(review.checklistOverride ? { reason: review.checklistOverride.reason } : {}),
            },
          ],
        };
      });
      return result;
    },

    /**
     * Proposes changes to an approved visit: an amendment with its reason and the exact field changes, and
     * the visit back into review (`amended`). The approved content stays as it was until the lead accepts.
     */
    async openAmendment(
      ctx: MutationContext,
      input: {
        id: string;
        visitId: string;
        openedAt: string;
        reason: string;
        proposed: Record<string, Json>;
      },
    ): Promise<VisitAmendment> {
      const { result } = await mutate(db, ctx, async () => {
        const row = await requireVisit(input.visitId);
        if (row.state !== 'approved') throw new InvalidDataError(['visit.transitionNotAllowed']);
        const visit = withoutBaseSeq(row) as unknown as Record<string, Json>;
        const changes: VisitAmendment['changes'] = {};
        for (const [path, to] of Object.entries(input.proposed)) {
          const from = path
            .split('.')
            .reduce<Json>((v, k) => (v as Record<string, Json> | null)?.[k] ?? null, visit);
          if (JSON.stringify(from) !== JSON.stringify(to)) changes[path] = { from, to };
        }
        if (Object.keys(changes).length === 0) throw new InvalidDataError(['visit.amendmentEmpty']);
        let next = visit;
        for (const [path, c] of Object.entries(changes)) next = setFieldPath(next, path, c.to);
        // The proposal must itself be a valid record, as complete as the one approved (no blank address, no
        // person without a name), or the lead could only reject it.
        const proposedVisit = parseOrThrow(visitSchema, next);
        const blockers = visitSubmitBlockers(proposedVisit, []);
        if (blockers.length > 0) throw new InvalidDataError([...new Set(blockers.map((b) => b.code))]);
        const amendment = parseOrThrow(visitAmendmentSchema, {
          id: input.id,
          visitId: row.id,
          caseId: row.caseId,
          openedBy: ctx.userId,
          openedAt: input.openedAt,
          reason: input.reason,
          changes,
          decision: 'pending',
          decidedBy: null,
          decidedAt: null,
          reviewComment: '',
        });
        await db.amendments.add({ ...amendment, baseSeq: null });
        await db.visits.put({ ...row, state: 'amended' });
        return {
          result: amendment,
          changes: [
            {
              op: 'create',
              entity: 'visitAmendment',
              entityId: amendment.id,
              caseId: amendment.caseId,
              baseSeq: null,
              changes: createChanges(amendment),
            },
            stateChange(withoutBaseSeq(row), row.baseSeq, 'amended'),
          ],
        };
      });
      return result;
    },

    /**
     * The lead's decision on a pending amendment. Accepted: the visit takes the proposed values (the server
     * writes the same into its record in the same commit). Either way the visit is approved again and the
     * amendment stays visible with its decision.
     */
    async decideAmendment(
      ctx: MutationContext,
      input: { amendmentId: string; decision: 'accepted' | 'rejected'; decidedAt: string; comment: string },
    ): Promise<VisitAmendment> {
      const { result } = await mutate(db, ctx, async () => {
        const arow = await db.amendments.get(input.amendmentId);
        if (!arow) throw new InvalidDataError(['visit.notFound']);
        if (arow.decision !== 'pending') throw new InvalidDataError(['visit.reviewImmutable']);
        const row = await requireVisit(arow.visitId);
        if (row.state !== 'amended') throw new InvalidDataError(['visit.transitionNotAllowed']);
        const decided = parseOrThrow(visitAmendmentSchema, {
          ...withoutBaseSeq(arow),
          decision: input.decision,
          decidedBy: ctx.userId,
          decidedAt: input.decidedAt,
          reviewComment: input.comment,
        });
        await db.amendments.put({ ...decided, baseSeq: arow.baseSeq });
        let visit = withoutBaseSeq(row) as unknown as Record<string, Json>;
        if (input.decision === 'accepted')
          for (const [path, c] of Object.entries(decided.changes)) visit = setFieldPath(visit, path, c.to);
        const nextVisit = parseOrThrow(visitSchema, { ...visit, state: 'approved' });
        await db.visits.put({ ...nextVisit, baseSeq: row.baseSeq });
        return {
          result: decided,
          changes: [
            {
              op: 'patch',
              entity: 'visitAmendment',
              entityId: decided.id,
              caseId: decided.caseId,
              baseSeq: arow.baseSeq,
              changes: {
                decision: { from: 'pending', to: decided.decision },
                decidedBy: { from: null, to: decided.decidedBy },
                decidedAt: { from: null, to: decided.decidedAt },
                reviewComment: { from: arow.reviewComment, to: decided.reviewComment },
              },
            },
            stateChange(withoutBaseSeq(row), row.baseSeq, 'approved'),
          ],
        };
      });
      return result;
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
