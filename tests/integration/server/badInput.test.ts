import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from '../../../server/app/buildServer';
import { problemFor } from '../../../server/app/problemFor';
import { isKnownCode } from '../../../shared/messages/messageRegistry';
import { countRows, createCases, readCase, useServerSuite } from './support/serverSuite';
import type { SuiteContext } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { TestDevice } from './support/TestDevice';

type ErrorBody = { error?: { code: string; message: { 'zh-CN': string; en: string } } };

/** Counts of every table a request could write to. */
async function footprint(ctx: SuiteContext) {
  const tables = [
    'mutation_log',
    'entity_version',
    'change_log',
    'field_conflict',
    'quarantined_batch',
    'device',
    'refresh_token',
  ];
  return Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await countRows(ctx.sql, t)] as const)),
  );
}

describe.each(STORAGES)('bad input is a clear 4xx, never a 5xx, and writes nothing (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  const send = async (url: string, payload: string | undefined, headers: Record<string, string> = {}) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { 'content-type': 'application/json', ...headers },
    });
    return { status: response.statusCode, body: response.json() as ErrorBody };
  };

  it('answers malformed, empty, oversized, poisoned and non-JSON bodies with 4xx', async () => {
    const device = await TestDevice.login(ctx.app, 'a1');
    const auth = { authorization: `Bearer ${device.token}` };
    const before = await footprint(ctx);
    const cases: [string, string | undefined, Record<string, string>, number, string][] = [
      ['/auth/v1/login', '{"username": "a1", "password": ', {}, 400, 'request.malformedJson'],
      ['/auth/v1/login', '', {}, 400, 'request.malformedJson'],
      [
        '/auth/v1/login',
        '{"__proto__": {"isAdmin": true}, "username": "a1"}',
        {},
        400,
        'request.malformedJson',
      ],
      ['/sync/v1/push', '{"constructor": {"prototype": {"x": 1}}}', auth, 400, 'request.malformedJson'],
      [
        '/auth/v1/login',
        `{"username": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
        {},
        400,
        'request.tooDeep',
      ],
      ['/auth/v1/login', '{"username": "a1\\u0000", "password": "x"}', {}, 400, 'request.invalidText'],
      ['/sync/v1/pull', '{"deviceId": "\\ud800", "cursor": 0}', auth, 400, 'request.invalidText'],
      ['/sync/v1/push', 'null', auth, 400, 'request.invalid'],
      ['/sync/v1/push', '[1, 2, 3]', auth, 400, 'request.invalid'],
      ['/sync/v1/push', '"a string"', auth, 400, 'request.invalid'],
      ['/sync/v1/push', `{"pad": "${'x'.repeat(BODY_LIMIT_BYTES)}"}`, auth, 413, 'request.tooLarge'],
      [
        '/sync/v1/push',
        'protocolVersion=1',
        { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
        415,
        'request.unsupportedMediaType',
      ],
    ];
    for (const [url, payload, headers, status, code] of cases) {
      const answer = await send(url, payload, headers);
      expect({
        url,
        payload: payload?.slice(0, 40),
        status: answer.status,
        code: answer.body.error?.code,
      }).toEqual({ url, payload: payload?.slice(0, 40), status, code });
      // Its own text in both languages, as the catalogue has it (not the generic fallback).
      expect(isKnownCode(code)).toBe(true);
      expect(answer.body.error?.message).toEqual(problemFor(code).message);
    }
    expect(await footprint(ctx)).toEqual(before);
  });

  it('never coerces types: numbers as strings, null for strings, wrong shapes are 400', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const device = await TestDevice.login(ctx.app, 'a1');
    const before = await footprint(ctx);
    const good = device.patch(cases[0]!.id, { notes: ['', 'x'] }, commitSeq);
    device.nextSeq = 1;
    const envelope = {
      protocolVersion: 1,
      schemaVersion: 1,
      appVersion: '0.1.0',
      deviceId: device.deviceId,
      mutations: [good],
    };
    const pushes: [Record<string, unknown>, string][] = [
      [{ ...envelope, protocolVersion: '1' }, 'protocolVersion'],
      [{ ...envelope, deviceId: null }, 'deviceId'],
      [{ ...envelope, mutations: [{ ...good, clientSeq: '1' }] }, 'mutations.0.clientSeq'],
      [{ ...envelope, mutations: [{ ...good, clientSeq: 1.5 }] }, 'mutations.0.clientSeq'],
      [{ ...envelope, mutations: [{ ...good, mutationId: null }] }, 'mutations.0.mutationId'],
      [{ ...envelope, mutations: [] }, 'mutations'],
      [
        { ...envelope, mutations: Array.from({ length: 501 }, (_, i) => ({ ...good, clientSeq: i + 1 })) },
        'mutations',
      ],
      [{ ...envelope, mutations: {} }, 'mutations'],
    ];
    for (const [body, path] of pushes) {
      const answer = await device.push([], body);
      expect({
        path,
        status: answer.status,
        code: (answer.body as unknown as ErrorBody).error?.code,
      }).toEqual({ path, status: 400, code: 'request.invalid' });
    }
    const notContiguous = await device.push([good, { ...good, clientSeq: 3 }]);
    expect(notContiguous.status).toBe(400);
    const logins: Record<string, unknown>[] = [
      { username: 'a1', password: 12345678, deviceName: 'x' },
      { username: null, password: 'x', deviceName: 'x' },
      { username: ['a1'], password: 'x', deviceName: 'x' },
      { username: 'a1\u0000', password: 'x', deviceName: 'x' },
      { username: 'a1', password: 'x', deviceName: '\ud800' },
    ];
    for (const body of logins) expect((await send('/auth/v1/login', JSON.stringify(body))).status).toBe(400);
    expect((await device.pull('0' as unknown as number)).status).toBe(400);
    expect(await footprint(ctx)).toEqual(before);
  });

  it('rejects type-confused content inside a mutation (kept and reported, not coerced)', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const device = await TestDevice.login(ctx.app, 'a1');
    const mutations = [
      device.patch(cases[0]!.id, { recoveredFen: [0, '500'] }, commitSeq),
      device.patch(cases[0]!.id, { notes: ['', null] }, commitSeq),
      device.patch(cases[0]!.id, { notes: ['', 'nul \u0000 inside'] }, commitSeq),
      { ...device.patch(cases[0]!.id, { notes: ['', 'x'] }, commitSeq), baseSeq: '3' },
      { ...device.patch(cases[0]!.id, { notes: ['', 'x'] }, commitSeq), op: 'explode' },
    ];
    const answer = await device.push(mutations);
    expect(answer.status).toBe(200);
    expect(answer.body.results.map((r) => (r.status === 'rejected' ? r.rejection!.code : r.status))).toEqual([
      'money.format',
      'field.invalid',
      'mutation.invalidText',
      'mutation.invalid',
      'mutation.invalid',
    ]);
    const current = await readCase(ctx.sql, cases[0]!.id);
    expect(current.version).toBe(1);
    expect(current.data.recoveredFen).toBe(0);
    const [row] = await ctx.sql.query<{ payload: string }>(
      'SELECT payload FROM mutation_log WHERE device_id = $1 AND client_seq = 3',
      [device.deviceId],
    );
    expect(JSON.parse(row!.payload).changes.notes.to).toBe('nul \u0000 inside');
  });

  it('answers missing, malformed, forged and foreign tokens with 401, writing nothing', async () => {
    const device = await TestDevice.login(ctx.app, 'a1');
    const before = await footprint(ctx);
    const [prefix, body] = device.token.split('.') as [string, string, string];
    const forged = `${prefix}.${body}.${createHmac('sha256', 'not the server secret').update(`${prefix}.${body}`).digest('base64url')}`;
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const tampered = `${prefix}.${Buffer.from(JSON.stringify({ ...claims, sub: ctx.court.users.admin })).toString('base64url')}.${device.token.split('.')[2]}`;
    const headers: (Record<string, string> | undefined)[] = [
      undefined,
      { authorization: 'Bearer' },
      { authorization: 'Basic YTE6cGFzcw==' },
      { authorization: 'Bearer not-a-token' },
      { authorization: `Bearer ${forged}` },
      { authorization: `Bearer ${tampered}` },
      { authorization: `Bearer ${device.session.refreshToken}` },
    ];
    for (const h of headers) {
      const answer = await send(
        '/sync/v1/pull',
        JSON.stringify({ deviceId: device.deviceId, cursor: 0 }),
        h ?? {},
      );
      expect(answer.status).toBe(401);
      expect(answer.body.error?.code).toMatch(/^auth\./);
      const push = await send(
        '/sync/v1/push',
        JSON.stringify({ protocolVersion: 0, mutations: [] }),
        h ?? {},
      );
      expect(push.status).toBe(401);
    }
    expect(await footprint(ctx)).toEqual(before);
  });

  it('answers unknown routes and the health check', async () => {
    const missing = await ctx.app.inject({ method: 'GET', url: '/sync/v1/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('request.notFound');
    const health = await ctx.app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', storage: kind });
  });
});
