import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../../server/app/limits/inputLimits';
import { problemFor } from '../../../server/app/problemFor';
import type { Mutation } from '../../../shared/sync/mutation';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { countRows, createCases, readCase, useServerSuite } from './support/serverSuite';
import type { SuiteContext } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { call, newId, TestDevice } from './support/TestDevice';

type ErrorBody = { error?: { code: string; path?: string; message: unknown } };

const NUL = String.fromCharCode(0);
const LONE_SURROGATE = '\ud800';

/** Counts of every table a refused request could have written to. */
async function footprint(ctx: SuiteContext) {
  const tables = [
    'mutation_log',
    'entity_version',
    'change_log',
    'case_record',
    'child_record',
    'quarantined_batch',
    'blob_upload',
  ];
  return Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await countRows(ctx.sql, t)] as const)),
  );
}

/** `depth` arrays inside one another around a zero: `[[[…0…]]]`, as raw JSON text. */
const nested = (depth: number) => `${'['.repeat(depth)}0${']'.repeat(depth)}`;

const codeOf = (body: unknown) => (body as ErrorBody).error?.code;

describe.each(STORAGES)('input PostgreSQL cannot store is a 4xx, never a 5xx (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  it('refuses NUL and lone surrogates in a pull deviceId and in history ids with 400, writing nothing', async () => {
    const device = await TestDevice.login(ctx.app, 'a1');
    const before = await footprint(ctx);
    for (const bad of [`${device.deviceId}${NUL}`, `x${LONE_SURROGATE}`]) {
      const pull = await call(ctx.app, 'POST', '/sync/v1/pull', { deviceId: bad, cursor: 0 }, device.token);
      expect({ status: pull.status, code: codeOf(pull.body) }).toEqual({
        status: 400,
        code: 'request.invalidText',
      });
      expect((pull.body as ErrorBody).error?.path).toBe('deviceId');
      expect((pull.body as ErrorBody).error?.message).toEqual(problemFor('request.invalidText').message);
    }
    const urls: ['GET' | 'POST', string][] = [
      ['GET', '/history/v1/case/%00'],
      ['GET', '/history/v1/visit/a%00b'],
      ['POST', '/history/v1/case/%00/verify'],
      ['POST', '/history/v1/incident/x%00/verify'],
      ['GET', '/history/v1/case/%00/export'],
      ['GET', '/history/v1/case/x/export?q=%00'],
      ['POST', '/sync/v1/blobs/uploads/%00/complete'],
    ];
    for (const [method, url] of urls) {
      const answer = await ctx.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${device.token}` },
      });
      expect({ url, status: answer.statusCode, code: codeOf(answer.json()) }).toEqual({
        url,
        status: 400,
        code: 'request.invalidText',
      });
    }
    expect(await footprint(ctx)).toEqual(before);
  });

  it('refuses NUL in a push envelope (deviceId, a mutationId) with 400 and writes nothing', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const device = await TestDevice.login(ctx.app, 'a1');
    const before = await footprint(ctx);
    const good = device.patch(cases[0]!.id, { notes: ['', 'x'] }, commitSeq);
    const envelopeNul = await device.push([good], { deviceId: `${device.deviceId}${NUL}` });
    expect([envelopeNul.status, codeOf(envelopeNul.body)]).toEqual([400, 'request.invalidText']);
    const idNul = await device.push([{ ...good, mutationId: `m${NUL}` }]);
    expect([idNul.status, codeOf(idNul.body)]).toEqual([400, 'request.invalidText']);
    expect((idNul.body as ErrorBody).error?.path).toBe('mutations.0.mutationId');
    const keyNul = await device.push([good], { [`k${NUL}`]: 1 });
    expect([keyNul.status, codeOf(keyNul.body)]).toEqual([400, 'request.invalidText']);
    expect((keyNul.body as ErrorBody).error?.path).toBe('k\\u0000');
    expect(await footprint(ctx)).toEqual(before);
  });

  it('rejects only the mutation whose caseId or child entityId PostgreSQL cannot store; the batch goes on', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const caseId = cases[0]!.id;
    const device = await TestDevice.login(ctx.app, 'a1');
    const visit = makeVisit({ id: newId(), caseId, endedAt: '2025-06-03T11:00:00+08:00' });
    const badCase = { ...device.patch(caseId, { notes: ['', 'a'] }, commitSeq), caseId: `c${NUL}` };
    const badEntity = { ...device.patch(caseId, { notes: ['', 'b'] }, commitSeq), entityId: `e${NUL}` };
    const badChild: Mutation = {
      ...device.mutation({
        op: 'create',
        entityId: `v${NUL}`,
        baseSeq: null,
        changes: { findings: { from: null, to: visit.findings } },
      }),
      entity: 'visit',
      caseId,
    };
    const badSurrogate: Mutation = {
      ...device.patch(caseId, { notes: ['', 'c'] }, commitSeq),
      caseId: LONE_SURROGATE,
    };
    const good = device.patch(caseId, { notes: ['', 'kept'] }, commitSeq);
    const answer = await device.push([badCase, badEntity, badChild, badSurrogate, good]);
    expect(answer.status).toBe(200);
    expect(answer.body.results.map((r) => (r.status === 'rejected' ? r.rejection?.code : r.status))).toEqual([
      'mutation.invalidText',
      'mutation.invalidText',
      'mutation.invalidText',
      'mutation.invalidText',
      'applied',
    ]);
    expect(answer.body.lastProcessedClientSeq).toBe(good.clientSeq);
    expect((await readCase(ctx.sql, caseId)).data.notes).toBe('kept');
    // The rejected ones are kept as received (escaped in the log's text), nothing else of them written.
    const [row] = await ctx.sql.query<{ payload: string; status: string }>(
      'SELECT payload, status FROM mutation_log WHERE device_id = $1 AND client_seq = $2',
      [device.deviceId, badChild.clientSeq],
    );
    expect(row!.status).toBe('rejected');
    expect(JSON.parse(row!.payload).entityId).toBe(`v${NUL}`);
    expect(await countRows(ctx.sql, 'child_record', 'case_id = $1', [caseId])).toBe(0);
    // The queue is not blocked: the next push is processed.
    const next = await device.push([device.patch(caseId, { notes: ['kept', 'after'] }, null)]);
    expect(next.status).toBe(200);
    expect(next.body.results[0]!.status).not.toBe('duplicate');
  });
});

describe.each(STORAGES)('values nested deeper than the limit are a 400, never a 5xx (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  it('refuses a push, a too-old (426) push, a pull and a login nested 20 000 to 200 000 deep, writing nothing', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const device = await TestDevice.login(ctx.app, 'a1');
    const before = await footprint(ctx);
    const good = device.patch(cases[0]!.id, { notes: ['', 'x'] }, commitSeq);
    const goodText = JSON.stringify(good);
    for (const depth of [MAX_JSON_DEPTH + 1, 20_000, 200_000]) {
      const inMutation = goodText.replace('"to":"x"', `"to":${nested(depth)}`);
      const envelope = (protocolVersion: number) =>
        `{"protocolVersion":${protocolVersion},"schemaVersion":1,"appVersion":"0.1.0","deviceId":"${device.deviceId}","mutations":[${inMutation}]}`;
      const bodies: [string, string][] = [
        ['/sync/v1/push', envelope(1)],
        ['/sync/v1/push', envelope(0)],
        ['/sync/v1/pull', `{"deviceId":"${device.deviceId}","cursor":0,"x":${nested(depth)}}`],
        ['/auth/v1/login', `{"username":"a1","password":${nested(depth)}}`],
      ];
      for (const [url, raw] of bodies) {
        const answer = await call(ctx.app, 'POST', url, undefined, device.token, raw);
        expect({ url, depth, status: answer.status, code: codeOf(answer.body) }).toEqual({
          url,
          depth,
          status: 400,
          code: 'request.tooDeep',
        });
      }
    }
    expect(await footprint(ctx)).toEqual(before);
  });

  it('accepts nesting up to the limit and brackets inside strings', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const device = await TestDevice.login(ctx.app, 'a1');
    const brackets = '[{'.repeat(2_000);
    const answer = await device.push([device.patch(cases[0]!.id, { notes: ['', brackets] }, commitSeq)]);
    expect(answer.status).toBe(200);
    expect(answer.body.results[0]!.status).toBe('applied');
    // A value at exactly the limit (body, mutations, mutation, changes, notes: 5 levels, then the arrays)
    // reaches the mutation's own checks (a note must be text: rejected).
    const atLimit = JSON.stringify(device.patch(cases[0]!.id, { notes: [brackets, 'y'] }, null)).replace(
      '"to":"y"',
      `"to":${nested(MAX_JSON_DEPTH - 5)}`,
    );
    const raw = `{"protocolVersion":1,"schemaVersion":1,"appVersion":"0.1.0","deviceId":"${device.deviceId}","mutations":[${atLimit}]}`;
    const limit = await call(ctx.app, 'POST', '/sync/v1/push', undefined, device.token, raw);
    expect(limit.status).toBe(200);
    expect((limit.body as { results: { status: string }[] }).results[0]!.status).toBe('rejected');
  });
});
