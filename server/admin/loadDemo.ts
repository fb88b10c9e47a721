import { randomBytes } from 'node:crypto';
import { DEMO_COURT } from '../../shared/demo/demoCourt';
import { generateDemoCourt } from '../../shared/demo/generateDemoCourt';
import type { Sql } from '../db/Sql';
import { AdminError } from './AdminError';
import { createCourt, findCourt } from './createCourt';
import { createTeam, findTeam } from './createTeam';
import { createUser } from './createUser';
import { writeAdminCases } from './writeAdminCases';
import type { AdminCaseWriteResult } from './writeAdminCases';

export type DemoLoadResult = AdminCaseWriteResult & {
  usernames: string[];
  /** The password of every demo user created now (generated unless given). */
  password: string;
};

/**
 * Loads the demo court (shared/demo) into the server: court, teams, users (username = demo officer id,
 * one shared password) and cases marked isDemo. Refused on a server holding real cases. Idempotent: what
 * exists is kept.
 */
export async function loadDemo(
  sql: Sql,
  options: { seed: number | string; caseCount: number; now: Date; password?: string },
): Promise<DemoLoadResult> {
  const real = await sql.query(`SELECT 1 FROM case_record WHERE NOT (data->>'isDemo')::boolean LIMIT 1`);
  if (real.length > 0) throw new AdminError('admin.realCasesPresent');
  const demo = generateDemoCourt({ seed: options.seed, caseCount: options.caseCount, now: options.now });
  if (!(await findCourt(sql))) await createCourt(sql, { name: DEMO_COURT.name, code: DEMO_COURT.code });
  for (const team of demo.teams) {
    if (!(await findTeam(sql, team.id))) await createTeam(sql, { id: team.id, name: team.name });
  }
  const password = options.password ?? randomBytes(9).toString('base64url');
  const usernames: string[] = [];
  for (const officer of demo.officers) {
    const exists = await sql.query('SELECT 1 FROM app_user WHERE id = $1', [officer.id]);
    if (exists.length > 0) continue;
    await createUser(sql, {
      id: officer.id,
      username: officer.id,
      name: officer.name,
      role: officer.role === 'teamLead' ? 'team_lead' : 'officer',
      team: officer.teamId,
      password,
    });
    usernames.push(officer.id);
  }
  const written = await writeAdminCases(sql, demo.cases, options.now.toISOString());
  return { ...written, usernames, password };
}
