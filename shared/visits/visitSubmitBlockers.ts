import type { Visit } from './visit';
import type { VisitCode } from './visitMessages';

/** Something that must be filled in before a visit can be submitted for review. */
export type VisitSubmitBlocker = { code: VisitCode; path: string };

/**
 * What stops a visit from being submitted: the draft schema lets these be empty while the officers work,
 * but a record sent for review must say where, until when, by whom, in what state, and what was found.
 * An empty list means the visit may be submitted.
 */
export function visitSubmitBlockers(visit: Visit): VisitSubmitBlocker[] {
  const blockers: VisitSubmitBlocker[] = [];
  if (visit.address.trim() === '') blockers.push({ code: 'visit.addressRequired', path: 'address' });
  if (visit.endedAt === null) blockers.push({ code: 'visit.endRequired', path: 'endedAt' });
  if (visit.officersPresent.length === 0)
    blockers.push({ code: 'visit.noOfficers', path: 'officersPresent' });
  if (visit.operatingState === null)
    blockers.push({ code: 'visit.operatingStateRequired', path: 'operatingState' });
  if (visit.findings.trim() === '') blockers.push({ code: 'visit.findingsRequired', path: 'findings' });
  return blockers;
}
