import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { LoginResponse } from '../../../../shared/auth/authProtocol';
import { createRepositories, type Repositories } from '../../../../renderer/data/createRepositories';
import { openDb } from '../../../../renderer/data/db';
import type { AuthState } from '../../../../renderer/data/session/authState';
import type { CourtConnection, CourtSession } from '../../../../renderer/sync/court/CourtConnection';
import { createCourtConnection } from '../../../../renderer/sync/court/createCourtConnection';

/** The session as the app stores it after `signIn`, from a login answered by the server at `serverUrl`. */
export function authStateOf(serverUrl: string, login: LoginResponse): AuthState {
  return {
    serverUrl,
    user: login.user,
    deviceId: login.deviceId,
    accessToken: login.accessToken,
    accessTokenExpiresAt: login.accessTokenExpiresAt,
    refreshToken: login.refreshToken,
    refreshTokenExpiresAt: login.refreshTokenExpiresAt,
  };
}

/**
 * A court session as the app has one: `auth` kept in the session's home (the real session repository on a
 * fresh fake-indexeddb) and the real court connection over it, sending through `fetchImpl`.
 */
export async function courtSessionFor(
  auth: AuthState,
  options: { fetchImpl?: typeof fetch; now?: () => number } = {},
): Promise<{ session: CourtSession; court: CourtConnection; repos: Repositories }> {
  const db = await openDb(`court-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const repos = createRepositories(db);
  await repos.meta.deviceId();
  await repos.session.signIn(auth);
  const court = createCourtConnection({ credentials: repos.session, ...options });
  const session = await court.session();
  if (!session) throw new Error('the session was not stored');
  return { session, court, repos };
}
