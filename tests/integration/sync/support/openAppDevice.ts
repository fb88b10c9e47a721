import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { OfficerRef } from '../../../../shared/domain/case';
import { createRepositories, type Repositories } from '../../../../renderer/data/createRepositories';
import { openDb, type FieldWritDb } from '../../../../renderer/data/db';
import type { MutationContext } from '../../../../renderer/data/outbox/MutationContext';
import type { RejectedMutation } from '../../../../renderer/data/repositories/outboxRepository';
import { mutationContextOf } from '../../../../renderer/data/session/mutationContextOf';
import type { CourtConnection } from '../../../../renderer/sync/court/CourtConnection';
import { createCourtConnection } from '../../../../renderer/sync/court/createCourtConnection';
import { signIn } from '../../../../renderer/sync/signIn';
import { SyncEngine } from '../../../../renderer/sync/SyncEngine';
import { TEST_PASSWORD } from '../../server/support/seedCourt';

/** What one sync run left behind on a device: refused mutations (with the server's reason) and unsent ones. */
export type SyncOutcome = { rejected: RejectedMutation[]; pending: number };

/**
 * One installation of the app, as the renderer builds it: its own IndexedDB (a fresh fake-indexeddb
 * factory, so devices share nothing but the court server), the real repositories, a signed-in session and
 * the real sync engine talking HTTP to the server.
 */
export type AppDevice = {
  db: FieldWritDb;
  repos: Repositories;
  engine: SyncEngine;
  /** The court connection the engine asks (as the app's services hold it). */
  court: CourtConnection;
  /** Who writes on this device, as `useMutationContext` reads it from the session's home. */
  ctx: MutationContext;
  /** The signed-in user as the session store holds them (reviewer, officer present). */
  officer: OfficerRef;
  /** One engine run (push, blobs, pull); reports what was refused or is still waiting. */
  sync(): Promise<SyncOutcome>;
  close(): void;
};

/**
 * Opens a device and signs `username` in to the court server at `serverUrl` with the app's own `signIn`
 * (device registration, sequence adoption, session stored under AUTH_KEY). `now` is the engine's clock for
 * token expiry; pass the server's clock so no refresh happens unless the test moves time.
 */
export async function openAppDevice(
  serverUrl: string,
  username: string,
  now: () => number,
  /** Sees every request the device sends (the real fetch underneath), to act at a chosen moment. */
  observe: (fetchImpl: typeof fetch) => typeof fetch = (fetchImpl) => fetchImpl,
): Promise<AppDevice> {
  const db = await openDb(`device-${username}-${Math.random()}`, {
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  const repos = createRepositories(db);
  await repos.meta.deviceId();
  const court = createCourtConnection({
    credentials: repos.session,
    fetchImpl: observe((...args) => fetch(...args)),
    now,
  });
  const session = await signIn(repos, court, {
    serverUrl,
    username,
    password: TEST_PASSWORD,
    deviceName: `laptop of ${username}`,
  });
  const engine = new SyncEngine({ repos, connection: court, appVersion: '0.1.0', now });
  return {
    db,
    repos,
    engine,
    court,
    ctx: mutationContextOf(await repos.session.writer()),
    officer: { userId: session.user.id, name: session.user.name },
    async sync() {
      await engine.syncOnce();
      return {
        rejected: await repos.outbox.rejected(),
        pending: (await repos.outbox.pending()).length,
      };
    },
    close() {
      engine.stop();
      db.close();
    },
  };
}
