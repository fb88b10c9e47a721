import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoginResponse } from '../../../shared/auth/authProtocol';
import { uuidv7 } from '../../../shared/ids/uuidv7';
import type { Mutation } from '../../../shared/sync/mutation';
import type { PushResponse } from '../../../shared/sync/protocol';
import { migrate } from '../../../server/db/migrate';
import { openPgliteSql } from '../../../server/db/openPgliteSql';
import { openPostgresSql } from '../../../server/db/openPostgresSql';
import type { Sql } from '../../../server/db/Sql';
import { silentLogger } from '../../../server/log/logger';
import { verifyVersionChain } from '../../../server/sync/chain/verifyVersionChain';
import { startPostgresCluster } from '../../support/postgresCluster';
import type { PostgresCluster } from '../../support/postgresCluster';
import { startDroppingProxy } from './support/droppingProxy';
import { postJson } from './support/httpJson';
import { createCases } from './support/serverSuite';
import { seedCourt, TEST_PASSWORD } from './support/seedCourt';
import { killHard, startServerProcess } from './support/serverProcess';
import type { ServerProcess } from './support/serverProcess';

/**
 * This harness pushes and re-pushes batches as fast as the network allows, far above a real device; the
 * rate limits have their own tests (limitsQuota.test.ts), so here they are raised out of the way.
 */
function faultEnv(env: Record<string, string>): Record<string, string> {
  return { ...env, FIELDWRIT_RATE_LIMITS: 'push=100000,pull=100000,refresh=100000' };
}

const MUTATIONS = 1000;
const BATCH = 10;
const KILLS = 10;
const CASES = 10;

type Storage = {
  env: Record<string, string>;
  openForCheck: () => Promise<Sql>;
  cleanup: () => Promise<void>;
};

