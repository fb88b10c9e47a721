import { describe, expect, it } from 'vitest';
import type { MutationResult } from '../../../shared/sync/protocol';
import { createTeam } from '../../../server/admin/createTeam';
import { createUser } from '../../../server/admin/createUser';
import { writeAdminCases } from '../../../server/admin/writeAdminCases';
import { countRows, createCases, readCase, useServerSuite } from './support/serverSuite';
import { makeCase } from './support/testCases';
import { STORAGES } from './support/testStorage';
import { TEST_PASSWORD } from './support/seedCourt';
import { TestDevice } from './support/TestDevice';

const statuses = (results: MutationResult[]) => results.map((r) => r.status);

describe.each(STORAGES)('push and pull (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  it('round-trips an edit from one officer to another, with version and per-field sequence', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const [a1, a2] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'a2')];
    const before = await a2.pullAll();
    const cursor = before.at(-1)!.cursor;
    const pulled = before.flatMap((p) => p.changes).find((c) => c.entityId === cases[0]!.id)!;
    expect(pulled.commitSeq).toBe(commitSeq);

    const pushed = await a1.push([a1.patch(cases[0]!.id, { notes: ['', '已实地走访'] }, pulled.commitSeq)]);
    expect(pushed.status).toBe(200);
    expect(pushed.body.lastProcessedClientSeq).toBe(1);
    const result = pushed.body.results[0]!;
    expect(result.status).toBe('applied');
    const newSeq = result.status === 'applied' ? result.commitSeq! : -1;
    expect(newSeq).toBeGreaterThan(commitSeq);

    const after = await a2.pullAll(cursor);
    const change = after.flatMap((p) => p.changes).find((c) => c.entityId === cases[0]!.id)!;
    expect(change.data.notes).toBe('已实地走访');
    expect(change.version).toBe(2);
    expect(change.commitSeq).toBe(newSeq);
    expect(change.fieldSeq.notes).toBe(newSeq);
    expect(change.fieldSeq.status).toBe(commitSeq);
    expect(after.at(-1)!.lastProcessedClientSeq).toBe(0);
  });

  it('answers a resent batch with the stored outcomes and applies nothing twice', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const batch = [
      a1.patch(cases[0]!.id, { notes: ['', 'one'] }, commitSeq),
      a1.patch(cases[0]!.id, { recoveredFen: [0, 500] }, commitSeq),
    ];
    const first = await a1.push(batch);
    expect(statuses(first.body.results)).toEqual(['applied', 'applied']);
    const versions = await countRows(ctx.sql, 'entity_version', 'entity_id = $1', [cases[0]!.id]);
    const logged = await countRows(ctx.sql, 'mutation_log', 'device_id = $1', [a1.deviceId]);

    const again = await a1.push(batch);
    expect(again.status).toBe(200);
    expect(statuses(again.body.results)).toEqual(['duplicate', 'duplicate']);
    again.body.results.forEach((r, i) => {
      expect(r.status === 'duplicate' && r.original).toEqual(first.body.results[i]);
      expect(r.status === 'duplicate' && r.isMismatch).toBe(false);
    });
    expect(await countRows(ctx.sql, 'entity_version', 'entity_id = $1', [cases[0]!.id])).toBe(versions);
    expect(await countRows(ctx.sql, 'mutation_log', 'device_id = $1', [a1.deviceId])).toBe(logged);
    expect((await readCase(ctx.sql, cases[0]!.id)).data.recoveredFen).toBe(500);
  });

  it('flags a reused sequence number with a different mutation instead of silently dropping it', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const a1 = await TestDevice.login(ctx.app, 'a1');
    await a1.push([a1.patch(cases[0]!.id, { notes: ['', 'original'] }, commitSeq)]);
    a1.nextSeq = 1;
    const reused = await a1.push([
      a1.patch(cases[0]!.id, { notes: ['original', 'after a local reset'] }, commitSeq),
    ]);
    const r = reused.body.results[0]!;
    expect(r.status).toBe('duplicate');
    expect(r.status === 'duplicate' && r.isMismatch).toBe(true);
    expect((await readCase(ctx.sql, cases[0]!.id)).data.notes).toBe('original');
  });

  it('reports a gap, stops there, and accepts the batch once the gap is filled', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const m1 = a1.patch(cases[0]!.id, { notes: ['', 'first'] }, commitSeq);
    const m2 = a1.patch(cases[0]!.id, { notes: ['first', 'second'] }, commitSeq);
    const gap = await a1.push([m2]);
    expect(gap.status).toBe(200);
    expect(gap.body.gap).toEqual({ expectedClientSeq: 1, receivedClientSeq: 2 });
    expect(gap.body.results).toEqual([]);
    expect(gap.body.lastProcessedClientSeq).toBe(0);
    expect(await countRows(ctx.sql, 'mutation_log', 'device_id = $1', [a1.deviceId])).toBe(0);

    const filled = await a1.push([m1, m2]);
    expect(statuses(filled.body.results)).toEqual(['applied', 'applied']);
    expect((await readCase(ctx.sql, cases[0]!.id)).data.notes).toBe('second');
    // A batch straddling what was processed: the old part is duplicate, the new part applied, each once.
    const m3 = a1.patch(cases[0]!.id, { notes: ['second', 'third'] }, commitSeq);
    const straddle = await a1.push([m2, m3]);
    expect(statuses(straddle.body.results)).toEqual(['duplicate', 'applied']);
    expect(straddle.body.lastProcessedClientSeq).toBe(3);
    expect(await countRows(ctx.sql, 'mutation_log', 'device_id = $1', [a1.deviceId])).toBe(3);
  });

  it('rejects a mutation for good, keeps its payload, and goes on with the ones behind it', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const bad = a1.patch(cases[0]!.id, { recoveredFen: [0, '100'] }, commitSeq);
    const good = a1.patch(cases[0]!.id, { notes: ['', 'still saved'] }, commitSeq);
    const answer = await a1.push([bad, good]);
    expect(answer.status).toBe(200);
    expect(statuses(answer.body.results)).toEqual(['rejected', 'applied']);
    const rejection =
      answer.body.results[0]!.status === 'rejected' ? answer.body.results[0]!.rejection! : null;
    expect(rejection?.code).toBe('money.format');
    expect(rejection?.path).toBe('recoveredFen');
    expect(rejection?.message['zh-CN']).toMatch(/金额/);
    expect(rejection?.message.en).toMatch(/amount/i);
    expect(answer.body.lastProcessedClientSeq).toBe(2);
    const [row] = await ctx.sql.query<{ status: string; payload: string }>(
      'SELECT status, payload FROM mutation_log WHERE device_id = $1 AND client_seq = 1',
      [a1.deviceId],
    );
    expect(row!.status).toBe('rejected');
    expect(JSON.parse(row!.payload)).toEqual(bad);
    const current = await readCase(ctx.sql, cases[0]!.id);
    expect(current.data.recoveredFen).toBe(0);
    expect(current.data.notes).toBe('still saved');
  });

  it('applies a txId group all-or-nothing', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const txId = '01890000-0000-7000-8000-000000000001';
    const ok = a1.mutation({
      op: 'patch',
      entityId: cases[0]!.id,
      baseSeq: commitSeq,
      txId,
      changes: { notes: { from: '', to: 'part of a group' } },
    });
    const bad = a1.mutation({
      op: 'patch',
      entityId: cases[0]!.id,
      baseSeq: commitSeq,
      txId,
      changes: { caseNumber: { from: '', to: 'x' } },
    });
    const answer = await a1.push([ok, bad]);
    expect(statuses(answer.body.results)).toEqual(['rejected', 'rejected']);
    const codes = answer.body.results.map((r) => (r.status === 'rejected' ? r.rejection!.code : null));
    expect(codes).toEqual(['tx.aborted', 'field.forbidden']);
    expect((await readCase(ctx.sql, cases[0]!.id)).version).toBe(1);
    expect(answer.body.lastProcessedClientSeq).toBe(2);
  });

  it('quarantines the batch of a too-old client with HTTP 426 and does not advance its sequence', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const m = a1.patch(cases[0]!.id, { notes: ['', 'from an old app'] }, commitSeq);
    const answer = await a1.push([m], { protocolVersion: 0 });
    expect(answer.status).toBe(426);
    const body = answer.body as unknown as {
      error: { code: string };
      quarantineId: string;
      results: MutationResult[];
    };
    expect(body.error.code).toBe('client.tooOld');
    expect(body.results).toEqual([{ mutationId: m.mutationId, clientSeq: 1, status: 'quarantined' }]);
    const [stored] = await ctx.sql.query<{ payload: string; user_id: string }>(
      'SELECT payload, user_id FROM quarantined_batch WHERE id = $1',
      [body.quarantineId],
    );
    expect(JSON.parse(stored!.payload).mutations[0]).toEqual(m);
    expect(stored!.user_id).toBe(a1.userId);
    expect((await readCase(ctx.sql, cases[0]!.id)).version).toBe(1);
    // After upgrading, the same mutation goes through normally.
    const upgraded = await a1.push([m]);
    expect(statuses(upgraded.body.results)).toEqual(['applied']);
  });

  it('never splits a commit across pull pages, and each page shows records as of its own end', async () => {
    const team = await createTeam(ctx.sql, { name: `分页测试团队-${kind}` });
    await createUser(ctx.sql, {
      username: `pager-${kind}`,
      name: '分页',
      role: 'officer',
      team: team.id,
      password: TEST_PASSWORD,
    });
    const big = Array.from({ length: 7 }, () => makeCase(team.id));
    await writeAdminCases(ctx.sql, big, new Date().toISOString());
    for (let i = 0; i < 3; i++) await writeAdminCases(ctx.sql, [makeCase(team.id)], new Date().toISOString());
    const pager = await TestDevice.login(ctx.app, `pager-${kind}`);
    // Two later commits on the same case: a page ending before the second must show the first state.
    const target = big[0]!;
    const lead = await TestDevice.login(ctx.app, 'admin');
    const [{ commit_seq: base }] = await ctx.sql.query<{ commit_seq: number }>(
      'SELECT commit_seq FROM case_record WHERE id = $1',
      [target.id],
    );
    const s1 = await lead.push([lead.patch(target.id, { notes: ['', 'v2'] }, base!)]);
    const s2 = await lead.push([lead.patch(target.id, { notes: ['v2', 'v3'] }, base!)]);
    const seq1 = s1.body.results[0]!.status === 'applied' ? s1.body.results[0]!.commitSeq! : -1;
    const seq2 = s2.body.results[0]!.status === 'applied' ? s2.body.results[0]!.commitSeq! : -1;

    const pages = await pager.pullAll(0, 1);
    expect(pages[0]!.changes).toHaveLength(7);
    expect(new Set(pages[0]!.changes.map((c) => c.commitSeq)).size).toBe(1);
    const cursors = pages.map((p) => p.cursor);
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(new Set(cursors).size).toBe(cursors.length);
    const byCase = new Map<string, number[]>();
    for (const page of pages) {
      for (const change of page.changes) {
        expect(change.commitSeq).toBeLessThanOrEqual(page.cursor);
        byCase.set(change.entityId, [...(byCase.get(change.entityId) ?? []), change.version]);
      }
    }
    expect(byCase.size).toBe(10);
    const pageWithSeq1 = pages.find((p) => p.cursor >= seq1 && p.cursor < seq2);
    expect(pageWithSeq1?.changes.find((c) => c.entityId === target.id)?.data.notes).toBe('v2');
    const last = pages
      .flatMap((p) => p.changes)
      .filter((c) => c.entityId === target.id)
      .at(-1)!;
    expect(last.data.notes).toBe('v3');
    expect(pages.at(-1)!.hasMore).toBe(false);
  });

  it('serialises concurrent pushes: distinct commit sequences, every commit complete in the feed', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA, 4);
    const devices = await Promise.all(
      ['a1', 'a2', 'lead-a', 'a1', 'a2'].map((u) => TestDevice.login(ctx.app, u)),
    );
    const answers = await Promise.all(
      devices.map((d, i) =>
        d.push(cases.map((c, k) => d.patch(c.id, { recoveredFen: [0, (i + 1) * 1000 + k] }, commitSeq))),
      ),
    );
    const seqs = answers.map((a) => {
      expect(a.status).toBe(200);
      const r = a.body.results[0]!;
      return r.status === 'applied' || r.status === 'applied_with_conflicts' ? r.commitSeq! : -1;
    });
    expect(new Set(seqs).size).toBe(devices.length);
    // Exactly one push wrote each case first; the other four kept their value as a conflict.
    for (const c of cases) {
      expect(await countRows(ctx.sql, 'entity_version', 'entity_id = $1', [c.id])).toBe(2);
      expect(await countRows(ctx.sql, 'field_conflict', 'entity_id = $1', [c.id])).toBe(devices.length - 1);
    }
    const feed = await ctx.sql.query<{ commit_seq: number; n: number }>(
      'SELECT commit_seq, count(*)::int AS n FROM change_log WHERE commit_seq = ANY($1::bigint[]) GROUP BY commit_seq',
      [seqs],
    );
    expect(feed.map((f) => f.n)).toEqual(seqs.map(() => cases.length));
  });

  it('returns an empty page at the head and refuses a cursor ahead of the server', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const pages = await a1.pullAll();
    const head = pages.at(-1)!.cursor;
    const again = await a1.pull(head);
    expect(again.status).toBe(200);
    expect(again.body.changes).toEqual([]);
    expect(again.body.hasMore).toBe(false);
    const ahead = await a1.pull(head + 1000);
    expect(ahead.status).toBe(409);
    expect((ahead.body as unknown as { error: { code: string } }).error.code).toBe('sync.cursorAhead');
  });
});
