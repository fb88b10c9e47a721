import { describe, expect, it } from 'vitest';
import { caseHistoryExportSchema } from '../../../shared/history/caseHistoryExport';
import { chainCheckSchema } from '../../../shared/history/chainCheck';
import { historyPaths } from '../../../shared/history/historyPaths';
import { recordHistorySchema } from '../../../shared/history/recordHistory';
import type { Json, Mutation } from '../../../shared/sync/mutation';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { call } from './support/TestDevice';
import { createCases, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { newId, TestDevice } from './support/TestDevice';

describe.each(STORAGES)('record history (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  /** A case of team A with two device edits: a1 changes notes and the amount, then a2 the status. */
  async function editedCase() {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const caseId = cases[0]!.id;
    const [a1, a2] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'a2')];
    ctx.now.ms = Date.parse('2025-07-01T02:00:00Z');
    const first = a1.patch(caseId, { notes: ['', '厂区大门紧闭'], recoveredFen: [0, 150_000] }, commitSeq);
    expect((await a1.push([first])).body.results[0]!.status).toBe('applied');
    ctx.now.ms = Date.parse('2025-07-01T03:30:00Z');
    const second: Mutation = {
      ...a2.patch(caseId, { status: ['enforcing', 'suspended'] }, commitSeq),
      reason: '申请人请求暂缓',
    };
    expect((await a2.push([second])).body.results[0]!.status).toBe('applied');
    ctx.now.ms = Date.now();
    return { caseId, a1, a2, first, second };
  }

  it('lists every version with who, when, which device and the fields from → to', async () => {
    const { caseId, a1, a2, first, second } = await editedCase();
    const lead = await TestDevice.login(ctx.app, 'lead-a');
    const answer = await call(ctx.app, 'GET', historyPaths.record('case', caseId), undefined, lead.token);
    expect(answer.status).toBe(200);
    const history = recordHistorySchema.parse(answer.body);
    expect(history).toMatchObject({ entity: 'case', entityId: caseId, caseId });
    expect(history.versions.map((v) => v.version)).toEqual([1, 2, 3]);

    const [created, byA1, byA2] = history.versions;
    expect(created).toMatchObject({ origin: 'admin', author: null, device: null, op: null, reason: null });
    expect(created!.changes).toContainEqual({ field: 'notes', from: null, to: '' });

    expect(byA1).toMatchObject({
      origin: 'device',
      op: 'patch',
      mutationId: first.mutationId,
      serverTime: '2025-07-01T02:00:00.000Z',
      deviceTime: first.deviceTime,
      author: { userId: a1.userId, name: 'a1' },
      device: { id: a1.deviceId, name: 'test device of a1' },
      reason: null,
      deletion: null,
      deletionChange: null,
    });
    // Field order is the database's (jsonb orders keys itself), so compare as a set.
    expect(byA1!.changes).toHaveLength(2);
    expect(byA1!.changes).toEqual(
      expect.arrayContaining([
        { field: 'recoveredFen', from: 0, to: 150_000 },
        { field: 'notes', from: '', to: '厂区大门紧闭' },
      ]),
    );
    expect(byA2).toMatchObject({
      serverTime: '2025-07-01T03:30:00.000Z',
      author: { userId: a2.userId, name: 'a2' },
      device: { id: a2.deviceId },
      reason: second.reason,
      changes: [{ field: 'status', from: 'enforcing', to: 'suspended' }],
    });
    expect(byA2!.commitSeq).toBeGreaterThan(byA1!.commitSeq);

    // The administrator sees every team's history too.
    const admin = await TestDevice.login(ctx.app, 'admin');
    expect(
      (await call(ctx.app, 'GET', historyPaths.record('case', caseId), undefined, admin.token)).status,
    ).toBe(200);
  });

  it("answers another team's officer exactly as for a record that does not exist", async () => {
    const { caseId } = await editedCase();
    const b1 = await TestDevice.login(ctx.app, 'b1');
    const urls: ['GET' | 'POST', string][] = [
      ['GET', historyPaths.record('case', caseId)],
      ['POST', historyPaths.verify('case', caseId)],
      ['GET', historyPaths.caseExport(caseId)],
    ];
    for (const [method, url] of urls) {
      const forbidden = await call(ctx.app, method, url, undefined, b1.token);
      expect(forbidden.status).toBe(404);
      expect(forbidden.body).toMatchObject({ error: { code: 'history.notFound' } });
      const missing = await call(ctx.app, method, url.replace(caseId, newId()), undefined, b1.token);
      expect(missing).toMatchObject({ status: 404, body: forbidden.body });
      expect((await call(ctx.app, method, url)).status).toBe(401);
    }
    const unknownEntity = await call(ctx.app, 'GET', `/history/v1/nonsense/${caseId}`, undefined, b1.token);
    expect(unknownEntity).toMatchObject({
      status: 400,
      body: { error: { code: 'request.invalid', path: 'entity' } },
    });
  });

  it('detects a version altered directly in the database', async () => {
    const { caseId, a1 } = await editedCase();
    const verify = async () => {
      const answer = await call(ctx.app, 'POST', historyPaths.verify('case', caseId), undefined, a1.token);
      expect(answer.status).toBe(200);
      return chainCheckSchema.parse(answer.body);
    };
    expect(await verify()).toEqual({ isIntact: true, versions: 3 });

    // Someone with database access rewrites what a1 recorded, getting past the append-only trigger.
    // (the owner: the server's own role cannot touch the trigger, evidenceRoles.test.ts).
    await ctx.storage.asOwner((owner) =>
      owner.transaction(async (tx) => {
        await tx.exec('ALTER TABLE entity_version DISABLE TRIGGER entity_version_append_only');
        await tx.query(
          `UPDATE entity_version SET data = jsonb_set(data, '{recoveredFen}', '1500000'::jsonb)
           WHERE entity = 'case' AND entity_id = $1 AND version = 2`,
          [caseId],
        );
        await tx.exec('ALTER TABLE entity_version ENABLE TRIGGER entity_version_append_only');
      }),
    );
    expect(await verify()).toEqual({ isIntact: false, brokenAtVersion: 2 });
    // The trigger is back: the table refuses updates again, even to the owner.
    await ctx.storage.asOwner((owner) =>
      expect(
        owner.query(`UPDATE entity_version SET device_time = NULL WHERE entity_id = $1`, [caseId]),
      ).rejects.toThrow(/append-only/),
    );

    const exported = caseHistoryExportSchema.parse(
      (await call(ctx.app, 'GET', historyPaths.caseExport(caseId), undefined, a1.token)).body,
    );
    expect(exported.isIntact).toBe(false);
    expect(exported.records[0]!.verification).toEqual({ isIntact: false, brokenAtVersion: 2 });
  });

  it('exports the case and every record inside it, each verified', async () => {
    const { caseId, a1 } = await editedCase();
    const visit = makeVisit({
      id: newId(),
      caseId,
      endedAt: '2025-06-03T11:00:00+08:00',
      officersPresent: [{ userId: ctx.court.users.officerA1, name: 'a1' }],
    });
    const createVisit: Mutation = {
      ...a1.mutation({
        op: 'create',
        entityId: visit.id,
        baseSeq: null,
        changes: Object.fromEntries(
          Object.entries(visit).map(([k, v]) => [k, { from: null, to: v as Json }]),
        ),
      }),
      entity: 'visit',
      caseId,
    };
    const patchVisit: Mutation = {
      ...a1.mutation({
        op: 'patch',
        entityId: visit.id,
        baseSeq: null,
        changes: { findings: { from: visit.findings, to: '全部生产线停工。' } },
      }),
      entity: 'visit',
      caseId,
    };
    const pushed = await a1.push([createVisit, patchVisit]);
    expect(pushed.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);

    ctx.now.ms = Date.parse('2025-07-02T08:00:00Z');
    const lead = await TestDevice.login(ctx.app, 'lead-a');
    const answer = await call(ctx.app, 'GET', historyPaths.caseExport(caseId), undefined, lead.token);
    ctx.now.ms = Date.now();
    expect(answer.status).toBe(200);
    const exported = caseHistoryExportSchema.parse(answer.body);
    expect(exported).toMatchObject({
      caseId,
      exportedAt: '2025-07-02T08:00:00.000Z',
      exportedBy: { userId: lead.userId, name: 'lead-a' },
      isIntact: true,
    });
    expect(exported.records.map((r) => [r.entity, r.entityId, r.verification])).toEqual([
      ['case', caseId, { isIntact: true, versions: 3 }],
      ['visit', visit.id, { isIntact: true, versions: 2 }],
    ]);
    const visitHistory = exported.records[1]!;
    expect(visitHistory.versions[1]!.changes).toEqual([
      { field: 'findings', from: visit.findings, to: '全部生产线停工。' },
    ]);
    // The visit's own history answers the same through the record endpoint.
    const single = await call(ctx.app, 'GET', historyPaths.record('visit', visit.id), undefined, a1.token);
    expect(recordHistorySchema.parse(single.body).versions).toEqual(visitHistory.versions);
  });
});
