import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type Repositories } from '../createRepositories';
import { openDb } from '../db';
import type { AuthState } from '../session/authState';

const auth: AuthState = {
  serverUrl: 'https://court.example',
  user: { id: 'u-a1', username: 'a1', name: '王建国', role: 'officer', teamId: 'team-a' },
  deviceId: 'device-of-a1',
  accessToken: 'access-1',
  accessTokenExpiresAt: '2025-06-03T06:15:00.000Z',
  refreshToken: 'refresh-1',
  refreshTokenExpiresAt: '2025-07-03T06:00:00.000Z',
};
let repos: Repositories;
let installation: string;

beforeEach(async () => {
  repos = createRepositories(
    await openDb(`session-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  installation = await repos.meta.deviceId();
});

describe('the session repository: the one home of who works on this device', () => {
  it('before anyone signs in, nobody writes, on the installation id; the demo officer once recorded', async () => {
    expect(await repos.session.writer()).toEqual({
      officer: null,
      deviceId: installation,
      isSignedIn: false,
    });
    await repos.session.keepWriterIfUnknown({ userId: 'demo-1', name: '演示干警' });
    expect(await repos.session.writer()).toEqual({
      officer: { userId: 'demo-1', name: '演示干警' },
      deviceId: installation,
      isSignedIn: false,
    });
    expect(await repos.session.current()).toBeNull();
  });

  it('signed in: the officer writes on their own device id; signing out keeps them as the writer', async () => {
    await repos.session.keepWriterIfUnknown({ userId: 'demo-1', name: '演示干警' });
    await repos.session.signIn(auth);
    const signedIn = { officer: { userId: 'u-a1', name: '王建国' }, deviceId: 'device-of-a1' };
    expect(await repos.session.writer()).toEqual({ ...signedIn, isSignedIn: true });
    expect(await repos.session.current()).toEqual(auth);
    // Nothing replaces a session that is there.
    await repos.session.keepWriterIfUnknown({ userId: 'someone', name: '别人' });
    expect((await repos.session.current())?.user.id).toBe('u-a1');

    await repos.session.signOut();
    expect(await repos.session.current()).toBeNull();
    // Edits made now still carry the officer who signed out and wait for their next sign-in.
    expect(await repos.session.writer()).toEqual({ ...signedIn, isSignedIn: false });
  });

  it('stores a refreshed token only while that same session is signed in', async () => {
    await repos.session.signIn(auth);
    const refreshed = { ...auth, accessToken: 'access-2' };
    expect(await repos.session.saveRefreshed(auth, refreshed)).toBe(true);
    expect((await repos.session.current())?.accessToken).toBe('access-2');

    await repos.session.signOut();
    expect(await repos.session.saveRefreshed(refreshed, { ...auth, accessToken: 'access-3' })).toBe(false);
    expect(await repos.session.current()).toBeNull();

    const other = { ...auth, deviceId: 'device-of-b1', refreshToken: 'refresh-b1' };
    await repos.session.signIn(other);
    expect(await repos.session.saveRefreshed(refreshed, { ...auth, accessToken: 'access-4' })).toBe(false);
    expect(await repos.session.current()).toEqual(other);
  });
});
