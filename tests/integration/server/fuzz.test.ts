import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../server/admin/createUser';
import { buildServer } from '../../../server/app/buildServer';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../../shared/sync/protocol';
import { countRows, createCases, useServerSuite } from './support/serverSuite';
import type { SuiteContext } from './support/serverSuite';
import { TEST_PASSWORD } from './support/seedCourt';
import { newId, TestDevice } from './support/TestDevice';

/** Tables a request could write evidence, sessions or uploads to. */
const TABLES = [
  'mutation_log',
  'entity_version',
  'change_log',
  'case_record',
  'child_record',
  'field_conflict',
  'quarantined_batch',
  'blob_upload',
  'blob_upload_chunk',
  'blob',
  'device',
  'app_user',
  'admin_action',
];

async function footprint(ctx: SuiteContext): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of TABLES) counts[t] = await countRows(ctx.sql, t);
  return counts;
}

type Route = { method: string; url: string };

/** Every route the server declares, from Fastify's own table (so a route added later is fuzzed too). */
function routesOf(app: FastifyInstance): Route[] {
  const routes: Route[] = [];
  // A tree: each level indents four characters and continues its parent's path.
  const parents: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const found = /^(.*?)(?:├── |└── )(\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!found) continue;
    const level = found[1]!.length / 4;
    const url = (parents[level - 1] ?? '') + found[2]!;
    parents[level] = url;
    for (const method of (found[3] ?? '').split(',').map((m) => m.trim()))
      if (method !== '' && method !== 'OPTIONS') routes.push({ method, url });
  }
  return routes;
}

const NUL = String.fromCharCode(0);
/** Strings an attacker sends: unstorable characters, prototype keys, long, injection-looking, empty. */
const hostileString = fc.oneof(
  fc.constantFrom(
    NUL,
    `a${NUL}b`,
    '\ud800',
    'x\udc00',
    '__proto__',
    'constructor',
    'prototype',
    "'; DROP TABLE case_record; --",
    '../../etc/passwd',
    '',
    ' ',
    'x'.repeat(10_000),
    '1e999',
    '0',
    'true',
    'null',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.uuid(),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, 1.5, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, Number.MAX_SAFE_INTEGER),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const hostileScalar = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null));
/** JSON values whose leaves and keys are hostile (shallow: deep nesting is sent as raw text below). */
const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3 },
    hostileScalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Raw JSON text no generator of values produces: deep nesting, prototype keys, huge numbers, junk. */
const rawBody = fc.oneof(
  fc.integer({ min: 65, max: 150_000 }).map((d) => `${'['.repeat(d)}1${']'.repeat(d)}`),
  fc.integer({ min: 65, max: 50_000 }).map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
  fc.constantFrom(
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"x":1}}}',
    '{"a":1e999}',
    '{"a":-1e999,"b":123456789012345678901234567890}',
    '{"a":"\\u0000"}',
    '{"a":"\\ud800"}',
    '{"\\u0000":1}',
    '',
    'null',
    '[]',
    '{',
    '"\\u0000"',
  ),
);

/** A path segment as sent on the wire (percent-encoded), hostile or plausible. */
const segment = fc.oneof(
  fc.constantFrom(
    '%00',
    'a%00b',
    '%ED%A0%80',
    '%C0%AF',
    '..',
    '%2F',
    '__proto__',
    'case',
    'visit',
    'x'.repeat(300),
  ),
  fc.uuid(),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 }).map(encodeURIComponent),
);

