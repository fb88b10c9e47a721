import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { newId } from '../../../renderer/data/newId';
import { useSyncStore } from '../../../renderer/sync/syncStore';
import { createCases, useServerSuite } from '../server/support/serverSuite';
import { openAppDevice, type AppDevice } from './support/openAppDevice';
import { NOW } from './support/useOfficerAndLead';

/** What the officer types into the findings, one autosave per pause: "1,433 rows for one visit". */
const TYPED = Array.from({ length: 40 }, (_, i) => '一号车间停工，设备未见铭牌，'.slice(0, (i % 14) + 1) + i);
const FINAL = '一号车间停工，设备未见铭牌，现场有十二名职工。';

/**
 * Folded ("squashed") outbox entries against the real court server: an officer's many autosaves of a
 * visit go up as one mutation and the server holds what was typed last; an edit made while a push is in
 * flight is never folded into the mutation being sent, so it reaches the server too.
 */
describe('a squashed outbox pushes, and the server holds the final values', () => {
  const server = useServerSuite('pglite');
  server.now.ms = NOW;
  const clock = () => server.now.ms;
  let officer: AppDevice;
  let lead: AppDevice;
  /** Runs once inside the officer's next push request, before it reaches the server. */
  let duringPush: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    officer = await openAppDevice(url, 'a1', clock, (fetchImpl) => async (input, init) => {
      if (new URL(String(input)).pathname === '/sync/v1/push') {
        const act = duringPush;
        duringPush = null;
        if (act) await act();
      }
      return fetchImpl(input, init);
    });
    lead = await openAppDevice(url, 'lead-a', clock);
  });
  afterAll(() => {
    officer?.close();
    lead?.close();
  });

  async function caseOnBothDevices(): Promise<Case> {
    const { cases } = await createCases(server.sql, server.court.teamA);
    await officer.engine.syncOnce();
    await lead.engine.syncOnce();
    return cases[0]!;
  }

  const startVisit = (theCase: Case) =>
    officer.repos.visits.create(
      officer.ctx,
      makeVisit({
        id: newId(),
        caseId: theCase.id,
        officersPresent: [officer.officer],
        findings: '',
        workforceSeen: null,
        endedAt: null,
      }),
    );

  it('many autosaves of one visit go up as one patch; the lead receives what was typed last', async () => {
    const visit = await startVisit(await caseOnBothDevices());
    for (const findings of TYPED) await officer.repos.visits.update(officer.ctx, visit.id, { findings });
    await officer.repos.visits.update(officer.ctx, visit.id, { workforceSeen: 12 });
    await officer.repos.visits.update(officer.ctx, visit.id, { findings: FINAL });
    const outbox = await officer.repos.outbox.forEntity(visit.id);
    expect(outbox.map((m) => m.op)).toEqual(['create', 'patch']);
    expect(outbox[1]!.changes).toEqual({
      findings: { from: '', to: FINAL },
      workforceSeen: { from: null, to: 12 },
    });

    expect(await officer.sync()).toEqual({ rejected: [], pending: 0 });
    expect(useSyncStore.getState().status).toBe('upToDate');
    await lead.engine.syncOnce();
    expect(await lead.repos.visits.get(visit.id)).toMatchObject({ findings: FINAL, workforceSeen: 12 });
    const stored = await server.sql.query<{ data: { findings: string } }>(
      'SELECT data FROM child_record WHERE id = $1',
      [visit.id],
    );
    expect(stored[0]?.data.findings).toBe(FINAL);
  });

  it('an edit typed while a push is in flight is not folded into the mutation being sent', async () => {
    const visit = await startVisit(await caseOnBothDevices());
    await officer.repos.visits.update(officer.ctx, visit.id, { findings: '一号车间' });
    // The officer goes on typing while the push that carries the edit above is on its way.
    duringPush = async () => {
      await officer.repos.visits.update(officer.ctx, visit.id, { findings: '一号车间停工' });
      await officer.repos.visits.update(officer.ctx, visit.id, { findings: FINAL });
    };
    expect(await officer.sync()).toEqual({ rejected: [], pending: 0 });
    expect(duringPush).toBeNull();
    // The push carried what it had taken; the edit typed meanwhile went as a mutation of its own after it
    // (had it been folded into the one in flight, the answer for that one would have removed it unsent).
    const log = await server.sql.query<{ payload: string }>(
      'SELECT payload FROM mutation_log WHERE device_id = $1 ORDER BY client_seq',
      [officer.ctx.deviceId],
    );
    const visitLog = log
      .map((row) => JSON.parse(row.payload) as { entityId: string; op: string; changes: object })
      .filter((m) => m.entityId === visit.id);
    expect(visitLog.map((m) => [m.op, m.changes])).toEqual([
      ['create', expect.anything()],
      ['patch', { findings: { from: '', to: '一号车间' } }],
      ['patch', { findings: { from: '一号车间', to: FINAL } }],
    ]);
    await lead.engine.syncOnce();
    expect((await lead.repos.visits.get(visit.id))?.findings).toBe(FINAL);
  });
});
