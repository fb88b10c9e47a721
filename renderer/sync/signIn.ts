import type { LoginResponse } from '../../shared/auth/authProtocol';
import { normalizeUsername } from '../../shared/auth/normalizeUsername';
import type { Repositories } from '../data/createRepositories';
import type { AuthState } from '../data/session/authState';
import type { CourtConnection } from './court/CourtConnection';
import { LOCAL_CREDENTIAL_KEY, makeLocalCredential } from './localCredential';

export type SignInInput = { serverUrl: string; username: string; password: string; deviceName: string };

/** Where the court's idle-lock setting is kept in the officer's vault (minutes; absent: the default). */
export const IDLE_LOCK_MINUTES_KEY = 'idleLockMinutes';

/** The meta key of the device id the court server registered for `username` on this installation. */
export const deviceForKey = (username: string): string => `deviceFor:${normalizeUsername(username)}`;

/**
 * Asks the court server to sign the officer in (online). The server registers this device for the officer
 * — each officer gets a device id of their own, so their outbox sequence is theirs alone — or continues
 * `knownDeviceId` when it is theirs. Stores nothing.
 */
export function loginToCourt(
  court: CourtConnection,
  input: SignInInput,
  knownDeviceId?: string,
): Promise<LoginResponse> {
  return court.login(input.serverUrl, {
    username: normalizeUsername(input.username),
    password: input.password,
    deviceName: input.deviceName,
    ...(knownDeviceId === undefined ? {} : { deviceId: knownDeviceId }),
  });
}

/**
 * Keeps the server's answer in the officer's database: their device id and where its sequence continues,
 * the court session, and the court's idle-lock setting. A demo court still there is removed first.
 */
export async function adoptSession(repos: Repositories, input: SignInInput, r: LoginResponse): Promise<void> {
  if (await repos.meta.isDemoLoaded()) await repos.sync.removeDemoData();
  await repos.sync.adoptDevice(r.deviceId, r.lastProcessedClientSeq);
  await repos.meta.put(deviceForKey(input.username), r.deviceId);
  const auth: AuthState = {
    serverUrl: input.serverUrl.replace(/\/+$/, ''),
    user: r.user,
    deviceId: r.deviceId,
    accessToken: r.accessToken,
    accessTokenExpiresAt: r.accessTokenExpiresAt,
    refreshToken: r.refreshToken,
    refreshTokenExpiresAt: r.refreshTokenExpiresAt,
  };
  await repos.session.signIn(auth);
  await repos.session.saveFourEyesRequired(r.isFourEyesRequired);
  if (r.idleLockMinutes === undefined) await repos.meta.remove(IDLE_LOCK_MINUTES_KEY);
  else await repos.meta.put(IDLE_LOCK_MINUTES_KEY, r.idleLockMinutes);
}

/**
 * Signs an officer in to the court server on one database (the app signs in into the officer's vault:
 * app/boot/vaultManager.ts; tests sign devices in with this). Keeps the offline password check too.
 */
export async function signIn(
  repos: Repositories,
  court: CourtConnection,
  input: SignInInput,
): Promise<LoginResponse> {
  const known = await repos.meta.get(deviceForKey(input.username));
  const r = await loginToCourt(court, input, typeof known === 'string' ? known : undefined);
  await adoptSession(repos, input, r);
  await repos.meta.put(
    LOCAL_CREDENTIAL_KEY,
    await makeLocalCredential({ ...r.user, username: normalizeUsername(input.username) }, input.password),
  );
  return r;
}

/**
 * Signs out on this device. Pending edits stay in the outbox under their author's device id, and are
 * pushed when that officer signs in again; edits made meanwhile are still stamped with that officer (the
 * session's home keeps who writes here). The offline unlock is removed with the session.
 */
export async function signOut(repos: Repositories): Promise<void> {
  await repos.session.signOut();
  await repos.meta.remove(LOCAL_CREDENTIAL_KEY);
}
