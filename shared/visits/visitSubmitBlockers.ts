import type { Incident } from './incident';
import { isNotBlank } from './isNotBlank';
import type { PersonPresent } from './personPresent';
import type { Visit } from './visit';
import type { VisitCode } from './visitMessages';

/**
 * Something that must be filled in before a visit can be submitted for review. `path` points at the field
 * (`enterprisePeople.1.name`; in an incident, `incidents.<incident id>.persons.0.name`). A blocker about one
 * row of a list names the row (`row`, counted from 0) and, in an incident, the incident (`incidentId`), so
 * the officer is told which row to complete.
 */
export type VisitSubmitBlocker = { code: VisitCode; path: string; row?: number; incidentId?: string };

/** The rows of a person list that have no name (whatever else was typed in them), by index. */
function unnamedRows(people: readonly PersonPresent[]): number[] {
  return people.flatMap((p, i) => (isNotBlank(p.name) ? [] : [i]));
}

/**
 * What stops a visit from being submitted: the draft schema lets these be empty while the officers work,
 * but a record sent for review must say where, until when, by whom, in what state, and what was found, and
 * every person it lists — present from the enterprise, or involved in one of its obstruction incidents —
 * needs a name (a row saved with only a role would otherwise reach the approved record as nobody).
 * `incidents` are the visit's incidents. An empty list means the visit may be submitted.
 */
export function visitSubmitBlockers(visit: Visit, incidents: readonly Incident[]): VisitSubmitBlocker[] {
  const blockers: VisitSubmitBlocker[] = [];
  if (visit.address.trim() === '') blockers.push({ code: 'visit.addressRequired', path: 'address' });
  if (visit.endedAt === null) blockers.push({ code: 'visit.endRequired', path: 'endedAt' });
  if (visit.officersPresent.length === 0)
    blockers.push({ code: 'visit.noOfficers', path: 'officersPresent' });
  if (visit.operatingState === null)
    blockers.push({ code: 'visit.operatingStateRequired', path: 'operatingState' });
  if (visit.findings.trim() === '') blockers.push({ code: 'visit.findingsRequired', path: 'findings' });
  for (const row of unnamedRows(visit.enterprisePeople)) {
    blockers.push({ code: 'visit.personNameRequired', path: `enterprisePeople.${row}.name`, row });
  }
  for (const incident of incidents) {
    for (const row of unnamedRows(incident.persons)) {
      blockers.push({
        code: 'incident.personNameRequired',
        path: `incidents.${incident.id}.persons.${row}.name`,
        row,
        incidentId: incident.id,
      });
    }
  }
  return blockers;
}