describe('fuzzing every route: no 5xx, and a refused request writes nothing (pglite)', () => {
  const ctx = useServerSuite('pglite');
  let app: FastifyInstance;
  let device: TestDevice;
  let caseId: string;
  let routes: Route[];
  beforeAll(async () => {
    // Limits far out of the way: this test is about input, limits have their own (limitsQuota.test.ts).
    const lots = { max: 1_000_000, windowMs: 60_000 };
    app = await buildServer({
      sql: ctx.sql,
      clock: () => ctx.now.ms,
      rateLimits: { push: lots, pull: lots, refresh: lots, uploadReservation: lots },
    });
    device = await TestDevice.login(app, 'a1');
    caseId = (await createCases(ctx.sql, ctx.court.teamA)).cases[0]!.id;
    routes = routesOf(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Sends one request; checks it was not a 5xx and that a refusal left every table as it was. */
  async function send(options: {
    method: string;
    url: string;
    payload?: string;
    contentType?: string;
    isSignedIn: boolean;
    /** Signs in with this token instead of the shared device's (a route that ends the session it runs as). */
    token?: string;
  }) {
    const before = await footprint(ctx);
    const response = await app.inject({
      method: options.method as 'GET',
      url: options.url,
      payload: options.payload,
      headers: {
        ...(options.payload === undefined
          ? {}
          : { 'content-type': options.contentType ?? 'application/json' }),
        ...(options.isSignedIn ? { authorization: `Bearer ${options.token ?? device.token}` } : {}),
      },
    });
    const what = `${options.method} ${options.url.slice(0, 120)} ${String(options.payload).slice(0, 200)}`;
    expect(response.statusCode, what).toBeLessThan(500);
    if (response.statusCode >= 400 && response.statusCode !== 426) {
      expect(await footprint(ctx), what).toEqual(before);
      if (options.method !== 'HEAD')
        expect(typeof response.json().error?.code, `${what} ${response.statusCode} ${response.body}`).toBe(
          'string',
        );
    }
    if (response.statusCode === 426) {
      // The too-old client's batch is kept (and only that): quarantined, nothing else written.
      const after = await footprint(ctx);
      expect({ ...after, quarantined_batch: 0 }, what).toEqual({ ...before, quarantined_batch: 0 });
    }
  }

  it('finds the routes to fuzz', () => {
    const urls = routes.map((r) => `${r.method} ${r.url}`);
    for (const known of [
      'POST /auth/v1/login',
      'POST /auth/v1/refresh',
      'POST /sync/v1/push',
      'POST /sync/v1/pull',
      'POST /sync/v1/blobs',
      'GET /history/v1/:entity/:entityId',
      'GET /history/v1/case/:caseId/export',
      'POST /history/v1/:entity/:entityId/verify',
      'PATCH /sync/v1/blobs/uploads/:uploadId',
      'POST /sync/v1/blobs/uploads/:uploadId/complete',
      'GET /sync/v1/blobs/:sha256',
      'POST /auth/v1/logout',
      'POST /auth/v1/password',
      'GET /history/v1/checkpoint',
      'GET /history/v1/signing-keys',
      'GET /review/v1/queue',
      'GET /health',
    ])
      expect(urls).toContain(known);
  });

  /** A signed-in device of a user of its own: for routes that end sessions or change the password. */
  let throwaways = 0;
  async function throwawayDevice(): Promise<TestDevice> {
    const username = `fuzz-${++throwaways}`;
    await createUser(ctx.sql, {
      username,
      name: username,
      role: 'officer',
      team: ctx.court.teamA,
      password: TEST_PASSWORD,
    });
    return TestDevice.login(app, username);
  }

  it('any route, hostile path parameters and query, hostile JSON or raw bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(segment, { minLength: 3, maxLength: 3 }),
        fc.option(fc.tuple(segment, segment), { nil: undefined }),
        fc.oneof(
          hostileValue.map((v) => JSON.stringify(v)),
          rawBody,
          fc.constant(undefined),
        ),
        fc.boolean(),
        async (pick, params, query, payload, isSignedIn) => {
          const route = routes[pick % routes.length]!;
          let i = 0;
          const url =
            route.url.replace(/:[A-Za-z]+/g, () => params[i++ % params.length]!) +
            (query ? `?${query[0]}=${query[1]}` : '');
          const hasBody = route.method !== 'GET' && route.method !== 'HEAD';
          // Logout and a password change would end the shared device's session for the runs after.
          const endsSession = route.url === '/auth/v1/logout' || route.url === '/auth/v1/password';
          const token = endsSession && isSignedIn ? (await throwawayDevice()).token : undefined;
          await send({
            method: route.method,
            url,
            payload: hasBody ? payload : undefined,
            isSignedIn,
            token,
          });
        },
      ),
      { numRuns: 250 },
    );
  });

  it('valid pushes and pulls of the signed-in device with one field made hostile', async () => {
    /** A hostile value, or a marker replaced by nesting that deep in the JSON text. */
    const hostile = fc.oneof(
      { weight: 4, arbitrary: hostileValue },
      { weight: 1, arbitrary: fc.integer({ min: 60, max: 100_000 }).map((d) => `<<DEEP ${d}>>`) },
    );
    const pushPaths: (string | number)[][] = [
      ['deviceId'],
      ['protocolVersion'],
      ['schemaVersion'],
      ['appVersion'],
      ['mutations'],
      ['mutations', 0],
      ['mutations', 0, 'mutationId'],
      ['mutations', 0, 'clientSeq'],
      ['mutations', 0, 'txId'],
      ['mutations', 0, 'deviceId'],
      ['mutations', 0, 'authorUserId'],
      ['mutations', 0, 'entity'],
      ['mutations', 0, 'entityId'],
      ['mutations', 0, 'caseId'],
      ['mutations', 0, 'op'],
      ['mutations', 0, 'baseSeq'],
      ['mutations', 0, 'changes'],
      ['mutations', 0, 'changes', 'notes'],
      ['mutations', 0, 'changes', 'notes', 'to'],
      ['mutations', 1, 'caseId'],
      ['mutations', 1, 'entityId'],
    ];
    const pullPaths: (string | number)[][] = [['deviceId'], ['cursor'], ['limit'], ['protocolVersion']];
    const withValue = (body: Record<string, unknown>, path: (string | number)[], value: unknown) => {
      let at = body as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
      at[path.at(-1)!] = value;
      return JSON.stringify(body).replace(/"<<DEEP (\d+)>>"/, (_m, d: string) => {
        const depth = Number(d);
        return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
      });
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...pushPaths),
        fc.constantFrom(...pullPaths),
        hostile,
        fc.boolean(),
        async (pushPath, pullPath, value, isChild) => {
          const first = device.patch(caseId, { notes: ['', 'n'] }, null);
          const second: Record<string, unknown> = isChild
            ? { ...device.patch(caseId, { findings: ['', 'x'] }, null), entity: 'visit', entityId: newId() }
            : device.patch(caseId, { notes: ['n', 'm'] }, null);
          const push = {
            protocolVersion: PROTOCOL_VERSION,
            schemaVersion: SCHEMA_VERSION,
            appVersion: '0.1.0',
            deviceId: device.deviceId,
            mutations: [first, second],
          };
          await send({
            method: 'POST',
            url: '/sync/v1/push',
            payload: withValue(push, pushPath, value),
            isSignedIn: true,
          });
          // The device's sequence as the server now has it, so the next batch is fresh again.
          const [row] = await ctx.sql.query<{ last: number }>(
            'SELECT last_processed_client_seq AS last FROM device WHERE id = $1',
            [device.deviceId],
          );
          device.nextSeq = Number(row!.last) + 1;
          const pull = { deviceId: device.deviceId, cursor: 0, limit: 10, protocolVersion: PROTOCOL_VERSION };
          await send({
            method: 'POST',
            url: '/sync/v1/pull',
            payload: withValue(pull, pullPath, value),
            isSignedIn: true,
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('valid-looking sign-ins, refreshes and upload reservations with hostile fields', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          username: fc.oneof(fc.constant('a1'), hostileString),
          password: hostileString,
          deviceName: hostileString,
        }),
        fc.record({
          refreshToken: hostileString,
          deviceId: fc.oneof(fc.constant(device.deviceId), hostileString),
        }),
        fc.record({
          sha256: fc.oneof(fc.constant('a'.repeat(64)), hostileString),
          size: hostileNumber,
          mediaType: fc.oneof(fc.constant('image/jpeg'), hostileString),
          caseId: fc.oneof(fc.constant(caseId), hostileString),
        }),
        async (login, refresh, blob) => {
          await send({
            method: 'POST',
            url: '/auth/v1/login',
            payload: JSON.stringify(login),
            isSignedIn: false,
          });
          await send({
            method: 'POST',
            url: '/auth/v1/refresh',
            payload: JSON.stringify(refresh),
            isSignedIn: false,
          });
          await send({
            method: 'POST',
            url: '/sync/v1/blobs',
            payload: JSON.stringify(blob),
            isSignedIn: true,
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('password changes and logouts with hostile bodies, signed in and not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          // Sometimes the right current password, so the new one's policy check is fuzzed too.
          currentPassword: fc.oneof(fc.constant(TEST_PASSWORD), hostileString, hostileNumber),
          newPassword: fc.oneof(
            hostileString,
            hostileNumber,
            fc.constant(null),
            fc.constant('staple-battery-97'),
          ),
        }),
        fc.oneof(
          hostileValue.map((v) => JSON.stringify(v)),
          rawBody,
        ),
        fc.oneof(
          hostileValue.map((v) => JSON.stringify(v)),
          rawBody,
        ),
        async (change, passwordBody, logoutBody) => {
          const own = await throwawayDevice();
          for (const isSignedIn of [false, true]) {
            await send({
              method: 'POST',
              url: '/auth/v1/password',
              payload: JSON.stringify(change),
              isSignedIn,
              token: own.token,
            });
            await send({
              method: 'POST',
              url: '/auth/v1/password',
              payload: passwordBody,
              isSignedIn,
              token: own.token,
            });
          }
          await send({ method: 'POST', url: '/auth/v1/logout', payload: logoutBody, isSignedIn: false });
          await send({
            method: 'POST',
            url: '/auth/v1/logout',
            payload: logoutBody,
            isSignedIn: true,
            token: own.token,
          });
        },
      ),
      { numRuns: 25 },
    );
    // The shared device was never signed out by any of it.
    const page = await app.inject({
      method: 'POST',
      url: '/sync/v1/pull',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${device.token}` },
      payload: JSON.stringify({
        deviceId: device.deviceId,
        cursor: 0,
        limit: 1,
        protocolVersion: PROTOCOL_VERSION,
      }),
    });
    expect(page.statusCode).toBe(200);
  });
});
