import type { DebtorCode } from '../debtor/debtorMessages';
import type { OfficerRef } from '../domain/case';
import type { IsoDate } from '../legalCalendar/calendarDate';
import type { Consent } from './consent';
import type { Grace, Instalment, PerformancePlan } from './performancePlan';

export type PlanRevision = {
  id: string;
  reason: string;
  agreedOn: IsoDate;
  startsOn: IsoDate;
  instalments: Instalment[];
  recordedBy: OfficerRef;
  /** Cases covered by the new version; the old version's when absent. */
  caseIds?: string[];
  conditions?: PerformancePlan['conditions'];
  graces?: Grace[];
  consents?: Consent[];
};

export type RevisePlanResult = { ok: true; plan: PerformancePlan } | { ok: false; code: DebtorCode };

/**
 * A new version of a plan with changed terms. The old plan is not touched: the new one names it in
 * `previousVersion` with the reason, so the history keeps every version the applicants agreed to. The
 * applicants agreed to the old terms, not these, so the new version starts with no consents unless given;
 * the caller parses the result with `performancePlanSchema`.
 */
export function revisePlan(old: PerformancePlan, revision: PlanRevision): RevisePlanResult {
  const reason = revision.reason.trim();
  if (reason.length === 0) return { ok: false, code: 'plan.revisionReasonRequired' };
  return {
    ok: true,
    plan: {
      id: revision.id,
      debtorKey: old.debtorKey,
      caseIds: revision.caseIds ?? [...old.caseIds],
      version: old.version + 1,
      previousVersion: { planId: old.id, reason },
      agreedOn: revision.agreedOn,
      startsOn: revision.startsOn,
      instalments: revision.instalments,
      graces: revision.graces ?? [],
      consents: revision.consents ?? [],
      conditions: revision.conditions ?? { ...old.conditions },
      recordedBy: revision.recordedBy,
    },
  };
}
