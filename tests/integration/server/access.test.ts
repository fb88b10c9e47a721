import { describe, expect, it } from 'vitest';
import { createUser } from '../../../server/admin/createUser';
import { updateUser } from '../../../server/admin/updateUser';
import { countRows, createCases, readCase, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { TEST_PASSWORD } from './support/seedCourt';
import { TestDevice } from './support/TestDevice';

const caseIdsOf = (pages: { changes: { entityId: string }[] }[]) =>
  new Set(pages.flatMap((p) => p.changes.map((c) => c.entityId)));

describe.each(STORAGES)('access control (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  it('delivers only the team’s cases, to officers and team leads; administrators see all', async () => {
    const mine = await createCases(ctx.sql, ctx.court.teamA);
    const theirs = await createCases(ctx.sql, ctx.court.teamB);
    for (const username of ['a1', 'lead-a']) {
      const seen = caseIdsOf(await (await TestDevice.login(ctx.app, username)).pullAll());
      expect(seen.has(mine.cases[0]!.id)).toBe(true);
      expect(seen.has(theirs.cases[0]!.id)).toBe(false);
    }
    const all = caseIdsOf(await (await TestDevice.login(ctx.app, 'admin')).pullAll());
    expect(all.has(mine.cases[0]!.id) && all.has(theirs.cases[0]!.id)).toBe(true);
  });

  it('re-checks access on every push: another team’s case is rejected and nothing is written', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamB);
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const versions = await countRows(ctx.sql, 'entity_version', 'entity_id = $1', [cases[0]!.id]);
    const feed = await countRows(ctx.sql, 'change_log');
    const answer = await a1.push([
      a1.patch(cases[0]!.id, { notes: ['', 'not my case'] }, commitSeq),
      a1.patch('no-such-case', { notes: ['', 'guess'] }, commitSeq),
    ]);
    expect(answer.status).toBe(200);
    expect(answer.body.results.map((r) => (r.status === 'rejected' ? r.rejection!.code : r.status))).toEqual([
      'access.forbidden',
      'access.forbidden',
    ]);
    expect((await readCase(ctx.sql, cases[0]!.id)).data.notes).toBe('');
    expect(await countRows(ctx.sql, 'entity_version', 'entity_id = $1', [cases[0]!.id])).toBe(versions);
    expect(await countRows(ctx.sql, 'change_log')).toBe(feed);
    expect(await countRows(ctx.sql, 'field_conflict', 'entity_id = $1', [cases[0]!.id])).toBe(0);
  });

  it('never applies one officer’s outbox under another’s name', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const [a1, a2] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'a2')];
    // a2 signs in on a1's device: it gets its own device id, never a1's sequence.
    const a2OnA1sLaptop = await TestDevice.login(ctx.app, 'a2', { deviceId: a1.deviceId });
    expect(a2OnA1sLaptop.deviceId).not.toBe(a1.deviceId);
    // a2's token cannot push for a1's device …
    const m = a1.patch(cases[0]!.id, { notes: ['', 'a1 wrote this'] }, commitSeq);
    const foreign = await a2.push([m], { deviceId: a1.deviceId });
    expect(foreign.status).toBe(403);
    expect((foreign.body as unknown as { error: { code: string } }).error.code).toBe('device.notYours');
    // … and a mutation authored by a1 is refused on a2's device.
    const renamed = { ...m, deviceId: a2.deviceId, clientSeq: 1 };
    const r = (await a2.push([renamed])).body.results[0]!;
    expect(r.status === 'rejected' && r.rejection!.code).toBe('mutation.authorMismatch');
    expect((await readCase(ctx.sql, cases[0]!.id)).data.notes).toBe('');
    expect(await countRows(ctx.sql, 'mutation_log', 'device_id = $1', [a1.deviceId])).toBe(0);
  });

  it('delivers a case moved into the team whole, and revokes it from the team it left', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const id = cases[0]!.id;
    const [a1, b1, admin] = [
      await TestDevice.login(ctx.app, 'a1'),
      await TestDevice.login(ctx.app, 'b1'),
      await TestDevice.login(ctx.app, 'admin'),
    ];
    const a1Cursor = (await a1.pullAll()).at(-1)!.cursor;
    const b1Cursor = (await b1.pullAll()).at(-1)!.cursor;
    const move = await admin.push([
      admin.patch(id, { teamId: [ctx.court.teamA, ctx.court.teamB] }, commitSeq),
    ]);
    expect(move.body.results[0]!.status).toBe('applied');

    const forB = await b1.pullAll(b1Cursor);
    const gained = forB.flatMap((p) => p.changes).find((c) => c.entityId === id);
    expect(gained?.data).toMatchObject({ id, teamId: ctx.court.teamB, caseNumber: cases[0]!.caseNumber });
    const forA = await a1.pullAll(a1Cursor);
    expect(forA.flatMap((p) => p.revoked)).toContain(id);
    expect(caseIdsOf(forA).has(id)).toBe(false);
    const push = await a1.push([a1.patch(id, { notes: ['', 'too late'] }, commitSeq)]);
    expect(push.body.results[0]!.status === 'rejected' && push.body.results[0]!.rejection!.code).toBe(
      'access.forbidden',
    );
  });

  it('gives a user moved to another team a snapshot of the new team’s cases and revokes the old ones', async () => {
    const username = `mover-${kind}`;
    await createUser(ctx.sql, {
      username,
      name: '调岗',
      role: 'officer',
      team: ctx.court.teamB,
      password: TEST_PASSWORD,
    });
    const oldTeam = await createCases(ctx.sql, ctx.court.teamB);
    const newTeam = await createCases(ctx.sql, ctx.court.teamA);
    const mover = await TestDevice.login(ctx.app, username);
    const cursor = (await mover.pullAll()).at(-1)!.cursor;
    await updateUser(ctx.sql, username, { team: ctx.court.teamA });
    // Pages after the move: nothing of team A changed, yet its cases arrive whole; team B's are revoked.
    const pages = await mover.pullAll(cursor);
    const seen = caseIdsOf(pages);
    expect(seen.has(newTeam.cases[0]!.id)).toBe(true);
    expect(seen.has(oldTeam.cases[0]!.id)).toBe(false);
    expect(pages.flatMap((p) => p.revoked)).toContain(oldTeam.cases[0]!.id);
    const snapshot = pages.flatMap((p) => p.changes).find((c) => c.entityId === newTeam.cases[0]!.id)!;
    expect(snapshot.data.caseNumber).toBe(newTeam.cases[0]!.caseNumber);
    expect(snapshot.commitSeq).toBe(newTeam.commitSeq);
    // Re-pulling the same cursor (a lost response) gives the same answer: the pull holds no hidden state.
    expect(caseIdsOf(await mover.pullAll(cursor))).toEqual(seen);
  });

  it('ends a disabled user’s access at once', async () => {
    const username = `leaver-${kind}`;
    await createUser(ctx.sql, {
      username,
      name: '离职',
      role: 'officer',
      team: ctx.court.teamA,
      password: TEST_PASSWORD,
    });
    const leaver = await TestDevice.login(ctx.app, username);
    await updateUser(ctx.sql, username, { isDisabled: true });
    expect((await leaver.pull(0)).status).toBe(401);
    const refresh = await ctx.app.inject({
      method: 'POST',
      url: '/auth/v1/refresh',
      payload: { refreshToken: leaver.session.refreshToken, deviceId: leaver.deviceId },
    });
    expect(refresh.statusCode).toBe(401);
  });
});
