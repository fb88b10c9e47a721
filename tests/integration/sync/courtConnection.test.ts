import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_TTL_MS } from '../../../shared/auth/authProtocol';
import { pullResponseSchema, pushResponseSchema } from '../../../shared/sync/protocol';
import type { AuthState } from '../../../renderer/data/session/authState';
import { CourtDeviceRevoked } from '../../../renderer/sync/court/CourtDeviceRevoked';
import { CourtHttpError } from '../../../renderer/sync/court/CourtHttpError';
import { revokeDevice } from '../../../server/auth/revokeDevice';
import { createCourtConnection } from '../../../renderer/sync/court/createCourtConnection';
import { signOut } from '../../../renderer/sync/signIn';
import { checkHeadSignature } from '../../../renderer/sync/court/checkHeadSignature';
import { checkCourtCheckpoint } from '../../../renderer/sync/court/checkCourtCheckpoint';
import { courtKeyFinder } from '../../../renderer/sync/court/courtKeyFinder';
import { updateCourt } from '../../../server/admin/updateCourt';
import { createCheckpoint } from '../../../server/history/checkpoint/createCheckpoint';
import { TestDevice } from '../server/support/TestDevice';
import { createCases, useServerSuite } from '../server/support/serverSuite';
import { authStateOf, courtSessionFor } from './support/courtSessionFor';
import { NOW } from './support/useOfficerAndLead';
import { messageText } from '../../../shared/messages/messageText';

/** One request as it left the app: path, the token it carried, its body. */
type Sent = { path: string; token: string | null; body: string | null };

/** The real fetch, writing down every request the connection sends (the app's fetch seam). */
function recordingFetch(sent: Sent[]): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({
      path: new URL(String(input)).pathname,
      token: headers.get('authorization')?.replace(/^Bearer /, '') ?? null,
      body: typeof init?.body === 'string' ? init.body : null,
    });
    return fetch(input, init);
  };
}

const rejection = async (promise: Promise<unknown>): Promise<CourtHttpError> => {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CourtHttpError);
  return error as CourtHttpError;
};

/**
 * The court connection against the real court server in process (PGlite, on loopback): tokens are
 * refreshed once after a 401 and the same request is sent again, a token about to expire is refreshed
 * first, and every refusal is decoded into the server's code and words in one place.
 */
