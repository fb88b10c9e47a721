import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json, Mutation } from '../../../shared/sync/mutation';
import { headStatement } from '../../../shared/sync/signedHead';
import type { RecordHistory } from '../../../shared/history/recordHistory';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { buildServer } from '../../../server/app/buildServer';
import { verifyHistoryCommand } from '../../../server/cli/commands/verifyHistoryCommand';
import { exportCheckpointCommand } from '../../../server/cli/commands/exportCheckpointCommand';
import { createCheckpoint } from '../../../server/history/checkpoint/createCheckpoint';
import { readCheckpointFile } from '../../../server/history/checkpoint/readCheckpointFile';
import { verifyCheckpointFile } from '../../../server/history/checkpoint/verifyCheckpointFile';
import { verifyStoredCheckpoints } from '../../../server/history/checkpoint/verifyStoredCheckpoints';
import { loadSigningKeyRing } from '../../../server/history/signing/loadSigningKeyRing';
import { rotateSigningKey } from '../../../server/history/signing/rotateSigningKey';
import type { SigningKeyRing } from '../../../server/history/signing/SigningKeyRing';
import { verifyAllHistories } from '../../../server/history/verifyAllHistories';
import { checkRecordChain } from '../../../server/sync/chain/checkRecordChain';
import { createCases, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { call, newId, TestDevice } from './support/TestDevice';
import { rewriteWithRecomputedHashes, withTriggersOff } from './evidenceRewrite';

/** What the CLI printed, and its exit code, when run in this process. */
async function runCli(
  command: typeof verifyHistoryCommand,
  sql: Parameters<typeof verifyHistoryCommand.run>[0],
  options: Record<string, string> = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const before = process.exitCode;
  process.exitCode = 0;
  try {
    await command.run(sql, options, { say: (t) => out.push(t), sayError: (t) => err.push(t) });
    return { code: Number(process.exitCode ?? 0), out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.exitCode = before;
  }
}

const createOf = (record: object) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, { from: null, to: v as Json }]));

