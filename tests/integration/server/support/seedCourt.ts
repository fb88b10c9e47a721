import { createCourt } from '../../../../server/admin/createCourt';
import { createTeam } from '../../../../server/admin/createTeam';
import { createUser } from '../../../../server/admin/createUser';
import type { Sql } from '../../../../server/db/Sql';

export const TEST_PASSWORD = 'correct-horse-42';

/** A court with two teams and one user of each kind the tests need. */
export type SeededCourt = {
  teamA: string;
  teamB: string;
  users: { officerA1: string; officerA2: string; leadA: string; officerB1: string; admin: string };
};

/** Court, teams A and B, officers a1/a2 and lead in A, officer b1 in B, one administrator. */
export async function seedCourt(sql: Sql): Promise<SeededCourt> {
  await createCourt(sql, { name: '测试区人民法院', code: '内0203' });
  const teamA = (await createTeam(sql, { name: '执行一团队' })).id;
  const teamB = (await createTeam(sql, { name: '执行二团队' })).id;
  const user = async (username: string, role: 'officer' | 'team_lead' | 'admin', team: string | null) =>
    (await createUser(sql, { username, name: username, role, team, password: TEST_PASSWORD })).id;
  return {
    teamA,
    teamB,
    users: {
      officerA1: await user('a1', 'officer', teamA),
      officerA2: await user('a2', 'officer', teamA),
      leadA: await user('lead-a', 'team_lead', teamA),
      officerB1: await user('b1', 'officer', teamB),
      admin: await user('admin', 'admin', null),
    },
  };
}
