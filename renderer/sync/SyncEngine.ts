import {
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  pullResponseSchema,
  pushResponseSchema,
  type PullRequest,
  type PushRequest,
  type PushResponse,
} from '../../shared/sync/protocol';
import type { Repositories } from '../data/createRepositories';
import { onMutationsCommitted } from '../data/outbox/committedMutations';
import { appClock } from '../../shared/time/appClock';
import { logger } from '../logger';
import type { CourtConnection } from './court/CourtConnection';
import { CourtHttpError } from './court/CourtHttpError';
import { CourtDeviceRevoked, DEVICE_REVOKED_CODE } from './court/CourtDeviceRevoked';
import { useSyncStore } from './syncStore';
import { uploadPendingBlobs } from './blobs/uploadPendingBlobs';
import { checkCourtCheckpoint } from './court/checkCourtCheckpoint';
import { courtKeyFinder } from './court/courtKeyFinder';

const PUSH_BATCH = 100;
const PULL_LIMIT = 500;
/**
 * Between runs: a colleague's commit (a lead's return, say) reaches an open, visible app within this time
 * without anyone pressing "Sync now"; a hidden window checks less often. A no-op run is one statement on
 * the court server.
 */
const VISIBLE_TIMER_MS = 15_000;
const HIDDEN_TIMER_MS = 60_000;
const DEBOUNCE_MS = 1_500;
const MAX_BACKOFF_MS = 5 * 60_000;

export type SyncEngineOptions = {
  repos: Repositories;
  /** The court server as the signed-in officer: the engine asks it for a session at each run. */
  connection: CourtConnection;
  appVersion: string;
  /** The clock of "last synced"; defaults to appClock. */
  now?: () => number;
  /**
   * The court server revoked this device: the engine has stopped for good (no request of this device
   * will be served again) and the header says why; the owner removes or locks the vault.
   */
  onDeviceRevoked?: () => void;
  /** The server processed every mutation of `deviceId` through `throughClientSeq` (the desktop journal drops them). */
  onPushAcknowledged?: (deviceId: string, throughClientSeq: number) => void | Promise<void>;
};

/**
 * The client sync engine. Exactly one runs per page (and, through a Web Lock, per profile): triggered by
 * reconnecting, by new local writes (debounced), and by a timer, with exponential backoff after failures.
 * Each run asks the court connection for the signed-in session (PowerSync's fetchCredentials: the
 * connection owns tokens and their refresh), pushes that officer's outbox in clientSeq order, uploads
 * pending blobs, then pulls from the cursor until caught up.
 */
export class SyncEngine {
  private isRunning = false;
  private isRerunWanted = false;
  /** Requests for a run so far, and the latest request a finished run has covered (see syncNow). */
  private requested = 0;
  private settled = 0;
  private readonly waiters: { ticket: number; resolve: () => void }[] = [];
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private readonly cleanups: (() => void)[] = [];
  private readonly now: () => number;
  /** Stopped (the vault locked or another opened): an unfinished run may end, but says and schedules nothing. */
  private isStopped = false;

  constructor(private readonly options: SyncEngineOptions) {
    this.now = options.now ?? appClock.now;
  }

  start(): void {
    const onOnline = () => this.trigger();
    const onOffline = () => useSyncStore.getState().set({ status: 'offline', progress: null });
    // Coming back to the app (laptop opened, window shown) is when the officer looks: fetch what changed.
    const onVisible = () => {
      if (document.visibilityState === 'visible') this.trigger();
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onVisible);
    this.cleanups.push(() => window.removeEventListener('online', onOnline));
    this.cleanups.push(() => window.removeEventListener('offline', onOffline));
    this.cleanups.push(() => document.removeEventListener('visibilitychange', onVisible));
    this.cleanups.push(
      onMutationsCommitted(() => {
        // Something is waiting to go: the header must not keep saying "up to date" until the debounce fires.
        if (useSyncStore.getState().status === 'upToDate') useSyncStore.getState().set({ status: 'pending' });
        if (this.debounce) clearTimeout(this.debounce);
        this.debounce = setTimeout(() => this.trigger(), DEBOUNCE_MS);
      }),
    );
    this.trigger();
  }

