import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../server/app/buildServer';
import { inspectRoleSeparation } from '../../../server/db/inspectRoleSeparation';
import { openPostgresSql } from '../../../server/db/openPostgresSql';
import { openSql } from '../../../server/db/openSql';
import type { Sql } from '../../../server/db/Sql';
import { silentLogger } from '../../../server/log/logger';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgresCluster';
import { createCases } from './support/serverSuite';
import { seedCourt } from './support/seedCourt';
import { TestDevice } from './support/TestDevice';

/** Tables whose rows are evidence: the app role may only add to them. */
const APPEND_ONLY = [
  'entity_version',
  'mutation_log',
  'change_log',
  'user_access_history',
  'blob',
  'blob_content',
  'history_checkpoint',
];

/** The SQLSTATE a statement failed with, or null when it succeeded. */
const failure = (sql: Sql, statement: string) =>
  sql.query(statement).then(
    () => null,
    (e: { code?: string }) => e.code ?? 'no code',
  );

/** What the issue's attacker tried as the app's own role: every one must be refused. */
async function expectNoRewrite(app: Sql) {
  for (const table of APPEND_ONLY) {
    for (const statement of [
      `ALTER TABLE ${table} DISABLE TRIGGER USER`,
      `ALTER TABLE ${table} DISABLE TRIGGER ALL`,
      `DROP TRIGGER ${table === 'blob' ? 'blob_write_once' : table === 'blob_content' ? 'blob_content_write_once' : `${table}_append_only`} ON ${table}`,
      `UPDATE ${table} SET ${table === 'blob' || table === 'blob_content' ? 'sha256' : table === 'history_checkpoint' ? 'key_id' : table === 'user_access_history' ? 'role' : 'commit_seq'} = ${table === 'blob' || table === 'blob_content' ? 'sha256' : table === 'history_checkpoint' ? 'key_id' : table === 'user_access_history' ? 'role' : 'commit_seq'}`,
      `DELETE FROM ${table}`,
      `TRUNCATE ${table} CASCADE`,
      `ALTER TABLE ${table} RENAME TO ${table}_old`,
      `DROP TABLE ${table} CASCADE`,
    ]) {
      // 42501: insufficient privilege (not the owner / not granted) — refused before any row is touched.
      expect(await failure(app, statement), statement).toBe('42501');
    }
  }
  expect(await failure(app, 'CREATE TABLE entity_version_copy (x int)'), 'CREATE TABLE').toBe('42501');
  expect(
    await failure(
      app,
      `CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
    ),
  ).toBe('42501');
}

describe('two database roles on PostgreSQL 15', () => {
  let cluster: PostgresCluster;
  let app: Sql;
  let ownerUrl: string;
  let appUrl: string;

  beforeAll(async () => {
    cluster = startPostgresCluster();
    // What docs/operations.md has the court's IT administrator run as the postgres superuser.
    for (const statement of [
      'CREATE ROLE fieldwrit_owner LOGIN',
      'CREATE ROLE fieldwrit_app LOGIN',
      'CREATE DATABASE court OWNER fieldwrit_owner',
    ])
      cluster.runAsSuperuser(statement);
    cluster.runAsSuperuser('REVOKE ALL ON DATABASE court FROM PUBLIC', 'court');
    cluster.runAsSuperuser('GRANT CONNECT, TEMPORARY ON DATABASE court TO fieldwrit_app', 'court');
    ownerUrl = cluster.urlAs('fieldwrit_owner', 'court');
    appUrl = cluster.urlAs('fieldwrit_app', 'court');
    app = await openSql({ databaseUrl: appUrl, databaseOwnerUrl: ownerUrl, dataDir: '' }, silentLogger);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    cluster?.stop();
  });

  it('migrates as the owner and runs the server as a role that owns nothing', async () => {
    const tables = await app.query<{ owner: string }>(
      `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'`,
    );
    expect(tables).toEqual([{ owner: 'fieldwrit_owner' }]);
    expect(await inspectRoleSeparation(app)).toEqual({
      role: 'fieldwrit_app',
      isSuperuser: false,
      ownedTables: [],
      isSeparated: true,
    });
    // The one-role setup the issue found: the app's role owns the tables and could switch triggers off.
    const owner = openPostgresSql(ownerUrl, silentLogger, 1);
    try {
      expect(await inspectRoleSeparation(owner)).toMatchObject({ isSeparated: false });
      expect((await inspectRoleSeparation(owner)).ownedTables).toContain('entity_version');
    } finally {
      await owner.close();
    }
  });

  it('serves sync as the app role, which cannot disable, drop or bypass what keeps history append-only', async () => {
    const court = await seedCourt(app);
    const server = await buildServer({ sql: app });
    try {
      const { cases, commitSeq } = await createCases(app, court.teamA);
      const device = await TestDevice.login(server, 'a1');
      const pushed = await device.push([device.patch(cases[0]!.id, { notes: ['', '证据'] }, commitSeq)]);
      expect(pushed.body.results[0]!.status).toBe('applied');
      await device.push([device.patch(cases[0]!.id, { notes: ['', 'old'] }, commitSeq)], {
        protocolVersion: 0,
      });
      expect((await device.pullAll()).flatMap((p) => p.changes).length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
    await expectNoRewrite(app);
    expect(await failure(app, 'SET ROLE fieldwrit_owner')).toBe('42501');
    // Nothing above changed a row of history.
    expect(
      (await app.query<{ n: number }>('SELECT count(*)::int AS n FROM entity_version'))[0]!.n,
    ).toBeGreaterThan(1);
  });

  it('a second start (another server, a restart) migrates nothing and keeps the same grants', async () => {
    const again = await openSql(
      { databaseUrl: appUrl, databaseOwnerUrl: ownerUrl, dataDir: '' },
      silentLogger,
    );
    try {
      expect(await inspectRoleSeparation(again)).toMatchObject({ isSeparated: true });
      await expectNoRewrite(again);
    } finally {
      await again.close();
    }
    // The app role alone can open the migrated database too (DATABASE_OWNER_URL only needed for upgrades).
    const alone = await openSql({ databaseUrl: appUrl, dataDir: '' }, silentLogger);
    await alone.close();
  });
});

describe('the embedded database (PGlite) drops to a role without ownership after migrating', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fieldwrit-roles-'));
  let sql: Sql;
  beforeAll(async () => {
    sql = await openSql({ databaseUrl: null, dataDir }, silentLogger);
  }, 120_000);
  afterAll(async () => {
    await sql?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the server as fieldwrit_app, which cannot disable or drop the triggers', async () => {
    expect(await inspectRoleSeparation(sql)).toMatchObject({ role: 'fieldwrit_app', isSeparated: true });
    const court = await seedCourt(sql);
    const server = await buildServer({ sql });
    try {
      const { cases, commitSeq } = await createCases(sql, court.teamA);
      const device = await TestDevice.login(server, 'a1');
      const pushed = await device.push([device.patch(cases[0]!.id, { notes: ['', '证据'] }, commitSeq)]);
      expect(pushed.body.results[0]!.status).toBe('applied');
    } finally {
      await server.close();
    }
    await expectNoRewrite(sql);
    // The limit (docs/security.md): the session itself may go back to the superuser it started as.
    // Whoever can do that is caught by the signed checkpoints and the heads devices hold (evidence.test.ts).
    await sql.exec('RESET ROLE');
    expect(await inspectRoleSeparation(sql)).toMatchObject({ isSuperuser: true });
  });
});
