import type { OfficerRef } from '../../../shared/domain/case';
import { assert } from '../../../shared/util/assert';
import type { FieldWritDb } from '../db';
import {
  AUTH_KEY,
  authStateSchema,
  signedOutStateSchema,
  type AuthState,
  type SignedOutState,
} from '../session/authState';
import type { Writer } from '../session/Writer';

/** Where the court's four-eyes setting, as its server last sent it with the session, is kept. */
const FOUR_EYES_KEY = 'court.isFourEyesRequired';

/** Where the installation's own id is kept (metaRepository.deviceId creates it at boot). */
const INSTALLATION_KEY = 'deviceId';

/**
 * The one home of who works on this device (meta `auth`): a signed-in court session (server, user, device
 * id, tokens) or, while nobody is signed in, the officer whose edits this device stamps. Every reader — the
 * court connection, the write path's stamp, the screens — reads it here; nothing copies it elsewhere.
 * Reads take no read-write transaction, so they can run inside live queries.
 */
export function createSessionRepository(db: FieldWritDb) {
  async function stored(): Promise<{ auth: AuthState | null; signedOut: SignedOutState | null }> {
    const value = (await db.meta.get(AUTH_KEY))?.value;
    const auth = authStateSchema.safeParse(value);
    if (auth.success) return { auth: auth.data, signedOut: null };
    return { auth: null, signedOut: signedOutStateSchema.safeParse(value).data ?? null };
  }

  return {
    /** The signed-in court session, or null (signed out, demo court, first start). */
    async current(): Promise<AuthState | null> {
      return (await stored()).auth;
    },

    /**
     * Who writes on this device now: the signed-in officer on their device id; else the officer who signed
     * out last (their later edits keep their name and device id and wait for their next sign-in); else the
     * demo court's officer; else nobody, on the installation's id.
     */
    async writer(): Promise<Writer> {
      const { auth, signedOut } = await stored();
      if (auth)
        return {
          officer: { userId: auth.user.id, name: auth.user.name },
          deviceId: auth.deviceId,
          isSignedIn: true,
        };
      if (signedOut)
        return {
          officer: { userId: signedOut.user.id, name: signedOut.user.name },
          deviceId: signedOut.deviceId,
          isSignedIn: false,
        };
      const installation = (await db.meta.get(INSTALLATION_KEY))?.value;
      assert(typeof installation === 'string', 'the installation id is created at boot');
      return { officer: null, deviceId: installation, isSignedIn: false };
    },

    /** Starts a court session (after the server answered a sign-in). */
    async signIn(auth: AuthState): Promise<void> {
      await db.meta.put({ key: AUTH_KEY, value: authStateSchema.parse(auth) });
    },

    /**
     * Stores a refreshed access token, but only while `previous` is still the session signed in here: a
     * refresh answered after a sign-out (or after someone else signed in) never brings that session back.
     * Returns whether it was stored.
     */
    async saveRefreshed(previous: AuthState, next: AuthState): Promise<boolean> {
      return db.transaction('rw', db.meta, async () => {
        const { auth } = await stored();
        if (auth?.deviceId !== previous.deviceId || auth.refreshToken !== previous.refreshToken) return false;
        await db.meta.put({ key: AUTH_KEY, value: authStateSchema.parse(next) });
        return true;
      });
    },

    /**
     * Ends the court session on this device. The tokens go; the officer and their device id stay as who
     * writes here, so edits made afterwards keep their author and are pushed at their next sign-in.
     */
    async signOut(): Promise<void> {
      await db.transaction('rw', db.meta, async () => {
        const { auth } = await stored();
        if (!auth) return;
        const kept: SignedOutState = {
          deviceId: auth.deviceId,
          user: { id: auth.user.id, name: auth.user.name },
        };
        await db.meta.put({ key: AUTH_KEY, value: kept });
      });
    },

    /**
     * Records who writes on this device when nothing is recorded yet (the demo court's officer at first
     * start; the officer an older version of the app kept in its session store). `deviceId` defaults to the
     * installation's id. Never replaces a session or a signed-out officer.
     */
    async keepWriterIfUnknown(officer: OfficerRef, deviceId?: string): Promise<void> {
      await db.transaction('rw', db.meta, async () => {
        if ((await db.meta.get(AUTH_KEY)) !== undefined) return;
        const installation = deviceId ?? (await db.meta.get(INSTALLATION_KEY))?.value;
        assert(typeof installation === 'string', 'the installation id is created at boot');
        const kept: SignedOutState = {
          deviceId: installation,
          user: { id: officer.userId, name: officer.name },
        };
        await db.meta.put({ key: AUTH_KEY, value: kept });
      });
    },

    /** The court's four-eyes setting as last received (login or refresh); on when never received. */
    async isFourEyesRequired(): Promise<boolean> {
      return (await db.meta.get(FOUR_EYES_KEY))?.value !== false;
    },

    /** Keeps the setting a login or refresh answer carried; `undefined` (an older server) changes nothing. */
    async saveFourEyesRequired(value: boolean | undefined): Promise<void> {
      if (value !== undefined) await db.meta.put({ key: FOUR_EYES_KEY, value });
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