/** Prepares a storage with a seeded court, outside the server process, and says how to reach it. */
async function prepare(
  kind: 'postgres' | 'pglite',
): Promise<Storage & { caseIds: string[]; baseSeq: number }> {
  let sql: Sql;
  let cluster: PostgresCluster | null = null;
  let dataDir: string | null = null;
  if (kind === 'postgres') {
    cluster = startPostgresCluster();
    sql = openPostgresSql(cluster.url, silentLogger);
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'fieldwrit-fault-'));
    sql = await openPgliteSql(dataDir);
  }
  await migrate(sql);
  const court = await seedCourt(sql);
  const { cases, commitSeq } = await createCases(sql, court.teamA, CASES);
  await sql.close();
  return {
    caseIds: cases.map((c) => c.id),
    baseSeq: commitSeq,
    env: cluster ? { DATABASE_URL: cluster.url } : { FIELDWRIT_DATA_DIR: dataDir! },
    openForCheck: async () =>
      cluster ? openPostgresSql(cluster.url, silentLogger) : openPgliteSql(dataDir!),
    cleanup: async () => {
      cluster?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The officer's outbox: MUTATIONS edits of the notes of CASES cases, in order, each a distinct value. */
function buildOutbox(session: LoginResponse, caseIds: string[], baseSeq: number): Mutation[] {
  return Array.from({ length: MUTATIONS }, (_, i) => {
    const caseId = caseIds[i % caseIds.length]!;
    return {
      mutationId: uuidv7(Date.now(), randomBytes(10)),
      clientSeq: i + 1,
      txId: uuidv7(Date.now(), randomBytes(10)),
      deviceId: session.deviceId,
      authorUserId: session.user.id,
      deviceTime: new Date().toISOString(),
      op: 'patch',
      entity: 'case',
      entityId: caseId,
      caseId,
      baseSeq,
      changes: { notes: { from: i < caseIds.length ? '' : `m${i + 1 - caseIds.length}`, to: `m${i + 1}` } },
    };
  });
}

/**
 * A client that does what the app's sync engine does: push the outbox in batches, oldest first, and on any
 * failure (connection refused or reset, timeout, 5xx) resend the same batch. A mutation the server
 * acknowledged leaves the outbox for good (the app deletes it) and is never sent again, so the server
 * cannot hide a lost commit behind a resend: the client keeps its own record of what was acknowledged and
 * fails on any answer that contradicts it — a sequence behind what was acknowledged or a gap before the
 * batch (an acknowledged commit lost, e.g. by a restart), results that are not the batch's, or a
 * duplicate of a batch never sent before. Returns what the server acknowledged.
 */
async function pushEverything(baseUrl: () => Promise<string>, session: LoginResponse, outbox: Mutation[]) {
  const acknowledged = new Set<string>();
  /** The highest clientSeq the server has acknowledged: everything up to it has left the outbox. */
  let acknowledgedThrough = 0;
  let duplicates = 0;
  let failures = 0;
  let pending = outbox;
  let isResend = false;
  while (pending.length > 0) {
    const batch = pending.slice(0, BATCH);
    let answer: { status: number; body: PushResponse };
    try {
      answer = await postJson<PushResponse>(
        await baseUrl(),
        '/sync/v1/push',
        {
          protocolVersion: 1,
          schemaVersion: 1,
          appVersion: 'fault-test',
          deviceId: session.deviceId,
          mutations: batch,
        },
        session.accessToken,
        10_000,
      );
    } catch {
      failures++;
      isResend = true;
      await sleep(20);
      continue;
    }
    if (answer.status >= 500) {
      failures++;
      isResend = true;
      await sleep(50);
      continue;
    }
    expect(answer.status).toBe(200);
    const { lastProcessedClientSeq, results, gap } = answer.body;
    const where = `pushing ${batch[0]!.clientSeq}–${batch.at(-1)!.clientSeq}, acknowledged through ${acknowledgedThrough}`;
    expect(gap, `${where}: the server asks again for mutations it acknowledged`).toBeUndefined();
    expect(
      lastProcessedClientSeq,
      `${where}: the server went back behind what it acknowledged`,
    ).toBeGreaterThanOrEqual(acknowledgedThrough);
    expect(lastProcessedClientSeq, `${where}: the server processed exactly this batch`).toBe(
      batch.at(-1)!.clientSeq,
    );
    expect(
      results.map((r) => [r.clientSeq, r.mutationId]),
      `${where}: one result per mutation of the batch`,
    ).toEqual(batch.map((m) => [m.clientSeq, m.mutationId]));
    for (const r of results) {
      expect(['applied', 'duplicate']).toContain(r.status);
      if (r.status === 'duplicate') {
        duplicates++;
        expect(isResend, `${where}: ${r.clientSeq} is a duplicate although never sent before`).toBe(true);
        expect(r.isMismatch).toBe(false);
        expect(r.original?.status).toBe('applied');
      }
      acknowledged.add(r.mutationId);
    }
    // Acknowledged: out of the outbox, never sent again.
    acknowledgedThrough = lastProcessedClientSeq;
    pending = pending.slice(batch.length);
    isResend = false;
  }
  return { acknowledged, duplicates, failures };
}

async function loginVia(baseUrl: () => Promise<string>, username: string): Promise<LoginResponse> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const answer = await postJson<LoginResponse>(await baseUrl(), '/auth/v1/login', {
        username,
        password: TEST_PASSWORD,
        deviceName: 'fault test',
      });
      if (answer.status === 200) return answer.body;
    } catch {
      // The server is being restarted: try again.
    }
    await sleep(100);
  }
  throw new Error('could not sign in');
}

/** Every acknowledged mutation is in the log exactly once, was applied exactly once, and the state shows it. */
async function verifyExactlyOnce(
  sql: Sql,
  session: LoginResponse,
  outbox: Mutation[],
  acknowledged: Set<string>,
  caseIds: string[],
) {
  expect(acknowledged.size).toBe(MUTATIONS);
  const logged = await sql.query<{ client_seq: number; mutation_id: string; status: string }>(
    'SELECT client_seq, mutation_id, status FROM mutation_log WHERE device_id = $1 ORDER BY client_seq',
    [session.deviceId],
  );
  expect(logged.map((r) => r.client_seq)).toEqual(outbox.map((m) => m.clientSeq));
  expect(logged.map((r) => r.mutation_id)).toEqual(outbox.map((m) => m.mutationId));
  expect(new Set(logged.map((r) => r.status))).toEqual(new Set(['applied']));
  const versions = await sql.query<{ mutation_id: string }>(
    'SELECT mutation_id FROM entity_version WHERE device_id = $1',
    [session.deviceId],
  );
  expect(versions).toHaveLength(MUTATIONS);
  expect(new Set(versions.map((v) => v.mutation_id))).toEqual(new Set(outbox.map((m) => m.mutationId)));
  const [device] = await sql.query<{ last_processed_client_seq: number }>(
    'SELECT last_processed_client_seq FROM device WHERE id = $1',
    [session.deviceId],
  );
  expect(device!.last_processed_client_seq).toBe(MUTATIONS);
  for (const [index, id] of caseIds.entries()) {
    const [row] = await sql.query<{ data: { notes: string } }>('SELECT data FROM case_record WHERE id = $1', [
      id,
    ]);
    expect(row!.data.notes).toBe(`m${MUTATIONS - caseIds.length + index + 1}`);
    expect((await verifyVersionChain(sql, 'case', id)).isIntact).toBe(true);
  }
}