  stop(): void {
    this.isStopped = true;
    for (const c of this.cleanups.splice(0)) c();
    if (this.timer) clearTimeout(this.timer);
    if (this.debounce) clearTimeout(this.debounce);
  }

  /** Asks for a sync run now (or right after the one in progress). */
  trigger(): void {
    void this.syncNow();
  }

  /**
   * Asks for a sync run and resolves when a run that STARTED after this call has finished (successfully
   * or not). A run already in progress may have read the outbox before the caller's last write, so it does
   * not count: the engine runs again right after it. The status turns to syncing at once, so nobody reads
   * the previous run's "up to date" as the answer to this request.
   */
  syncNow(): Promise<void> {
    if (this.isStopped) return Promise.resolve();
    const ticket = ++this.requested;
    const store = useSyncStore.getState();
    if (store.status !== 'signedOut') store.set({ status: 'syncing', attention: null });
    const settled = new Promise<void>((resolve) => this.waiters.push({ ticket, resolve }));
    if (this.isRunning) this.isRerunWanted = true;
    else void this.run();
    return settled;
  }

  /** Every request up to `ticket` has been answered by a run that started after it. */
  private settle(ticket: number): void {
    this.settled = Math.max(this.settled, ticket);
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const w = this.waiters[i]!;
      if (w.ticket > this.settled) continue;
      this.waiters.splice(i, 1);
      w.resolve();
    }
  }

  private isPageVisible(): boolean {
    return typeof document === 'undefined' || document.visibilityState === 'visible';
  }

  private schedule(ms: number): void {
    if (this.isStopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.trigger(), ms);
  }

  /** The header's status, written only while this engine runs (a stopped one never speaks for the next). */
  private readonly store = {
    set: (patch: Parameters<ReturnType<typeof useSyncStore.getState>['set']>[0]) => {
      if (!this.isStopped) useSyncStore.getState().set(patch);
    },
  };

  private async run(): Promise<void> {
    if (this.isStopped) return this.settle(this.requested);
    this.isRunning = true;
    const store = this.store;
    // Every request made before a pass starts is covered by that pass.
    let covers = this.requested;
    try {
      do {
        // Set before the pass: a request arriving during it (even while it waits for the lock) runs again.
        this.isRerunWanted = false;
        covers = this.requested;
        await this.withProfileLock(() => this.syncOnce());
        this.settle(covers);
      } while (this.isRerunWanted);
      this.failures = 0;
      this.schedule(this.isPageVisible() ? VISIBLE_TIMER_MS : HIDDEN_TIMER_MS);
    } catch (error) {
      if (error instanceof CourtDeviceRevoked) {
        store.set({ status: 'needsAttention', progress: null, attention: DEVICE_REVOKED_CODE });
        logger.warn('the court server revoked this device: sync stopped');
        this.stop();
        this.options.onDeviceRevoked?.();
        return;
      }
      this.failures++;
      const delay = Math.min(MAX_BACKOFF_MS, 2_000 * 2 ** (this.failures - 1)) * (0.75 + Math.random() * 0.5);
      if (error instanceof CourtHttpError && error.isTransient) {
        store.set({
          status: error.isNetwork ? 'offline' : 'needsAttention',
          progress: null,
          attention: error.isNetwork ? null : 'server.unavailable',
        });
        this.schedule(error.retryAfterMs ?? delay);
      } else {
        const code =
          error instanceof CourtHttpError ? (error.problem?.code ?? `http.${error.status}`) : 'sync.internal';
        logger.warn('sync failed', error);
        store.set({ status: 'needsAttention', progress: null, attention: code });
        this.schedule(delay);
      }
    } finally {
      this.isRunning = false;
      // A failed run answers the requests it covered too (the status says why); later ones run now.
      this.settle(covers);
      if (this.requested > this.settled) void this.run();
    }
  }

  /** Runs `fn` holding the profile-wide sync lock, so two windows never sync the same outbox at once. */
  private async withProfileLock(fn: () => Promise<void>): Promise<void> {
    if (typeof navigator === 'undefined' || !('locks' in navigator)) return fn();
    await navigator.locks.request('fieldwrit-sync', fn);
  }

  async syncOnce(): Promise<void> {
    const { repos, connection } = this.options;
    const store = this.store;
    const session = await connection.session();
    if (!session) {
      store.set({ status: 'signedOut', progress: null });
      return;
    }
    const { deviceId } = session;
    const total = await repos.outbox.pendingCount(deviceId);
    let done = 0;
    store.set({ status: 'syncing', progress: { done, total }, attention: null });

    // Push: this officer's outbox only, oldest first, one batch at a time. A batch once taken is never
    // changed on the device (no later edit is folded into it), so a retry sends exactly what the server
    // may already have.
    for (;;) {
      const batch = await repos.outbox.takeBatch(deviceId, PUSH_BATCH);
      if (batch.length === 0) break;
      const request: PushRequest = {
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: SCHEMA_VERSION,
        appVersion: this.options.appVersion,
        deviceId,
        mutations: batch,
      };
      let response: PushResponse;
      try {
        response = await session.postJson('/sync/v1/push', request, pushResponseSchema);
      } catch (error) {
        if (error instanceof CourtHttpError && error.status === 426) {
          store.set({ status: 'needsAttention', progress: null, attention: 'client.tooOld' });
          return;
        }
        throw error;
      }
      await repos.sync.applyPushResults(deviceId, batch, response.results);
      await this.options.onPushAcknowledged?.(deviceId, response.lastProcessedClientSeq);
      done += response.results.filter((r) => r.status !== 'quarantined').length;
      store.set({ progress: { done, total: Math.max(total, done) } });
      if (response.gap) {
        store.set({ status: 'needsAttention', progress: null, attention: 'sync.gap' });
        return;
      }
      if (response.results.length === 0) break;
    }

    // Photos and files: resumable, content-addressed uploads (records may have arrived before their blob).
    const blobs = await uploadPendingBlobs(repos.blobUploads, session, (p) =>
      store.set({ bytes: { done: p.bytesDone, total: p.bytesTotal } }),
    );

    // Pull: pages in commit order; each page and its cursor are applied in one local transaction.
    for (;;) {
      const request: PullRequest = {
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: SCHEMA_VERSION,
        deviceId,
        cursor: await repos.sync.cursor(),
        limit: PULL_LIMIT,
      };
      const page = await session.postJson('/sync/v1/pull', request, pullResponseSchema);
      await repos.sync.applyPullPage(page);
      if (!page.hasMore) break;
    }

    // Keep the court's latest signed checkpoint (when it extends the one held): a later rewrite of history,
    // even with every hash recomputed, shows on the history screen. Never a reason for a sync to fail.
    const checkpoint = await checkCourtCheckpoint(
      session,
      repos.signedHeads,
      courtKeyFinder(session, repos.signedHeads),
    ).catch(() => null);
    if (checkpoint && checkpoint.kind !== 'extends' && checkpoint.kind !== 'none')
      logger.warn('court checkpoint does not extend the one held', checkpoint);

    const rejected = (await repos.outbox.rejected()).length + blobs.failed.length;
    const conflicts = (await repos.sync.conflicts()).length;
    // "Up to date" is a promise to the officer: nothing of theirs is waiting and no requested run is queued.
    const waiting = (await repos.outbox.pendingFor(deviceId, 1)).length > 0;
    store.set({
      status:
        rejected + conflicts > 0
          ? 'needsAttention'
          : this.isRerunWanted
            ? 'syncing'
            : waiting
              ? 'pending'
              : 'upToDate',
      attention: rejected > 0 ? 'sync.rejected' : conflicts > 0 ? 'sync.conflicts' : null,
      progress: null,
      bytes: null,
      lastSyncedAt: new Date(this.now()).toISOString(),
    });
  }
}
