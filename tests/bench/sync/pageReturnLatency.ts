import { createRepositories, type Repositories } from '../../../renderer/data/createRepositories';
import { openDb } from '../../../renderer/data/db';
import { newId } from '../../../renderer/data/newId';
import type { AuthState } from '../../../renderer/data/session/authState';
import { createCourtConnection } from '../../../renderer/sync/court/createCourtConnection';
import { SyncEngine } from '../../../renderer/sync/SyncEngine';

/*
 * Runs INSIDE Chromium (imported from the Vite dev server, like pageSyncBench.ts): two app installations
 * in one page, each with its own IndexedDB database and its own sync engine, signed in as a team's lead
 * and officer of the bench court.
 */

type Device = { repos: Repositories; engine: SyncEngine; auth: AuthState; close: () => void };

async function openDevice(dbName: string, auth: AuthState): Promise<Device> {
  const db = await openDb(dbName);
  const repos = createRepositories(db);
  await repos.meta.deviceId();
  await repos.session.signIn(auth);
  const connection = createCourtConnection({ credentials: repos.session });
  const engine = new SyncEngine({ repos, connection, appVersion: '0.1.0' });
  return { repos, engine, auth, close: () => db.close() };
}

export type ReturnLatencyFigures = {
  /** The lead's return committed locally → the officer's database holds the visit as returned. */
  commitToShownMs: number[];
  /** How many officer syncs each round needed (1 = the first sync after the commit already had it). */
  officerSyncs: number[];
  /** Baseline: one no-op sync of the officer's device in the same round (nothing new either way). */
  noopSyncMs: number[];
};

/**
 * Each round: the officer submits a visit, both sync, then the lead returns it as the review screen does
 * (commit the decision locally, then ask the engine to sync) while the officer keeps pressing "Sync now"
 * until the visit reads returned in the officer's IndexedDB — what the officer's screen shows.
 */
export async function returnLatency(
  officerAuth: AuthState,
  leadAuth: AuthState,
  caseId: string,
  rounds: number,
): Promise<ReturnLatencyFigures> {
  const stamp = `${Date.now()}`;
  const officer = await openDevice(`fieldwrit-latency-officer-${stamp}`, officerAuth);
  const lead = await openDevice(`fieldwrit-latency-lead-${stamp}`, leadAuth);
  const figures: ReturnLatencyFigures = { commitToShownMs: [], officerSyncs: [], noopSyncMs: [] };
  const officerRef = { userId: officerAuth.user.id, name: officerAuth.user.name };
  const leadRef = { userId: leadAuth.user.id, name: leadAuth.user.name };
  const officerCtx = { userId: officerAuth.user.id, deviceId: officerAuth.deviceId };
  const leadCtx = { userId: leadAuth.user.id, deviceId: leadAuth.deviceId };
  try {
    await officer.engine.syncNow();
    await lead.engine.syncNow();
    for (let round = 0; round < rounds; round++) {
      const visit = await officer.repos.visits.create(officerCtx, {
        id: newId(),
        caseId,
        state: 'draft',
        startedAt: '2025-06-03T09:00:00+08:00',
        endedAt: '2025-06-03T11:30:00+08:00',
        address: '包头市稀土高新区黄河大街 88 号',
        coordinates: null,
        officersPresent: [officerRef],
        enterprisePeople: [{ name: '张强', role: '厂长' }],
        operatingState: 'partly_stopped',
        workforceSeen: 12,
        findings: '一号车间停工，设备未见铭牌。',
        signature: { signedBy: null, refusedToSign: false, refusalNote: '' },
      });
      await officer.repos.visits.transition(officerCtx, visit.id, 'submitted');
      await officer.engine.syncNow();
      await lead.engine.syncNow();
      if (!(await lead.repos.reviews.queue()).some((v) => v.id === visit.id))
        throw new Error(`round ${round}: the submitted visit did not reach the lead`);

      const n0 = performance.now();
      await officer.engine.syncNow();
      figures.noopSyncMs.push(performance.now() - n0);

      await lead.repos.reviews.decide(leadCtx, {
        id: newId(),
        visitId: visit.id,
        decision: 'returned',
        reviewer: leadRef,
        reviewedAt: '2025-06-03T14:00:00+08:00',
        comments: [{ target: 'findings', text: '请写明设备铭牌编号及存放位置' }],
      });
      const t0 = performance.now();
      const leadSynced = lead.engine.syncNow();
      let syncs = 0;
      for (;;) {
        await officer.engine.syncNow();
        syncs++;
        if ((await officer.repos.visits.get(visit.id))?.state === 'returned') break;
        if (performance.now() - t0 > 30_000) throw new Error(`round ${round}: no return after 30 s`);
      }
      figures.commitToShownMs.push(performance.now() - t0);
      figures.officerSyncs.push(syncs);
      await leadSynced;
    }
    return figures;
  } finally {
    officer.close();
    lead.close();
  }
}
