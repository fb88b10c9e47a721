import type { LoginResponse } from '../../shared/auth/authProtocol';
import { normalizeUsername } from '../../shared/auth/normalizeUsername';
import type { Repositories } from '../data/createRepositories';
import type { AuthState } from '../data/session/authState';
import type { CourtConnection } from './court/CourtConnection';
import { LOCAL_CREDENTIAL_KEY, makeLocalCredential } from './localCredential';

export type SignInInput = { serverUrl: string; username: string; password: string; deviceName: string };

/**
 * Signs an officer in to the court server (online, once). The server registers this device for the
 * officer — each officer gets a device id of their own, so their outbox sequence is theirs alone — and says
 * where its sequence continues. On the first real sign-in the demo court is removed.
 */
export async function signIn(
  repos: Repositories,
  court: CourtConnection,
  input: SignInInput,
): Promise<LoginResponse> {
  const username = normalizeUsername(input.username);
  const known = await repos.meta.get(`deviceFor:${username}`);
  const r = await court.login(input.serverUrl, {
    username,
    password: input.password,
    deviceName: input.deviceName,
    ...(typeof known === 'string' ? { deviceId: known } : {}),
  });
  if (await repos.meta.isDemoLoaded()) await repos.sync.removeDemoData();
  await repos.sync.adoptDevice(r.deviceId, r.lastProcessedClientSeq);
  await repos.meta.put(`deviceFor:${username}`, r.deviceId);
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
  await repos.meta.put(
    LOCAL_CREDENTIAL_KEY,
    await makeLocalCredential({ ...r.user, username }, input.password),
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
