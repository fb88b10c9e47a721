import { describe, expect, it } from 'vitest';
import type { MutationResult, SyncConflict } from '../../../shared/sync/protocol';
import { verifyVersionChain } from '../../../server/sync/chain/verifyVersionChain';
import { countRows, createCases, readCase, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { TestDevice } from './support/TestDevice';

const only = (results: MutationResult[]) => {
  expect(results).toHaveLength(1);
  return results[0]!;
};

async function openConflicts(device: TestDevice, caseId: string): Promise<SyncConflict[]> {
  const pages = await device.pullAll();
  // The last page that delivered the case carries its current open conflicts.
  const page = pages.filter((p) => p.changes.some((c) => c.entityId === caseId)).at(-1)!;
  return page.conflicts.filter((c) => c.entityId === caseId);
}

describe.each(STORAGES)('field-level merge and conflicts (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  it('keeps base, mine and theirs for concurrent edits of one field, without overwriting', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const id = cases[0]!.id;
    const [a1, a2] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'a2')];
    const mineA1 = a1.patch(id, { notes: ['', '被执行人避而不见'] }, commitSeq);
    expect(only((await a1.push([mineA1])).body.results).status).toBe('applied');
    const mineA2 = a2.patch(id, { notes: ['', '厂区有人围堵'] }, commitSeq);
    const result = only((await a2.push([mineA2])).body.results);
    expect(result.status).toBe('applied_with_conflicts');
    expect(result.status === 'applied_with_conflicts' && result.fields).toEqual({
      applied: [],
      converged: [],
      conflicted: ['notes'],
    });
    expect((await readCase(ctx.sql, id)).data.notes).toBe('被执行人避而不见');

    const conflicts = await openConflicts(a2, id);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: 'field',
      field: 'notes',
      base: '',
      mine: '厂区有人围堵',
      theirs: '被执行人避而不见',
      mineBy: {
        authorUserId: a2.userId,
        deviceId: a2.deviceId,
        mutationId: mineA2.mutationId,
        deviceTime: mineA2.deviceTime,
      },
      theirsBy: {
        authorUserId: a1.userId,
        deviceId: a1.deviceId,
        mutationId: mineA1.mutationId,
        deviceTime: mineA1.deviceTime,
      },
    });
    // Both sides carry when the court server received them: theirs first, mine when the conflict opened.
    const { mineBy, theirsBy, openedAt } = conflicts[0]!;
    expect(mineBy.serverTime).toBe(openedAt);
    expect(Date.parse(theirsBy.serverTime!)).toBeLessThanOrEqual(Date.parse(openedAt));
    expect(result.status === 'applied_with_conflicts' && result.conflictIds).toEqual([conflicts[0]!.id]);
  });

  it('merges concurrent edits of different fields', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const id = cases[0]!.id;
    const [a1, a2] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'a2')];
    await a1.push([a1.patch(id, { notes: ['', 'visited'] }, commitSeq)]);
    const r = only((await a2.push([a2.patch(id, { recoveredFen: [0, 123_456] }, commitSeq)])).body.results);
    expect(r.status).toBe('applied');
    const current = await readCase(ctx.sql, id);
    expect(current.data.notes).toBe('visited');
    expect(current.data.recoveredFen).toBe(123_456);
    expect(await countRows(ctx.sql, 'field_conflict', 'entity_id = $1', [id])).toBe(0);
  });

  it('treats equal concurrent values as converged, and a device never conflicts with its own earlier edit', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const id = cases[0]!.id;
    const [a1, a2] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'a2')];
    await a1.push([a1.patch(id, { status: ['enforcing', 'suspended'] }, commitSeq)]);
    const same = only(
      (await a2.push([a2.patch(id, { status: ['enforcing', 'suspended'] }, commitSeq)])).body.results,
    );
    expect(same.status === 'applied' && same.fields).toEqual({
      applied: [],
      converged: ['status'],
      conflicted: [],
    });
    // Two offline edits of one field on one device, both based on the old version: the second wins cleanly.
    const both = await a1.push([
      a1.patch(id, { notes: ['', 'first'] }, commitSeq),
      a1.patch(id, { notes: ['first', 'second'] }, commitSeq),
    ]);
    expect(both.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect((await readCase(ctx.sql, id)).data.notes).toBe('second');
    expect(await countRows(ctx.sql, 'field_conflict', 'entity_id = $1', [id])).toBe(0);
  });

  it('keeps an edit that would make the merged case invalid as conflicts instead of writing half of it', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const id = cases[0]!.id;
    const [a1, a2] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'a2')];
    await a1.push([a1.patch(id, { status: ['enforcing', 'suspended'] }, commitSeq)]);
    const close = a2.patch(
      id,
      { status: ['enforcing', 'closed'], closingMode: [null, 'settlement'], closedOn: [null, '2025-06-01'] },
      commitSeq,
    );
    const r = only((await a2.push([close])).body.results);
    expect(r.status).toBe('applied_with_conflicts');
    expect(r.status === 'applied_with_conflicts' && [...r.fields!.conflicted].sort()).toEqual([
      'closedOn',
      'closingMode',
      'status',
    ]);
    const current = await readCase(ctx.sql, id);
    expect(current.data).toMatchObject({ status: 'suspended', closingMode: null, closedOn: null });
    // Without a concurrent edit the same invalid combination is simply refused.
    const invalid = only(
      (await a1.push([a1.patch(id, { closingMode: [null, 'settlement'] }, commitSeq)])).body.results,
    );
    expect(invalid.status === 'rejected' && invalid.rejection!.code).toBe('case.closingModeMismatch');
  });

  it('opens a delete_vs_edit conflict instead of deleting over a concurrent edit, and the reverse', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA, 2);
    const [a1, admin] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'admin')];
    // Edit first, delete based on the old version: the record is kept.
    await a1.push([a1.patch(cases[0]!.id, { notes: ['', 'seal notice served'] }, commitSeq)]);
    const del = admin.mutation({
      op: 'delete',
      entityId: cases[0]!.id,
      baseSeq: commitSeq,
      changes: {},
      reason: '重复立案',
    });
    const r1 = only((await admin.push([del])).body.results);
    expect(r1.status).toBe('applied_with_conflicts');
    expect((await readCase(ctx.sql, cases[0]!.id)).deleted_at).toBeNull();
    const [c1] = await ctx.sql.query<{ kind: string; mine: unknown; theirs: unknown }>(
      'SELECT kind, mine, theirs FROM field_conflict WHERE entity_id = $1',
      [cases[0]!.id],
    );
    expect(c1).toMatchObject({
      kind: 'delete_vs_edit',
      mine: { deleted: true, reason: '重复立案' },
      theirs: { changes: { notes: 'seal notice served' } },
    });

    // Delete first, edit based on the old version: the case stays deleted, the edit is kept in a conflict.
    const del2 = admin.mutation({
      op: 'delete',
      entityId: cases[1]!.id,
      baseSeq: commitSeq,
      changes: {},
      reason: '错误导入',
    });
    expect(only((await admin.push([del2])).body.results).status).toBe('applied');
    const edit = only(
      (await a1.push([a1.patch(cases[1]!.id, { notes: ['', 'late edit'] }, commitSeq)])).body.results,
    );
    expect(edit.status).toBe('applied_with_conflicts');
    const after = await readCase(ctx.sql, cases[1]!.id);
    expect(after.deleted_at).not.toBeNull();
    expect(after.data.notes).toBe('');
    const conflicts = await openConflicts(a1, cases[1]!.id);
    expect(conflicts).toMatchObject([
      {
        kind: 'delete_vs_edit',
        mine: { changes: { notes: 'late edit' } },
        theirs: { deleted: true, reason: '错误导入' },
      },
    ]);
    // An edit made after seeing the deletion is refused.
    const deletedSeq = (await a1.pullAll())
      .flatMap((p) => p.changes)
      .filter((c) => c.entityId === cases[1]!.id)
      .at(-1)!.commitSeq;
    const refused = only(
      (await a1.push([a1.patch(cases[1]!.id, { notes: ['', 'again'] }, deletedSeq)])).body.results,
    );
    expect(refused.status === 'rejected' && refused.rejection!.code).toBe('record.deleted');
  });

  it('lets only administrators create and delete cases, and demands a reason for a deletion', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const [a1, admin] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'admin')];
    const codes = async (device: TestDevice, m: unknown) => {
      const r = only((await device.push([m])).body.results);
      return r.status === 'rejected' ? r.rejection!.code : r.status;
    };
    expect(
      await codes(
        a1,
        a1.mutation({ op: 'delete', entityId: cases[0]!.id, baseSeq: commitSeq, changes: {}, reason: 'x' }),
      ),
    ).toBe('case.deleteForbidden');
    expect(
      await codes(a1, a1.mutation({ op: 'create', entityId: cases[0]!.id, baseSeq: null, changes: {} })),
    ).toBe('case.createForbidden');
    expect(
      await codes(
        admin,
        admin.mutation({ op: 'delete', entityId: cases[0]!.id, baseSeq: commitSeq, changes: {} }),
      ),
    ).toBe('delete.reasonRequired');
    expect(
      await codes(a1, a1.patch(cases[0]!.id, { caseNumber: ['', '（2025）内0203执1号'] }, commitSeq)),
    ).toBe('field.forbidden');
    expect(await codes(a1, a1.patch(cases[0]!.id, { nonsense: ['', 1] }, commitSeq))).toBe('field.unknown');
    expect(
      await codes(a1, a1.mutation({ op: 'intent', entityId: cases[0]!.id, baseSeq: commitSeq, changes: {} })),
    ).toBe('mutation.unsupportedOp');
    const visit = {
      ...a1.mutation({ op: 'create', entityId: 'visit-1', baseSeq: null, changes: {} }),
      entity: 'visit',
      caseId: cases[0]!.id,
    };
    expect(await codes(a1, visit)).toBe('mutation.caseMismatch');
    expect((await readCase(ctx.sql, cases[0]!.id)).version).toBe(1);
  });

  it('lets a team lead resolve a conflict; an officer may not', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const id = cases[0]!.id;
    const [a1, a2, lead] = [
      await TestDevice.login(ctx.app, 'a1'),
      await TestDevice.login(ctx.app, 'a2'),
      await TestDevice.login(ctx.app, 'lead-a'),
    ];
    await a1.push([a1.patch(id, { notes: ['', 'A'] }, commitSeq)]);
    await a2.push([a2.patch(id, { notes: ['', 'B'] }, commitSeq)]);
    const seen = (await lead.pullAll())
      .flatMap((p) => p.changes)
      .filter((c) => c.entityId === id)
      .at(-1)!;
    // `null`: no reason field at all.
    const decide = (device: TestDevice, reason: string | null = '两人记录合并，均属实') =>
      device.mutation({
        op: 'resolveConflict',
        entityId: id,
        baseSeq: seen.commitSeq,
        changes: { notes: { from: 'A', to: 'A；B' } },
        ...(reason === null ? {} : { reason }),
      });
    const byOfficer = only((await a2.push([decide(a2)])).body.results);
    expect(byOfficer.status === 'rejected' && byOfficer.rejection!.code).toBe('conflict.resolveForbidden');
    // A decision without a reason is refused, and leaves the conflict open and the record as it was.
    for (const reason of [null, '', ' \n\t ']) {
      const r = only((await lead.push([decide(lead, reason)])).body.results);
      expect(r.status === 'rejected' && r.rejection).toMatchObject({
        code: 'conflict.reasonRequired',
        path: 'reason',
        message: { 'zh-CN': expect.stringContaining('理由'), en: expect.stringContaining('reason') },
      });
    }
    expect((await readCase(ctx.sql, id)).data.notes).toBe('A');
    expect(await openConflicts(lead, id)).toHaveLength(1);
    expect(only((await lead.push([decide(lead)])).body.results).status).toBe('applied');
    expect((await readCase(ctx.sql, id)).data.notes).toBe('A；B');
    expect(await openConflicts(lead, id)).toEqual([]);
    const [closed] = await ctx.sql.query<{ status: string; resolution: unknown; closed_by_user_id: string }>(
      'SELECT status, resolution, closed_by_user_id FROM field_conflict WHERE entity_id = $1',
      [id],
    );
    expect(closed).toEqual({ status: 'resolved', resolution: 'A；B', closed_by_user_id: lead.userId });
    expect(await verifyVersionChain(ctx.sql, 'case', id)).toEqual({ isIntact: true, versions: 3 });
  });
});
