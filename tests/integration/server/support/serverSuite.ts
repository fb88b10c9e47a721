import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Case } from '../../../../shared/domain/case';
import { writeAdminCases } from '../../../../server/admin/writeAdminCases';
import { buildServer } from '../../../../server/app/buildServer';
import type { Sql } from '../../../../server/db/Sql';
import { ephemeralKeyRing } from '../../../../server/history/signing/ephemeralKeyRing';
import type { SigningKeyRing } from '../../../../server/history/signing/SigningKeyRing';
import type { Clock } from '../../../../server/util/Clock';
import { makeCase } from './testCases';
import { openTestStorage } from './testStorage';
import type { StorageKind, TestStorage } from './testStorage';
import { seedCourt } from './seedCourt';
import type { SeededCourt } from './seedCourt';

/** What a server test suite works with; filled in by beforeAll. */
export type SuiteContext = {
  storage: TestStorage;
  sql: Sql;
  app: FastifyInstance;
  court: SeededCourt;
  /** Test-controlled time, for token expiry and throttling. */
  now: { ms: number };
  /** The server's signing keys: a test signs a checkpoint as the server's timer would. */
  signingKeys: SigningKeyRing;
};

/**
 * Opens one storage of `kind` for the whole describe block (PGlite takes seconds to open), seeds a court
 * and builds the server with a controllable clock. Tests create their own cases so they stay independent.
 */
export function useServerSuite(kind: StorageKind): SuiteContext {
  const ctx = { now: { ms: Date.now() } } as SuiteContext;
  beforeAll(async () => {
    ctx.storage = await openTestStorage(kind);
    ctx.sql = ctx.storage.sql;
    ctx.court = await seedCourt(ctx.sql);
    const clock: Clock = () => ctx.now.ms;
    ctx.signingKeys = ephemeralKeyRing(new Date(ctx.now.ms).toISOString());
    ctx.app = await buildServer({ sql: ctx.sql, clock, signingKeys: ctx.signingKeys });
  }, 120_000);
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.storage?.close();
  });
  return ctx;
}

/** Writes cases as the administrator's import does and returns them with their commit sequence. */
export async function createCases(
  sql: Sql,
  teamId: string,
  count = 1,
  overrides: Partial<Case> = {},
): Promise<{ cases: Case[]; commitSeq: number }> {
  const cases = Array.from({ length: count }, () => makeCase(teamId, overrides));
  await writeAdminCases(sql, cases, new Date().toISOString());
  const rows = await sql.query<{ commit_seq: number }>('SELECT commit_seq FROM case_record WHERE id = $1', [
    cases[0]!.id,
  ]);
  return { cases, commitSeq: rows[0]!.commit_seq };
}

/** The committed state of a case row. */
export async function readCase(sql: Sql, id: string) {
  const rows = await sql.query<{
    data: Record<string, unknown>;
    version: number;
    deleted_at: Date | null;
    field_seq: Record<string, number>;
  }>('SELECT data, version, deleted_at, field_seq FROM case_record WHERE id = $1', [id]);
  return rows[0]!;
}

/** Number of rows of a table (optionally filtered by a WHERE clause with $1). */
export async function countRows(
  sql: Sql,
  table: string,
  where = 'TRUE',
  params: unknown[] = [],
): Promise<number> {
  const rows = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
    params,
  );
  return rows[0]!.n;
}
