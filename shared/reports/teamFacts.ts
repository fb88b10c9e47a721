import type { Case, OfficerRef } from '../domain/case';
import type { VisitState } from '../visits/visitState';

/** What the team figures need of a case. */
export type CaseFact = Pick<Case, 'type' | 'acceptedOn' | 'closedOn' | 'closingMode' | 'recoveredFen'>;

/** What the team figures need of a visit: `startedAt` is an ISO instant with offset. */
export type VisitFact = { state: VisitState; startedAt: string; officersPresent: readonly OfficerRef[] };

/** What the team figures need of a possible asset transfer flag: when carry-forward raised it (ISO instant). */
export type TransferFlagFact = { flaggedAt: string };

/**
 * Everything on the device a team lead's dashboard is computed from: plain data, read once, so that
 * switching the period recomputes in memory instead of reading the database again.
 */
export type TeamFacts = {
  cases: readonly CaseFact[];
  visits: readonly VisitFact[];
  transferFlags: readonly TransferFlagFact[];
  /** Conflicts still open (the device mirrors only open ones). */
  openConflicts: number;
};
