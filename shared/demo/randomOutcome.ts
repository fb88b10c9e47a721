import type { CaseStatus } from '../domain/caseStatus';
import type { CaseType } from '../domain/caseType';
import type { ClosingMode } from '../domain/closingMode';
import { unreachable } from '../util/assert';
import { calendarDays } from './calendarDays';
import type { Prng } from './prng';

export type Outcome = {
  status: CaseStatus;
  closingMode: ClosingMode | null;
  acceptedDay: number;
  closedDay: number | null;
  /** Share of the claim recovered so far, in [0, 1]. */
  recoveredShare: number;
};

/** How closed enforcement cases end: 终本 is the most frequent, as in court statistics. */
const ENFORCEMENT_CLOSINGS = [
  ['terminated_this_round', 45],
  ['fully_performed', 30],
  ['settlement', 15],
  ['terminated', 10],
] as const;
/** A preservation case closes once the measure is carried out, or ends when the applicant withdraws. */
const PRESERVATION_CLOSINGS = [
  ['fully_performed', 90],
  ['terminated', 10],
] as const;

/** Days from acceptance to closing: [median, sigma, min, max]. 终本 needs a finished property search first. */
type DurationShape = readonly [median: number, sigma: number, min: number, max: number];
const DAYS_TO_CLOSE: Record<'enforcement' | 'preservation', Record<ClosingMode, DurationShape>> = {
  enforcement: {
    fully_performed: [45, 0.8, 3, 300],
    settlement: [60, 0.7, 7, 300],
    terminated_this_round: [130, 0.25, 60, 200],
    terminated: [90, 0.6, 10, 300],
  },
  preservation: {
    fully_performed: [5, 0.7, 0, 30],
    settlement: [10, 0.5, 1, 30],
    terminated_this_round: [10, 0.5, 1, 30],
    terminated: [10, 0.7, 1, 60],
  },
};

function partial(prng: Prng, probabilityOfNothing: number, max: number): number {
  return prng.chance(probabilityOfNothing) ? 0 : max * prng.next();
}

function closedRecoveredShare(prng: Prng, mode: ClosingMode): number {
  switch (mode) {
    case 'fully_performed':
      return 1;
    case 'settlement':
      return 0.5 + 0.45 * prng.next();
    case 'terminated_this_round':
      return partial(prng, 0.7, 0.3);
    case 'terminated':
      return partial(prng, 0.6, 0.5);
    default:
      return unreachable(mode);
  }
}

/**
 * Status, dates and recovery of one case accepted within the last `windowDays` before `today`. Closed cases
 * draw their duration first and are then placed so that they closed by today; open cases are spread evenly
 * over the window, and those accepted in the last fortnight are mostly not yet being worked.
 */
export function randomOutcome(
  prng: Prng,
  type: CaseType,
  isClosed: boolean,
  today: number,
  windowDays: number,
): Outcome {
  const isPreservation = type === 'preservation';
  if (isClosed) {
    const mode = prng.weighted(isPreservation ? PRESERVATION_CLOSINGS : ENFORCEMENT_CLOSINGS);
    const [median, sigma, min, max] = DAYS_TO_CLOSE[isPreservation ? 'preservation' : 'enforcement'][mode];
    let duration = Math.round(prng.logNormal(median, sigma, min, max));
    if (duration >= windowDays) duration = Math.floor(prng.next() * windowDays);
    const acceptedDay = calendarDays.weekdayOnOrBefore(
      today - duration - prng.int(0, windowDays - 1 - duration),
    );
    // acceptedDay is a weekday, so moving a weekend closing back to Friday keeps it on or after acceptance.
    const closedDay = calendarDays.weekdayOnOrBefore(acceptedDay + duration);
    return {
      status: 'closed',
      closingMode: mode,
      acceptedDay,
      closedDay,
      recoveredShare: isPreservation ? 0 : closedRecoveredShare(prng, mode),
    };
  }
  const age = prng.int(0, windowDays - 1);
  const acceptedDay = calendarDays.weekdayOnOrBefore(today - age);
  const status: CaseStatus =
    (age <= 14 && prng.chance(0.7)) || prng.chance(0.02)
      ? 'accepted'
      : prng.chance(0.07)
        ? 'suspended'
        : 'enforcing';
  const recoveredShare =
    isPreservation || status === 'accepted'
      ? 0
      : status === 'suspended'
        ? partial(prng, 0.85, 0.4)
        : partial(prng, 0.7, 0.7);
  return { status, closingMode: null, acceptedDay, closedDay: null, recoveredShare };
}