describe('the court connection', () => {
  const server = useServerSuite('pglite');
  server.now.ms = NOW;
  const clock = () => server.now.ms;
  let url = '';
  let auth: AuthState;

  beforeAll(async () => {
    url = await server.app.listen({ port: 0, host: '127.0.0.1' });
  });
  // A session of its own for each test: refresh tokens are used once, so tests cannot share one.
  beforeEach(async () => {
    auth = authStateOf(url, (await TestDevice.login(server.app, 'a1')).session);
  });

  const pullAs = (a: Pick<AuthState, 'deviceId'>) => ({ deviceId: a.deviceId, cursor: 0, limit: 10 });

  it('refreshes the token once after a 401 and sends the same request again', async () => {
    const sent: Sent[] = [];
    // A token the server refuses, though the device believes it has minutes left.
    const stale = { ...auth, accessToken: 'fw1.not-a-token.x' };
    const { session, repos } = await courtSessionFor(stale, { fetchImpl: recordingFetch(sent), now: clock });

    const page = await session.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema);

    expect(page.cursor).toBeGreaterThanOrEqual(0);
    expect(sent.map((s) => s.path)).toEqual(['/sync/v1/pull', '/auth/v1/refresh', '/sync/v1/pull']);
    expect(sent[0]!.token).toBe('fw1.not-a-token.x');
    expect(sent[2]!.body).toBe(sent[0]!.body);
    // The refreshed token went out and is kept in the session's home for the next request.
    const stored = await repos.session.current();
    expect(stored?.accessToken).toBe(sent[2]!.token);
    expect(stored?.accessToken).not.toBe('fw1.not-a-token.x');
    await session.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema);
    expect(sent.map((s) => s.path).slice(3)).toEqual(['/sync/v1/pull']);
  });

  it('keeps the rotated refresh token: sync goes on across several refreshes, never sending one twice', async () => {
    const sent: Sent[] = [];
    const { session, court, repos } = await courtSessionFor(auth, {
      fetchImpl: recordingFetch(sent),
      now: clock,
    });
    const held: string[] = [auth.refreshToken];
    for (let i = 0; i < 3; i++) {
      server.now.ms += ACCESS_TOKEN_TTL_MS;
      await session.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema);
      const stored = await repos.session.current();
      expect(held).not.toContain(stored!.refreshToken);
      held.push(stored!.refreshToken);
    }
    const used = sent
      .filter((s) => s.path === '/auth/v1/refresh')
      .map((s) => (JSON.parse(s.body!) as { refreshToken: string }).refreshToken);
    expect(used).toEqual(held.slice(0, 3));
    // A later session (the next sync run) starts from the stored, rotated token and still gets in.
    server.now.ms += ACCESS_TOKEN_TTL_MS;
    const next = await court.session();
    await next!.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema);
    expect(sent.filter((s) => s.path === '/auth/v1/refresh')).toHaveLength(4);
  });

  it('never sends a used-up refresh token when two sessions find the token stale together', async () => {
    const sent: Sent[] = [];
    const { session, court } = await courtSessionFor(auth, { fetchImpl: recordingFetch(sent), now: clock });
    const other = (await court.session())!;
    server.now.ms += ACCESS_TOKEN_TTL_MS;
    await Promise.all([
      session.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema),
      other.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema),
    ]);
    // A third, started before the refresh, takes the stored token instead of the one it began with.
    server.now.ms += ACCESS_TOKEN_TTL_MS;
    await other.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema);
    await session.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema);
    const used = sent
      .filter((s) => s.path === '/auth/v1/refresh')
      .map((s) => (JSON.parse(s.body!) as { refreshToken: string }).refreshToken);
    expect(used).toHaveLength(2);
    expect(new Set(used).size).toBe(2);
  });

  it('surfaces a revoked device as CourtDeviceRevoked, from a request and from the refresh', async () => {
    const { session } = await courtSessionFor(auth, { now: clock });
    await server.sql.transaction((tx) => revokeDevice(tx, auth.deviceId, 'admin', server.now.ms));
    const error = await rejection(session.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema));
    expect(error).toBeInstanceOf(CourtDeviceRevoked);
    expect(error).toMatchObject({ status: 401, problem: { code: 'auth.deviceRevoked' }, isTransient: false });
    expect(error.problem?.message['zh-CN']).toMatch(/停用/);
  });

  it('refreshes first when the token has under a minute left', async () => {
    const sent: Sent[] = [];
    const expiresIn30s = { ...auth, accessTokenExpiresAt: new Date(NOW + 30_000).toISOString() };
    const { session } = await courtSessionFor(expiresIn30s, { fetchImpl: recordingFetch(sent), now: clock });
    await session.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema);
    expect(sent.map((s) => s.path)).toEqual(['/auth/v1/refresh', '/sync/v1/pull']);
  });

  it('answers with the refusal of the refresh itself, and sends the request no third time', async () => {
    const sent: Sent[] = [];
    const revoked = { ...auth, accessToken: 'fw1.not-a-token.x', refreshToken: 'no-such-refresh-token' };
    const { session } = await courtSessionFor(revoked, { fetchImpl: recordingFetch(sent), now: clock });
    const error = await rejection(session.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema));
    expect(error).toMatchObject({ status: 401, problem: { code: 'auth.refreshInvalid' } });
    expect(error.problem?.message['zh-CN']).toBe(messageText('auth.refreshInvalid', 'zh-CN'));
    expect(sent.map((s) => s.path)).toEqual(['/sync/v1/pull', '/auth/v1/refresh']);
  });

  it('sends a request at most twice: a second 401 is the answer', async () => {
    const sent: Sent[] = [];
    const record = recordingFetch(sent);
    // A proxy on the way that drops the Authorization header of sync requests.
    const stripping: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      if (new URL(String(input)).pathname.startsWith('/sync/')) headers.delete('authorization');
      return record(input, { ...init, headers });
    };
    const { session } = await courtSessionFor(auth, { fetchImpl: stripping, now: clock });
    const error = await rejection(session.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema));
    expect(error).toMatchObject({ status: 401, problem: { code: 'auth.missingToken' } });
    expect(sent.map((s) => s.path)).toEqual(['/sync/v1/pull', '/auth/v1/refresh', '/sync/v1/pull']);
  });

  it('decodes refusals in one place: code, both languages, path, Retry-After, status 0 when unreached', async () => {
    const { session, court } = await courtSessionFor(auth, { now: clock });

    const invalid = await rejection(
      session.postJson('/sync/v1/pull', { deviceId: auth.deviceId, cursor: 'x' }, pullResponseSchema),
    );
    expect(invalid).toMatchObject({ status: 400, problem: { code: 'request.invalid' }, isTransient: false });
    expect(invalid.problem?.path).toBe('cursor');
    expect(invalid.problem?.message.en).toBeTruthy();

    const notYours = await rejection(
      session.postJson('/sync/v1/pull', pullAs({ deviceId: 'another-device' }), pullResponseSchema),
    );
    expect(notYours).toMatchObject({ status: 403, problem: { code: 'device.notYours' } });

    // An answer that is not what the contract says (here: a pull page read as a push answer) is 502.
    const mismatch = await rejection(session.postJson('/sync/v1/pull', pullAs(auth), pushResponseSchema));
    expect(mismatch).toMatchObject({ status: 502, isTransient: true });

    const login = (password: string) =>
      court.login(url, { username: 'b1', password, deviceName: 'connection test' });
    for (let i = 0; i < 5; i++)
      expect(await rejection(login('wrong password'))).toMatchObject({
        status: 401,
        problem: { code: 'auth.badCredentials' },
      });
    const throttled = await rejection(login('wrong password'));
    expect(throttled).toMatchObject({ status: 429, problem: { code: 'auth.throttled' }, isTransient: true });
    expect(throttled.retryAfterMs).toBeGreaterThan(0);

    const unreached = createCourtConnection({
      credentials: {
        current: async () => ({ ...auth, serverUrl: 'http://127.0.0.1:9' }),
        saveRefreshed: async () => true,
      },
    });
    const offline = await rejection(
      (await unreached.session())!.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema),
    );
    expect(offline).toMatchObject({ status: 0, isNetwork: true, problem: null });
  });

  it('does not bring a signed-out session back when its refresh is answered afterwards', async () => {
    const stale = { ...auth, accessToken: 'fw1.not-a-token.x' };
    const { session, repos } = await courtSessionFor(stale, { now: clock });
    await signOut(repos);
    // The session in hand still finishes its request (as a run under way does)…
    await session.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema);
    // …but the refreshed token is not stored: the device stays signed out, its officer kept as the writer.
    expect(await repos.session.current()).toBeNull();
    expect(await repos.session.writer()).toMatchObject({
      officer: { userId: auth.user.id },
      deviceId: auth.deviceId,
      isSignedIn: false,
    });
  });

  it('logs out from the court: the tokens stop there, and without a session or a server it says false', async () => {
    const { court, session } = await courtSessionFor(auth, { now: clock });
    await session.postJson('/sync/v1/pull', pullAs(auth), pullResponseSchema);

    expect(await court.logoutFromCourt()).toBe(true);

    // The access token in hand and the refresh token are both dead on the server now.
    const pulled = await fetch(`${url}/sync/v1/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auth.accessToken}` },
      body: JSON.stringify(pullAs(auth)),
    });
    expect(pulled.status).toBe(401);
    const refreshed = await fetch(`${url}/auth/v1/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: auth.refreshToken, deviceId: auth.deviceId }),
    });
    expect(refreshed.status).toBe(401);
    // Asked again: the server refuses the tokens, so the session is already ended there.
    expect(await court.logoutFromCourt()).toBe(true);

    const nobody = createCourtConnection({
      credentials: { current: async () => null, saveRefreshed: async () => true },
    });
    expect(await nobody.logoutFromCourt()).toBe(false);
    const unreached = createCourtConnection({
      credentials: {
        current: async () => ({ ...auth, serverUrl: 'http://127.0.0.1:9' }),
        saveRefreshed: async () => true,
      },
    });
    expect(await unreached.logoutFromCourt()).toBe(false);
  });

  it('checks the court’s signature on the heads it pulls and on its checkpoint, with keys fetched once', async () => {
    const sent: Sent[] = [];
    const { session, repos } = await courtSessionFor(auth, { fetchImpl: recordingFetch(sent), now: clock });
    const { cases } = await createCases(server.sql, server.court.teamA);
    const pages = await (await TestDevice.login(server.app, 'a1')).pullAll();
    const change = pages.flatMap((p) => p.changes).find((c) => c.entityId === cases[0]!.id)!;
    expect(change.head).toBeDefined();

    const keys = courtKeyFinder(session, repos.signedHeads);
    const record = { entity: change.entity, entityId: change.entityId };
    expect(await checkHeadSignature(change.head!, record, await keys.find(change.head!.keyId))).toBe('valid');
    // A head a rewriter made up, with the hash its recomputed chain ends in, is not the court's.
    const forged = { ...change.head!, hash: 'f'.repeat(64) };
    expect(await checkHeadSignature(forged, record, await keys.find(forged.keyId))).toBe('invalid');
    // Fetched once and kept on the device; an unknown key id asks the court once more, then is "unknown".
    expect(await repos.signedHeads.courtKeys(url)).not.toHaveLength(0);
    expect(await keys.find('no-such-key')).toBeNull();
    expect(sent.filter((s) => s.path === '/history/v1/signing-keys')).toHaveLength(1);
    expect(await checkHeadSignature({ ...change.head!, keyId: 'no-such-key' }, record, null)).toBe(
      'unknownKey',
    );

    // The court's checkpoint: signed, kept, and a later one extends it.
    const first = await createCheckpoint(server.sql, server.signingKeys, new Date(NOW).toISOString());
    expect(await checkCourtCheckpoint(session, repos.signedHeads, keys)).toEqual({
      kind: 'extends',
      id: first.id,
    });
    expect(await repos.signedHeads.heldCheckpoint(url)).toEqual(first);
  });

  it('keeps the court’s four-eyes setting that comes with a refresh, on until the court says otherwise', async () => {
    const login = (await TestDevice.login(server.app, 'lead-a')).session;
    expect(login.isFourEyesRequired).toBe(true);
    const lead = authStateOf(url, login);
    const expiring = { ...lead, accessTokenExpiresAt: new Date(NOW + 30_000).toISOString() };
    const { session, repos } = await courtSessionFor(expiring, { now: clock });
    expect(await repos.session.isFourEyesRequired()).toBe(true);

    await updateCourt(server.sql, { isFourEyesRequired: false });
    try {
      await session.postJson('/sync/v1/pull', pullAs(lead), pullResponseSchema);
      expect(await repos.session.isFourEyesRequired()).toBe(false);
      // An older server's answer, without the field, changes nothing.
      await repos.session.saveFourEyesRequired(undefined);
      expect(await repos.session.isFourEyesRequired()).toBe(false);
    } finally {
      await updateCourt(server.sql, { isFourEyesRequired: true });
    }
  });
});
