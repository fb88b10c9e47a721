import { describe, expect, it } from 'vitest';
import type { Json, Mutation } from '../../../shared/sync/mutation';
import type { MutationResult } from '../../../shared/sync/protocol';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { verifyVersionChain } from '../../../server/sync/chain/verifyVersionChain';
import { countRows, createCases, readCase, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { newId, TestDevice } from './support/TestDevice';

const statuses = (results: MutationResult[]) => results.map((r) => r.status);
const seqOf = (r: MutationResult) =>
  r.status === 'applied' || r.status === 'applied_with_conflicts' ? r.commitSeq : undefined;

/**
 * The push's two paths (sync-protocol.md, "How a push is applied"): the fast path decides a batch in
 * memory and writes it at the end under a commit sequence taken last; the careful path (conflicts, reads of
 * the push's own rows) runs the push again with a savepoint per mutation. Both must give the same outcomes,
 * intact hash chains and no placeholder sequence in the database; pulls must never skip a commit.
 */
describe.each(STORAGES)('push paths (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  /** No sequence column anywhere may hold anything but a real, taken commit sequence. */
  async function expectOnlyTakenSeqs() {
    const [{ head }] = await ctx.sql.query<{ head: number }>('SELECT commit_seq AS head FROM sync_counter');
    const beyond = await ctx.sql.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM case_record WHERE commit_seq > $1 OR deleted_seq > $1
                 OR EXISTS (SELECT 1 FROM jsonb_each_text(field_seq) f WHERE f.value::numeric > $1))
            + (SELECT count(*) FROM child_record WHERE commit_seq > $1
                 OR EXISTS (SELECT 1 FROM jsonb_each_text(field_seq) f WHERE f.value::numeric > $1))
            + (SELECT count(*) FROM entity_version WHERE commit_seq > $1)
            + (SELECT count(*) FROM field_conflict WHERE opened_seq > $1 OR closed_seq > $1)
            + (SELECT count(*) FROM mutation_log WHERE commit_seq > $1) AS n`,
      [head],
    );
    expect(Number(beyond[0]!.n)).toBe(0);
  }

  it('applies several versions of one record in one batch, chained, under one commit sequence', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const id = cases[0]!.id;
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const visit = makeVisit({
      id: newId(),
      caseId: id,
      endedAt: '2025-06-03T11:00:00+08:00',
      officersPresent: [{ userId: ctx.court.users.officerA1, name: 'a1' }],
    });
    const onVisit = (
      op: 'create' | 'patch',
      changes: Record<string, { from: Json; to: Json }>,
    ): Mutation => ({
      ...a1.mutation({ op, entityId: visit.id, baseSeq: null, changes }),
      entity: 'visit',
      caseId: id,
    });
    // Built in push order: each takes the device's next clientSeq.
    const batch = [
      a1.patch(id, { notes: ['', 'one'] }, commitSeq),
      a1.patch(id, { notes: ['one', 'two'], recoveredFen: [0, 500] }, commitSeq),
      onVisit(
        'create',
        Object.fromEntries(Object.entries(visit).map(([k, v]) => [k, { from: null, to: v as Json }])),
      ),
      a1.patch(id, { notes: ['two', 'three'] }, commitSeq),
      onVisit('patch', { findings: { from: visit.findings, to: '两次走访合并记录' } }),
    ];
    const answer = await a1.push(batch);
    expect(answer.status).toBe(200);
    expect(statuses(answer.body.results)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
    const seqs = new Set(answer.body.results.map(seqOf));
    expect(seqs.size).toBe(1);
    const seq = [...seqs][0]!;
    expect(seq).toBeGreaterThan(commitSeq);

    const current = await readCase(ctx.sql, id);
    expect(current.version).toBe(4);
    expect(current.data.notes).toBe('three');
    expect(current.field_seq.notes).toBe(seq);
    expect(current.field_seq.recoveredFen).toBe(seq);
    expect(await verifyVersionChain(ctx.sql, 'case', id)).toEqual({ isIntact: true, versions: 4 });
    expect(await verifyVersionChain(ctx.sql, 'visit', visit.id)).toEqual({ isIntact: true, versions: 2 });
    // One feed row per record per commit.
    expect(await countRows(ctx.sql, 'change_log', 'commit_seq = $1', [seq])).toBe(2);

    const a2 = await TestDevice.login(ctx.app, 'a2');
    const changes = (await a2.pullAll()).flatMap((p) => p.changes).filter((c) => c.caseId === id);
    const last = (entityId: string) => changes.filter((c) => c.entityId === entityId).at(-1)!;
    expect(last(id)).toMatchObject({
      version: 4,
      commitSeq: seq,
      data: { notes: 'three', recoveredFen: 500 },
    });
    expect(last(visit.id)).toMatchObject({
      version: 2,
      commitSeq: seq,
      data: { findings: '两次走访合并记录' },
    });
    await expectOnlyTakenSeqs();
  });

  it('gives the same outcomes when a batch needs the careful path (a conflict, then its supersession)', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA, 3);
    const [a1, a2] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'a2')];
    const first = await a1.push([a1.patch(cases[1]!.id, { notes: ['', 'a1 was here'] }, commitSeq)]);
    expect(statuses(first.body.results)).toEqual(['applied']);

    // a2 edits three cases offline; the second one was changed by a1 meanwhile: a conflict.
    const answer = await a2.push([
      a2.patch(cases[0]!.id, { notes: ['', 'plain'] }, commitSeq),
      a2.patch(cases[1]!.id, { notes: ['', 'a2 disagrees'] }, commitSeq),
      a2.patch(cases[2]!.id, { notes: ['', 'plain too'] }, commitSeq),
    ]);
    expect(statuses(answer.body.results)).toEqual(['applied', 'applied_with_conflicts', 'applied']);
    const seq = seqOf(answer.body.results[0]!)!;
    expect(answer.body.results.map(seqOf)).toEqual([seq, seq, seq]);
    const conflicts = await ctx.sql.query<{ status: string; opened_seq: number }>(
      'SELECT status, opened_seq FROM field_conflict WHERE entity_id = $1',
      [cases[1]!.id],
    );
    expect(conflicts).toEqual([{ status: 'open', opened_seq: seq }]);
    expect((await readCase(ctx.sql, cases[1]!.id)).data.notes).toBe('a1 was here');

    // a2's next edit of that field (it has seen a1's value now) states its intent: the conflict is closed
    // as superseded, in the same commit as a plain edit of another case.
    const next = await a2.push([
      a2.patch(cases[0]!.id, { notes: ['plain', 'plain, later'] }, seq),
      a2.patch(cases[1]!.id, { notes: ['a1 was here', 'agreed'] }, seq),
    ]);
    expect(statuses(next.body.results)).toEqual(['applied', 'applied']);
    const nextSeq = seqOf(next.body.results[0]!)!;
    expect(seqOf(next.body.results[1]!)).toBe(nextSeq);
    const closed = await ctx.sql.query<{ status: string; closed_seq: number }>(
      'SELECT status, closed_seq FROM field_conflict WHERE entity_id = $1',
      [cases[1]!.id],
    );
    expect(closed).toEqual([{ status: 'superseded', closed_seq: nextSeq }]);
    expect((await readCase(ctx.sql, cases[1]!.id)).data.notes).toBe('agreed');
    for (const c of cases) expect((await verifyVersionChain(ctx.sql, 'case', c.id)).isIntact).toBe(true);
    await expectOnlyTakenSeqs();
  });

  it('undoes a refused mutation in memory: later mutations of the batch see the record without it', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const id = cases[0]!.id;
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const txId = newId();
    const answer = await a1.push([
      a1.patch(id, { notes: ['', 'kept'] }, commitSeq),
      // A group whose second member is refused: its first member's change must vanish with it.
      a1.mutation({
        op: 'patch',
        entityId: id,
        baseSeq: commitSeq,
        txId,
        changes: { recoveredFen: { from: 0, to: 700 } },
      }),
      a1.mutation({
        op: 'patch',
        entityId: id,
        baseSeq: commitSeq,
        txId,
        changes: { teamId: { from: '', to: ctx.court.teamB } },
      }),
      a1.patch(id, { status: ['enforcing', 'suspended'] }, commitSeq),
    ]);
    expect(statuses(answer.body.results)).toEqual(['applied', 'rejected', 'rejected', 'applied']);
    const current = await readCase(ctx.sql, id);
    expect(current.version).toBe(3);
    expect(current.data).toMatchObject({ notes: 'kept', recoveredFen: 0, status: 'suspended' });
    expect(await verifyVersionChain(ctx.sql, 'case', id)).toEqual({ isIntact: true, versions: 3 });
    expect(await countRows(ctx.sql, 'mutation_log', 'device_id = $1', [a1.deviceId])).toBe(4);
    await expectOnlyTakenSeqs();
  });

  it('never deadlocks pushes that name the same cases in opposite orders', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA, 6);
    const devices = await Promise.all(['a1', 'a2', 'a1', 'a2'].map((u) => TestDevice.login(ctx.app, u)));
    const answers = await Promise.all(
      devices.map((d, i) => {
        const order = i % 2 === 0 ? cases : [...cases].reverse();
        return d.push(order.map((c) => d.patch(c.id, { notes: ['', `device ${i}`] }, commitSeq)));
      }),
    );
    for (const a of answers) expect(a.status).toBe(200);
    expect(new Set(answers.map((a) => seqOf(a.body.results[0]!))).size).toBe(devices.length);
  });

  it('lets a puller that reads while pushes commit miss no commit', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA, 8);
    const reader = await TestDevice.login(ctx.app, 'lead-a');
    let cursor = (await reader.pullAll()).at(-1)!.cursor;
    const writers = await Promise.all(['a1', 'a2', 'a1', 'a2'].map((u) => TestDevice.login(ctx.app, u)));
    // What the reader holds: each record's version as its pages delivered it, in order.
    const held = new Map<string, number>();
    const apply = (changes: { entityId: string; version: number }[]) => {
      for (const c of changes) held.set(c.entityId, c.version);
    };
    let isWriting = true;
    let pagesRead = 0;
    const reading = (async () => {
      while (isWriting) {
        const page = await reader.pull(cursor, 5);
        expect(page.status).toBe(200);
        apply(page.body.changes);
        cursor = page.body.cursor;
        pagesRead++;
      }
    })();
    await Promise.all(
      writers.map(async (d, w) => {
        for (let round = 0; round < 5; round++) {
          const mine = cases.filter((_, k) => (k + round + w) % 3 === 0);
          const answer = await d.push(
            mine.map((c) => d.patch(c.id, { recoveredFen: [0, 100 * round + w + 1] }, commitSeq)),
          );
          expect(answer.status).toBe(200);
        }
      }),
    );
    isWriting = false;
    await reading;
    expect(pagesRead).toBeGreaterThan(1);
    // Catching up from its cursor must bring the reader to exactly the server's state: a commit that
    // landed below a cursor the reader had already passed would be missing here.
    for (const page of await reader.pullAll(cursor, 5)) apply(page.changes);
    for (const c of cases) expect(held.get(c.id)).toBe((await readCase(ctx.sql, c.id)).version);
  });
});
