import { canTransition } from './canTransition';
import type { Incident } from './incident';
import type { Visit } from './visit';
import type { VisitCode } from './visitMessages';
import type { VisitState } from './visitState';
import { visitSubmitBlockers } from './visitSubmitBlockers';

/**
 * Why a visit cannot take the step to `to` now; empty when it can. Beyond the state machine, a record
 * going (back) to review must be complete (`visitSubmitBlockers`, over the visit and its `incidents`).
 * Opening an amendment is checked by `visitAmendmentSchema` (it needs a reason), not here.
 */
export function checkVisitTransition(
  visit: Visit,
  to: VisitState,
  incidents: readonly Incident[],
): VisitCode[] {
  if (!canTransition(visit.state, to)) return ['visit.transitionNotAllowed'];
  if (to === 'submitted' || to === 'resubmitted')
    // One code per kind of gap: two unnamed rows are one reason, not two.
    return [...new Set(visitSubmitBlockers(visit, incidents).map((b) => b.code))];
  return [];
}