describe.each(STORAGES)('evidence that cannot be rewritten unseen (%s)', (kind) => {
  const ctx = useServerSuite(kind);
  const dir = mkdtempSync(join(tmpdir(), 'fieldwrit-evidence-'));
  const keyFile = join(dir, 'signing-keys.json');
  let keys: SigningKeyRing;
  let app: FastifyInstance;
  const savedKeyFile = process.env.FIELDWRIT_SIGNING_KEY_FILE;

  beforeAll(async () => {
    rotateSigningKey(keyFile, '2025-06-01T00:00:00.000Z');
    keys = loadSigningKeyRing(keyFile);
    // The CLI finds the court's key where the server does: the configured file.
    process.env.FIELDWRIT_SIGNING_KEY_FILE = keyFile;
    app = await buildServer({ sql: ctx.sql, clock: () => ctx.now.ms, signingKeys: keys });
  });
  afterAll(async () => {
    await app?.close();
    if (savedKeyFile === undefined) delete process.env.FIELDWRIT_SIGNING_KEY_FILE;
    else process.env.FIELDWRIT_SIGNING_KEY_FILE = savedKeyFile;
    rmSync(dir, { recursive: true, force: true });
  });

  /** A case with a visit created and edited once by officer a1: versions case 1, visit 1–2. */
  async function caseWithVisit() {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const caseId = cases[0]!.id;
    const device = await TestDevice.login(app, 'a1');
    const visit = makeVisit({
      id: newId(),
      caseId,
      endedAt: '2025-06-03T11:00:00+08:00',
      officersPresent: [{ userId: ctx.court.users.officerA1, name: 'a1' }],
    });
    const childMutation = (
      op: 'create' | 'patch',
      changes: Record<string, { from: Json; to: Json }>,
      baseSeq: number | null,
    ): Mutation => ({
      ...device.mutation({ op, entityId: visit.id, baseSeq, changes }),
      entity: 'visit',
      caseId,
    });
    const created = await device.push([childMutation('create', createOf(visit), null)]);
    expect(created.body.results[0], JSON.stringify(created.body.results[0])).toMatchObject({
      status: 'applied',
    });
    const seq = created.body.results[0]!.status === 'applied' ? created.body.results[0]!.commitSeq! : 0;
    const edited = await device.push([
      childMutation('patch', { findings: { from: visit.findings, to: '门店已停业' } }, seq),
    ]);
    expect(edited.body.results[0]!.status).toBe('applied');
    return { caseId, visitId: visit.id, device, caseSeq: commitSeq };
  }

  it('finds a visit whose latest version was deleted: the chain ends before the record does', async () => {
    const { visitId, device } = await caseWithVisit();
    expect(await checkRecordChain(ctx.sql, 'visit', visitId)).toEqual({ isIntact: true, versions: 2 });
    await withTriggersOff(ctx.storage, async () => {
      await ctx.sql.query(
        `DELETE FROM entity_version WHERE entity = 'visit' AND entity_id = $1 AND version = 2`,
        [visitId],
      );
    });
    // The remaining chain is a valid chain on its own: only the current row shows it was cut.
    expect(await checkRecordChain(ctx.sql, 'visit', visitId)).toMatchObject({
      isIntact: false,
      brokenAtVersion: 2,
      problem: 'truncated',
    });
    const answer = await call(app, 'POST', `/history/v1/visit/${visitId}/verify`, undefined, device.token);
    expect(answer.body).toEqual({ isIntact: false, brokenAtVersion: 2 });
    const cli = await runCli(verifyHistoryCommand, ctx.sql);
    expect(cli.code).toBe(3);
    expect(cli.err).toContain(`visit ${visitId} at version 2`);
  });

  it('finds a current row changed without a version', async () => {
    const { cases } = await createCases(ctx.sql, ctx.court.teamA);
    const id = cases[0]!.id;
    await withTriggersOff(ctx.storage, async () => {
      await ctx.sql.query(
        `UPDATE case_record SET data = jsonb_set(data, '{recoveredFen}', '99999') WHERE id = $1`,
        [id],
      );
    });
    expect(await checkRecordChain(ctx.sql, 'case', id)).toMatchObject({
      isIntact: false,
      brokenAtVersion: 1,
      problem: 'liveRowDiffers',
    });
  });

  it('verify-history covers every kind of record: a visit version altered without fixing hashes is caught', async () => {
    const { visitId } = await caseWithVisit();
    const before = await verifyAllHistories(ctx.sql);
    expect(before.byEntity.visit).toBeGreaterThan(0);
    expect(before.breaks.filter((b) => b.kind === 'chain' && b.entityId === visitId)).toEqual([]);
    await withTriggersOff(ctx.storage, async () => {
      await ctx.sql.query(
        `UPDATE entity_version SET data = jsonb_set(data, '{findings}', '"无异常"')
         WHERE entity = 'visit' AND entity_id = $1 AND version = 1`,
        [visitId],
      );
    });
    const cli = await runCli(verifyHistoryCommand, ctx.sql);
    expect(cli.code).toBe(3);
    expect(cli.err).toContain(`visit ${visitId} at version 1 — its hash does not match its content`);
    expect(cli.out).toMatch(/visit: \d+/);
  });

  it('signs each head a pull delivers, and the signature holds under the published key', async () => {
    const { caseId, visitId, device } = await caseWithVisit();
    const changes = (await device.pullAll()).flatMap((p) => p.changes);
    const visit = changes.filter((c) => c.entityId === visitId).at(-1)!;
    expect(visit.head).toMatchObject({ version: 2, keyId: keys.currentKeyId });
    const statement = headStatement({
      entity: 'visit',
      entityId: visitId,
      version: 2,
      hash: visit.head!.hash,
    });
    expect(keys.verify(visit.head!.keyId, statement, visit.head!.signature)).toBe(true);
    // A head for another record, or another hash, does not hold under the same signature.
    expect(
      keys.verify(
        visit.head!.keyId,
        headStatement({ entity: 'case', entityId: caseId, version: 2, hash: visit.head!.hash }),
        visit.head!.signature,
      ),
    ).toBe(false);
    const published = await call<{ currentKeyId: string; keys: { keyId: string; publicKey: string }[] }>(
      app,
      'GET',
      '/history/v1/signing-keys',
      undefined,
      device.token,
    );
    expect(published.body.currentKeyId).toBe(keys.currentKeyId);
    expect(published.body.keys.map((k) => k.keyId)).toContain(keys.currentKeyId);
  });

  it('detects a rewrite with every hash recomputed: by the checkpoints and by the head a device holds', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA, 1, { recoveredFen: 0 });
    const id = cases[0]!.id;
    const device = await TestDevice.login(app, 'a2');
    const pushed = await device.push([
      device.patch(id, { notes: ['', '已扣划'] }, commitSeq),
      device.patch(id, { recoveredFen: [0, 1_250_000] }, commitSeq),
    ]);
    expect(pushed.status).toBe(200);
    // The device keeps the signed head of what it received.
    const held = (await device.pullAll())
      .flatMap((p) => p.changes)
      .filter((c) => c.entityId === id)
      .at(-1)!;
    expect(held.head?.version).toBe(3);
    // A checkpoint is published, and one copy is kept away from the server.
    await createCheckpoint(ctx.sql, keys, new Date(ctx.now.ms).toISOString());
    const exported = join(dir, `checkpoint-${kind}.json`);
    const exportAnswer = await runCli(exportCheckpointCommand, ctx.sql, { file: exported });
    expect(exportAnswer.code).toBe(0);
    const file = readCheckpointFile(exported)!;
    expect(file.heads.some(([entity, entityId]) => entity === 'case' && entityId === id)).toBe(true);
    expect(await verifyCheckpointFile(ctx.sql, keys, file)).toEqual([]);
    expect((await verifyStoredCheckpoints(ctx.sql, keys)).breaks).toEqual([]);
    const latest = await call<{ checkpoint: { id: number; signature: string } }>(
      app,
      'GET',
      '/history/v1/checkpoint',
      undefined,
      device.token,
    );
    expect(latest.body.checkpoint).toMatchObject({
      id: file.checkpoint.id,
      signature: file.checkpoint.signature,
    });

    // The rewrite: recoveredFen lowered from version 3 on, every hash recomputed, the current row matched.
    await rewriteWithRecomputedHashes(ctx.storage, 'case', id, 3, (data) => ({
      ...data,
      recoveredFen: 250_000,
    }));
    // The hash chain alone can no longer tell…
    expect(await checkRecordChain(ctx.sql, 'case', id)).toEqual({ isIntact: true, versions: 3 });
    // …but the checkpoint in the database no longer matches the heads,
    expect((await verifyStoredCheckpoints(ctx.sql, keys)).breaks).toEqual([
      expect.objectContaining({ kind: 'checkpoint', checkpointId: file.checkpoint.id }),
    ]);
    // the exported one names the record,
    expect(await verifyCheckpointFile(ctx.sql, keys, file)).toEqual([
      expect.objectContaining({ kind: 'head', entity: 'case', entityId: id, signed: `3:${held.head!.hash}` }),
    ]);
    const cli = await runCli(verifyHistoryCommand, ctx.sql, { checkpoint: exported });
    expect(cli.code).toBe(3);
    expect(cli.err).toContain(`rewritten since it was signed: case ${id}`);
    // and the device's signed head differs from what the server's history now shows at that version.
    const history = await call<RecordHistory>(app, 'GET', `/history/v1/case/${id}`, undefined, device.token);
    expect(history.body.versions[2]!.hash).not.toBe(held.head!.hash);
    expect(
      keys.verify(
        held.head!.keyId,
        headStatement({ entity: 'case', entityId: id, version: 3, hash: held.head!.hash }),
        held.head!.signature,
      ),
    ).toBe(true);
  });

  it('refuses a checkpoint file that was not signed by the court', async () => {
    const exported = join(dir, `checkpoint-${kind}.json`);
    const file = readCheckpointFile(exported)!;
    const forged = { ...file, checkpoint: { ...file.checkpoint, headCount: file.checkpoint.headCount + 1 } };
    expect(await verifyCheckpointFile(ctx.sql, keys, forged)).toEqual([
      expect.objectContaining({
        kind: 'checkpoint',
        detail: expect.stringMatching(/signature does not hold/),
      }),
    ]);
  });
});
