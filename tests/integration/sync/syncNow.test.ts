import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import type { Visit } from '../../../shared/visits/visit';
import { newId } from '../../../renderer/data/newId';
import { useSyncStore, type SyncStatus } from '../../../renderer/sync/syncStore';
import { createCases, useServerSuite } from '../server/support/serverSuite';
import { openAppDevice, type AppDevice } from './support/openAppDevice';
import { NOW } from './support/useOfficerAndLead';

/**
 * The review return that did not reach the officer (issue: "a returned visit always reaches the officer").
 * The lead's decision was committed locally while a sync run was already past its push — the run the
 * decision's own trigger joined. That run still ended by saying "up to date", and "Sync now" answered
 * with it, so the officer synced against a server that had not yet received the return. A request for a
 * sync must be answered by a run that started after it, and "up to date" must never be shown while
 * something local waits.
 */
describe('a sync requested during a run is answered by a run that started after it', () => {
  const server = useServerSuite('pglite');
  server.now.ms = NOW;
  const clock = () => server.now.ms;
  let officer: AppDevice;
  let lead: AppDevice;
  /** Runs once inside the lead's next pull: the moment a run has pushed and not yet finished. */
  let duringPull: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    officer = await openAppDevice(url, 'a1', clock);
    lead = await openAppDevice(url, 'lead-a', clock, (fetchImpl) => async (input, init) => {
      if (new URL(String(input)).pathname === '/sync/v1/pull') {
        const act = duringPull;
        duringPull = null;
        if (act) await act();
      }
      return fetchImpl(input, init);
    });
  });
  afterAll(() => {
    officer?.close();
    lead?.close();
  });

  async function submittedVisit(theCase: Case): Promise<Visit> {
    const visit = await officer.repos.visits.create(officer.ctx, {
      id: newId(),
      caseId: theCase.id,
      state: 'draft',
      startedAt: '2025-06-03T09:00:00+08:00',
      endedAt: '2025-06-03T11:30:00+08:00',
      address: `${theCase.respondents[0]!.name} 厂区`,
      coordinates: null,
      officersPresent: [officer.officer],
      enterprisePeople: [{ name: '张强', role: '厂长' }],
      operatingState: 'partly_stopped',
      workforceSeen: 12,
      findings: '一号车间停工，设备未见铭牌。',
      signature: { signedBy: null, refusedToSign: false, refusalNote: '' },
    });
    return officer.repos.visits.transition(officer.ctx, visit.id, 'submitted');
  }

  it("the lead's return, committed while a run is pulling, is on the server when Sync now answers", async () => {
    const { cases } = await createCases(server.sql, server.court.teamA);
    const theCase = cases[0]!;
    await officer.engine.syncNow();
    const visit = await submittedVisit(theCase);
    await officer.engine.syncNow();
    await lead.engine.syncNow();
    expect((await lead.repos.reviews.queue()).map((v) => v.id)).toContain(visit.id);

    const statuses: SyncStatus[] = [];
    const unsubscribe = useSyncStore.subscribe((s) => statuses.push(s.status));
    let isDecided = false;
    let answered: Promise<void> | null = null;
    // A run is under way (already past its push) when the lead returns the log and asks for a sync, as the
    // review screen does (decide, then trigger) and the lead's "Sync now" click does after it.
    duringPull = async () => {
      await lead.repos.reviews.decide(lead.ctx, {
        id: newId(),
        visitId: visit.id,
        decision: 'returned',
        reviewer: lead.officer,
        reviewedAt: '2025-06-03T14:00:00+08:00',
        comments: [{ target: 'findings', text: '请写明设备铭牌编号及存放位置' }],
      });
      isDecided = true;
      answered = lead.engine.syncNow();
    };
    const running = lead.engine.syncNow();
    await running;
    expect(isDecided).toBe(true);
    // The run that was already past its push must not claim "up to date" with the return still waiting.
    expect(useSyncStore.getState().status).not.toBe('upToDate');
    await answered;
    unsubscribe();
    expect(await lead.repos.outbox.pending()).toEqual([]);
    expect(useSyncStore.getState().status).toBe('upToDate');
    // "Up to date" was said once, at the very end: never while the return waited in the outbox.
    expect(statuses.filter((s) => s === 'upToDate')).toHaveLength(1);
    expect(statuses.at(-1)).toBe('upToDate');

    // The officer syncs right after the lead's Sync now answered: the return and its comment are there.
    await officer.engine.syncNow();
    expect((await officer.repos.visits.get(visit.id))?.state).toBe('returned');
    expect((await officer.repos.reviews.reviewsFor(visit.id)).map((r) => r.comments)).toEqual([
      [{ target: 'findings', text: '请写明设备铭牌编号及存放位置' }],
    ]);
  });
});
