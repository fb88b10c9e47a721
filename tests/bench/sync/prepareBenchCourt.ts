import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTeam } from '../../../server/admin/createTeam';
import { createUser } from '../../../server/admin/createUser';
import { writeAdminCases } from '../../../server/admin/writeAdminCases';
import { migrate } from '../../../server/db/migrate';
import { openPgliteSql } from '../../../server/db/openPgliteSql';
import { openPostgresSql } from '../../../server/db/openPostgresSql';
import type { Sql } from '../../../server/db/Sql';
import { silentLogger } from '../../../server/log/logger';
import { startServerProcess } from '../../integration/server/support/serverProcess';
import type { ServerProcess } from '../../integration/server/support/serverProcess';
import { seedCourt, TEST_PASSWORD } from '../../integration/server/support/seedCourt';
import type { SeededCourt } from '../../integration/server/support/seedCourt';
import { makeCase } from '../../integration/server/support/testCases';
import { startPostgresCluster } from '../../support/postgresCluster';
import { inBatches } from './inBatches';
import { stopServer } from './stopServer';

export type BenchStorage = 'pglite' | 'postgres';

/** Sizes of the seeded court. */
export type BenchCourtSize = {
  /** Cases of team A: pushed to and pulled by the single-device benchmarks. */
  teamACases: number;
  /** The many-devices benchmark: teams of officers, each officer on their own device. */
  fleetTeams: number;
  officersPerFleetTeam: number;
  casesPerFleetTeam: number;
};

/** One officer of the fleet (a user of their own, password TEST_PASSWORD): their team and place in it. */
export type FleetOfficer = { username: string; teamIndex: number; indexInTeam: number };

export type BenchCourt = {
  storage: BenchStorage;
  url: string;
  server: ServerProcess;
  court: SeededCourt;
  fleet: FleetOfficer[];
  /** Case ids of each fleet team, in the order they were written. */
  fleetCaseIds: string[][];
  /** A small team of its own (a lead, an officer, one case) for the review-return latency. */
  latency: { lead: string; officer: string; caseId: string };
  stop: () => Promise<void>;
};

async function seed(sql: Sql, size: BenchCourtSize) {
  const court = await seedCourt(sql);
  await writeAdminCases(
    sql,
    Array.from({ length: size.teamACases }, () => makeCase(court.teamA)),
    new Date().toISOString(),
  );
  const fleet: FleetOfficer[] = [];
  const fleetCaseIds: string[][] = [];
  for (let t = 0; t < size.fleetTeams; t++) {
    const team = await createTeam(sql, { name: `压测执行${t + 1}团队` });
    const cases = Array.from({ length: size.casesPerFleetTeam }, () => makeCase(team.id));
    await writeAdminCases(sql, cases, new Date().toISOString());
    fleetCaseIds.push(cases.map((c) => c.id));
    for (let o = 0; o < size.officersPerFleetTeam; o++)
      fleet.push({ username: `fleet-${t + 1}-${o + 1}`, teamIndex: t, indexInTeam: o });
  }
  const latencyTeam = await createTeam(sql, { name: '时延测试团队' });
  const latencyCase = makeCase(latencyTeam.id);
  await writeAdminCases(sql, [latencyCase], new Date().toISOString());
  const latency = { lead: 'latency-lead', officer: 'latency-officer', caseId: latencyCase.id };
  for (const [username, role] of [
    [latency.lead, 'team_lead'],
    [latency.officer, 'officer'],
  ] as const)
    await createUser(sql, { username, name: username, role, team: '时延测试团队', password: TEST_PASSWORD });
  // Argon2id hashing dominates user creation; a few at a time keeps both cores busy.
  await inBatches(fleet, 4, (o) =>
    createUser(sql, {
      username: o.username,
      name: o.username,
      role: 'officer',
      team: `压测执行${o.teamIndex + 1}团队`,
      password: TEST_PASSWORD,
    }),
  );
  return { court, fleet, fleetCaseIds, latency };
}

/** A seeded storage whose court server has not started yet. */
export type PreparedCourt = {
  storage: BenchStorage;
  /** Starts the court server over the seeded storage; its `stop` also removes the storage. */
  start: () => Promise<BenchCourt>;
  /** Removes the storage of a court that was never started. */
  discard: () => Promise<void>;
};

/**
 * A fresh storage, seeded before any court server runs on it: embedded PGlite in a temporary data folder
 * (the folder is locked by whoever has it open, so the seed runs first and closes it), or a throwaway
 * PostgreSQL 15 cluster (the test cluster: fsync off, so its write figures are an upper bound for a
 * production cluster). Both storages can be prepared at once, before anything is measured.
 * `serverEnv` is added to the server's environment (e.g. NODE_OPTIONS=--import a profiler preload).
 */
export async function prepareBenchCourt(
  storage: BenchStorage,
  size: BenchCourtSize,
  serverEnv: Record<string, string> = {},
): Promise<PreparedCourt> {
  let env: Record<string, string>;
  let remove: () => void;
  let sql: Sql;
  if (storage === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'fieldwrit-bench-court-'));
    env = { FIELDWRIT_DATA_DIR: dataDir };
    remove = () => rmSync(dataDir, { recursive: true, force: true });
    sql = await openPgliteSql(dataDir);
  } else {
    const cluster = startPostgresCluster();
    env = { DATABASE_URL: cluster.url };
    remove = () => cluster.stop();
    sql = openPostgresSql(cluster.url, silentLogger);
  }
  let seeded: Awaited<ReturnType<typeof seed>>;
  try {
    await migrate(sql);
    seeded = await seed(sql, size);
  } catch (error) {
    await sql.close();
    remove();
    throw error;
  }
  await sql.close();
  return {
    storage,
    discard: async () => remove(),
    start: async () => {
      const server = await startServerProcess({ ...serverEnv, ...env });
      return {
        storage,
        url: server.url,
        server,
        ...seeded,
        stop: async () => {
          await stopServer(server);
          remove();
        },
      };
    },
  };
}
