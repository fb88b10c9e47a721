import type { OfficerRef } from '../domain/case';
import type { CaseType } from '../domain/caseType';
import { demoOfficers } from './demoOfficers';
import type { DemoOfficer } from './demoOfficers';
import { demoTeams } from './demoTeams';
import type { Prng } from './prng';

export type CaseStaffing = { teamId: string; officers: OfficerRef[] };

function ref(o: DemoOfficer): OfficerRef {
  return { userId: o.id, name: o.name };
}

/**
 * Chooses the team and officers of a case: the team lead first, then one or two officers, sometimes the
 * clerk. The preservation team (the last) takes most preservation cases, the other teams most of the rest.
 */
export function createOfficerPicker(prng: Prng): (type: CaseType) => CaseStaffing {
  const teams = demoTeams.map((team) => {
    const members = demoOfficers.filter((o) => o.teamId === team.id);
    return {
      id: team.id,
      lead: ref(members.find((o) => o.id === team.leadId)!),
      officers: members.filter((o) => o.role === 'officer').map(ref),
      clerks: members.filter((o) => o.role === 'clerk').map(ref),
    };
  });
  const preservationTeam = teams.length - 1;
  return (type) => {
    const isPreservationTeam = prng.chance(type === 'preservation' ? 0.8 : 0.1);
    const team = teams[isPreservationTeam ? preservationTeam : prng.int(0, preservationTeam - 1)]!;
    const n = team.officers.length;
    const first = prng.int(0, n - 1);
    const officers = [team.lead, team.officers[first]!];
    if (prng.chance(0.5)) officers.push(team.officers[(first + prng.int(1, n - 1)) % n]!);
    if (prng.chance(0.25)) officers.push(...team.clerks);
    // Copies: a consumer editing one case's officer list must not edit every case's.
    return { teamId: team.id, officers: officers.map((o) => ({ ...o })) };
  };
}
