import { loginResponseSchema, refreshResponseSchema } from '../../../shared/auth/authProtocol';
import { appClock } from '../../../shared/time/appClock';
import type { SessionRepository } from '../../data/repositories/sessionRepository';
import type { AuthState } from '../../data/session/authState';
import type { CourtConnection, CourtSession } from './CourtConnection';
import { courtFetch, type CourtRequestInit } from './courtFetch';
import { readCourtJson } from './readCourtJson';

/** Refresh the access token when it has less than this left. */
const REFRESH_MARGIN_MS = 60_000;

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Where the credentials live: the session repository (meta AUTH_KEY), or a test's own store. */
export type CredentialStore = Pick<SessionRepository, 'current' | 'saveRefreshed'>;

export type CourtConnectionOptions = {
  credentials: CredentialStore;
  /** Injected in tests (to watch or cut traffic); defaults to the global fetch. */
  fetchImpl?: typeof fetch;
  /** The clock token expiry is read against; defaults to appClock. */
  now?: () => number;
};

/** The court connection over the stored session (see CourtConnection). */
export function createCourtConnection(options: CourtConnectionOptions): CourtConnection {
  const { credentials } = options;
  const fetchImpl = options.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const now = options.now ?? appClock.now;

  /**
   * A session keeps the credentials it started with, so a run's requests all go out as the same officer
   * even if someone signs in or out meanwhile; a refreshed token is stored only while that session is
   * still the one signed in (`saveRefreshed`).
   */
  function sessionOf(initial: AuthState): CourtSession {
    let auth = initial;
    let refreshing: Promise<void> | null = null;
    const refresh = async () => {
      const before = auth;
      const answer = await courtFetch(
        before.serverUrl,
        '/auth/v1/refresh',
        {
          method: 'POST',
          headers: JSON_HEADERS,
          body: JSON.stringify({ refreshToken: before.refreshToken, deviceId: before.deviceId }),
        },
        { fetchImpl },
      );
      const r = await readCourtJson(answer, refreshResponseSchema);
      auth = {
        ...before,
        accessToken: r.accessToken,
        accessTokenExpiresAt: r.accessTokenExpiresAt,
        user: r.user,
      };
      await credentials.saveRefreshed(before, auth);
    };
    const token = async (isRefreshForced: boolean): Promise<string> => {
      if (isRefreshForced || Date.parse(auth.accessTokenExpiresAt) - now() <= REFRESH_MARGIN_MS) {
        // Requests that find the token stale at the same time share one refresh.
        refreshing ??= refresh().finally(() => {
          refreshing = null;
        });
        await refreshing;
      }
      return auth.accessToken;
    };
    const request = (path: string, init: CourtRequestInit, acceptedStatuses: readonly number[] = []) =>
      courtFetch(initial.serverUrl, path, init, { token, acceptedStatuses, fetchImpl });
    return {
      serverUrl: initial.serverUrl,
      deviceId: initial.deviceId,
      get user() {
        return auth.user;
      },
      request,
      postJson: async (path, body, schema) =>
        readCourtJson(
          await request(path, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) }),
          schema,
        ),
    };
  }

  return {
    async session() {
      const auth = await credentials.current();
      return auth ? sessionOf(auth) : null;
    },
    async login(serverUrl, request) {
      const answer = await courtFetch(
        serverUrl,
        '/auth/v1/login',
        { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(request) },
        { fetchImpl },
      );
      return readCourtJson(answer, loginResponseSchema);
    },
  };
}