describe.each(['postgres', 'pglite'] as const)(
  'no acknowledged edit is lost or applied twice (%s server process)',
  (kind) => {
    let storage: Awaited<ReturnType<typeof prepare>>;
    beforeAll(async () => {
      storage = await prepare(kind);
    }, 120_000);
    afterAll(async () => {
      await storage?.cleanup();
    });

    it(`survives ${KILLS} SIGKILLs of the server while 1,000 mutations are pushed`, async () => {
      let current: Promise<ServerProcess> = startServerProcess(faultEnv(storage.env));
      const baseUrl = async () => (await current).url;
      const session = await loginVia(baseUrl, 'a1');
      const outbox = buildOutbox(session, storage.caseIds, storage.baseSeq);
      let kills = 0;
      let isAborted = false;
      const killer = (async () => {
        while (kills < KILLS && !isAborted) {
          const server = await current;
          await sleep(50 + Math.random() * 250);
          await killHard(server);
          kills++;
          if (!isAborted) current = startServerProcess(faultEnv(storage.env));
        }
      })();
      let result: Awaited<ReturnType<typeof pushEverything>>;
      try {
        result = await pushEverything(baseUrl, session, outbox);
      } catch (error) {
        // A failed check ends the test: stop killing and leave no server holding the storage.
        isAborted = true;
        await killer.catch(() => undefined);
        await killHard(await current);
        throw error;
      }
      await killer;
      const last = await current;
      last.child.kill('SIGTERM');
      await new Promise((resolve) => last.child.once('exit', resolve));

      expect(kills).toBeGreaterThanOrEqual(KILLS);
      expect(result.failures).toBeGreaterThan(0);
      const sql = await storage.openForCheck();
      try {
        await verifyExactlyOnce(sql, session, outbox, result.acknowledged, storage.caseIds);
      } finally {
        await sql.close();
      }
      console.info(
        `[${kind}] kills=${kills} failed requests=${result.failures} duplicates=${result.duplicates}`,
      );
    }, 240_000);

    it('survives responses lost mid-way: the retried batch is answered as duplicate, never applied twice', async () => {
      const server = await startServerProcess(faultEnv(storage.env));
      // Every third connection reaches the server in full but its answer is cut off.
      const proxy = await startDroppingProxy(new URL(server.url), (n) => n % 3 === 0);
      try {
        const session = await loginVia(async () => server.url, 'a2');
        // This officer has synced everything so far: the server's head is the base of all their edits.
        const health = (await (await fetch(`${server.url}/health`)).json()) as { commitSeq: number };
        const outbox = buildOutbox(session, storage.caseIds, health.commitSeq);
        const result = await pushEverything(async () => proxy.url, session, outbox);
        expect(proxy.dropped()).toBeGreaterThan(10);
        expect(result.duplicates).toBeGreaterThan(0);
        server.child.kill('SIGTERM');
        await new Promise((resolve) => server.child.once('exit', resolve));
        const sql = await storage.openForCheck();
        try {
          await verifyExactlyOnce(sql, session, outbox, result.acknowledged, storage.caseIds);
        } finally {
          await sql.close();
        }
        console.info(`[${kind}] dropped responses=${proxy.dropped()} duplicates=${result.duplicates}`);
      } finally {
        await proxy.close();
        await killHard(server);
      }
    }, 240_000);
  },
);
