import {
  loginResponseSchema,
  logoutResponseSchema,
  refreshResponseSchema,
} from '../../../shared/auth/authProtocol';
import { appClock } from '../../../shared/time/appClock';
import type { SessionRepository } from '../../data/repositories/sessionRepository';
import type { AuthState } from '../../data/session/authState';
import type { CourtConnection, CourtSession } from './CourtConnection';
import { CourtDeviceRevoked } from './CourtDeviceRevoked';
import { courtFetch, type CourtRequestInit } from './courtFetch';
import { CourtHttpError } from './CourtHttpError';
import { readCourtJson } from './readCourtJson';

/** Refresh the access token when it has less than this left. */
const REFRESH_MARGIN_MS = 60_000;

const JSON_HEADERS = { 'content-type': 'application/json' };

/**
 * Where the credentials live: the session repository (meta AUTH_KEY), or a test's own store; the court's
 * settings that come with a refresh are kept there too when it can.
 */
export type CredentialStore = Pick<SessionRepository, 'current' | 'saveRefreshed'> &
  Partial<Pick<SessionRepository, 'saveFourEyesRequired'>>;

export type CourtConnectionOptions = {
  credentials: CredentialStore;
  /** Injected in tests (to watch or cut traffic); defaults to the global fetch. */
  fetchImpl?: typeof fetch;
  /** The clock token expiry is read against; defaults to appClock. */
  now?: () => number;
};

/** Whether two stored credentials are of one session: same server, device and user. */
function isSameSession(a: AuthState, b: AuthState): boolean {
  return a.serverUrl === b.serverUrl && a.deviceId === b.deviceId && a.user.id === b.user.id;
}

/** The court connection over the stored session (see CourtConnection). */
export function createCourtConnection(options: CourtConnectionOptions): CourtConnection {
  const { credentials } = options;
  const fetchImpl = options.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const now = options.now ?? appClock.now;

  /**
   * Refresh tokens are used once (the server rotates them and takes a second use for a stolen copy, and
   * revokes the device): so one refresh per token at a time, shared by every session of this connection,
   * and never with a token that another session has already used up.
   */
  const refreshes = new Map<string, Promise<AuthState>>();

  const rotate = async (before: AuthState): Promise<AuthState> => {
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
    const next: AuthState = {
      ...before,
      accessToken: r.accessToken,
      accessTokenExpiresAt: r.accessTokenExpiresAt,
      // A server before issue 12 does not rotate: the token sent stays the one to use.
      refreshToken: r.refreshToken ?? before.refreshToken,
      refreshTokenExpiresAt: r.refreshTokenExpiresAt ?? before.refreshTokenExpiresAt,
      user: r.user,
    };
    if (await credentials.saveRefreshed(before, next))
      await credentials.saveFourEyesRequired?.(r.isFourEyesRequired);
    return next;
  };

  /**
   * Fresh credentials for a session holding `held`. When the session's home already holds newer ones of
   * the same session (another session refreshed meanwhile), those are taken: their access token if it is
   * new to this session and not about to expire, else their refresh token — `held`'s is used up.
   */
  const renewed = async (held: AuthState, isRefreshForced: boolean): Promise<AuthState> => {
    let base = held;
    const stored = await credentials.current();
    if (stored && isSameSession(stored, held) && stored.refreshToken !== held.refreshToken) {
      const isFresh = Date.parse(stored.accessTokenExpiresAt) - now() > REFRESH_MARGIN_MS;
      if (isFresh && !(isRefreshForced && stored.accessToken === held.accessToken)) return stored;
      base = stored;
    }
    let pending = refreshes.get(base.refreshToken);
    if (!pending) {
      const token = base.refreshToken;
      pending = rotate(base).finally(() => refreshes.delete(token));
      refreshes.set(token, pending);
    }
    return pending;
  };

  /**
   * A session keeps the credentials it started with, so a run's requests all go out as the same officer
   * even if someone signs in or out meanwhile; refreshed credentials are stored only while that session is
   * still the one signed in (`saveRefreshed`).
   */
  function sessionOf(initial: AuthState): CourtSession {
    let auth = initial;
    const token = async (isRefreshForced: boolean): Promise<string> => {
      if (isRefreshForced || Date.parse(auth.accessTokenExpiresAt) - now() <= REFRESH_MARGIN_MS) {
        // Requests that find the token stale at the same time share one refresh (see `refreshes`).
        auth = await renewed(auth, isRefreshForced);
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
    async logoutFromCourt() {
      const auth = await credentials.current();
      if (!auth) return false;
      try {
        await sessionOf(auth).postJson('/auth/v1/logout', {}, logoutResponseSchema);
        return true;
      } catch (error) {
        // Tokens the server refuses (even after one refresh) or a revoked device: nothing left to end there.
        if (error instanceof CourtDeviceRevoked) return true;
        if (error instanceof CourtHttpError && error.status === 401) return true;
        return false;
      }
    },
  };
}
