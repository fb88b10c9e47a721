import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type FieldWritDb } from '../db';
import { InvalidDataError, isQuotaError, StorageFullError } from '../errors';
import { mutate } from '../outbox/mutate';
import { createCaseRepository, normaliseQuery } from './caseRepository';
import { createOutboxRepository } from './outboxRepository';
import { makeCase } from '../testing/makeCase';

const ctx = { userId: 'officer-1', deviceId: 'device-1' };
let db: FieldWritDb;

beforeEach(async () => {
  db = await openDb(`test-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
});

describe('caseRepository', () => {
  it('stores received cases without outbox entries and returns domain cases', async () => {
    const repo = createCaseRepository(db);
    await repo.putReceived([makeCase(1), makeCase(2)], 7);
    expect(await repo.get('case-1')).toEqual(makeCase(1));
    expect(await createOutboxRepository(db).count()).toBe(0);
    expect((await repo.listSummaries()).map((s) => s.id).sort()).toEqual(['case-1', 'case-2']);
  });

  it('writes the row and exactly one outbox mutation with field-level changes', async () => {
    const repo = createCaseRepository(db);
    await repo.putReceived([makeCase(1)], 7);
    const saved = await repo.update(ctx, 'case-1', { notes: '厂区大门紧闭', recoveredFen: 500_00 });
    expect(saved.notes).toBe('厂区大门紧闭');
    const outbox = await createOutboxRepository(db).pending();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      clientSeq: 1,
      op: 'patch',
      entity: 'case',
      entityId: 'case-1',
      caseId: 'case-1',
      baseSeq: 7,
      authorUserId: 'officer-1',
      deviceId: 'device-1',
      changes: { notes: { from: '', to: '厂区大门紧闭' }, recoveredFen: { from: 0, to: 500_00 } },
    });
    const summary = (await repo.listSummaries())[0]!;
    expect(summary.outstandingFen).toBe(106_200_00 - 500_00);
  });

  it('allocates clientSeq strictly +1 across writes', async () => {
    const repo = createCaseRepository(db);
    await repo.putReceived([makeCase(1), makeCase(2)], null);
    await repo.update(ctx, 'case-1', { notes: 'a' });
    await repo.update(ctx, 'case-2', { notes: 'b' });
    await repo.update(ctx, 'case-1', { notes: 'c' });
    const seqs = (await createOutboxRepository(db).pending()).map((m) => m.clientSeq);
    expect(seqs).toEqual([1, 2, 3]);
  });

  it('writes nothing for a patch that changes nothing', async () => {
    const repo = createCaseRepository(db);
    await repo.putReceived([makeCase(1)], null);
    await repo.update(ctx, 'case-1', { notes: '' });
    expect(await createOutboxRepository(db).count()).toBe(0);
  });

  it('refuses invalid data and leaves neither row nor outbox entry', async () => {
    const repo = createCaseRepository(db);
    await repo.putReceived([makeCase(1)], null);
    // A closed case needs a closing mode.
    await expect(repo.update(ctx, 'case-1', { status: 'closed' })).rejects.toBeInstanceOf(InvalidDataError);
    await expect(repo.update(ctx, 'case-1', { recoveredFen: 1.5 })).rejects.toBeInstanceOf(InvalidDataError);
    expect((await repo.get('case-1'))?.status).toBe('enforcing');
    expect(await createOutboxRepository(db).count()).toBe(0);
  });

  it('a failure after the row is written rolls back both the row and the outbox entry', async () => {
    const repo = createCaseRepository(db);
    await repo.putReceived([makeCase(1)], null);
    await expect(
      mutate(db, ctx, async () => {
        await db.cases.put({ ...(await db.cases.get('case-1'))!, notes: 'half-written' });
        throw new Error('disk hiccup');
      }),
    ).rejects.toThrow('disk hiccup');
    // Mutation rejected by its schema (empty entity id) after the row was written: nothing stays.
    await expect(
      mutate(db, ctx, async () => {
        await db.cases.put({ ...(await db.cases.get('case-1'))!, notes: 'half-written' });
        return {
          result: null,
          changes: [
            { op: 'patch', entity: 'case', entityId: '', caseId: 'case-1', baseSeq: null, changes: {} },
          ],
        };
      }),
    ).rejects.toThrow();
    expect((await repo.get('case-1'))?.notes).toBe('');
    expect(await createOutboxRepository(db).count()).toBe(0);
  });

  it('finds the other cases against the same respondent by credit code', async () => {
    const repo = createCaseRepository(db);
    const shared = makeCase(1).respondents[0]!;
    await repo.putReceived(
      [
        makeCase(1),
        makeCase(2, { respondents: [shared] }),
        makeCase(3, { respondents: [shared] }),
        makeCase(4),
      ],
      null,
    );
    const siblings = await repo.siblingsOf((await repo.get('case-1'))!);
    expect(siblings.map((c) => c.id).sort()).toEqual(['case-2', 'case-3']);
  });

  it('normalises half-width brackets in search queries', () => {
    expect(normaliseQuery(' (2025)内0203执1号 ')).toBe('（2025）内0203执1号');
  });
});

describe('storage full', () => {
  it('recognises quota errors, also when wrapped', () => {
    const dom = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(isQuotaError(dom)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: dom })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('turns a quota failure into StorageFullError and drops nothing already saved', async () => {
    const repo = createCaseRepository(db);
    await repo.putReceived([makeCase(1)], null);
    await repo.update(ctx, 'case-1', { notes: 'saved before the disk filled' });
    await expect(
      mutate(db, ctx, async () => {
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      }),
    ).rejects.toBeInstanceOf(StorageFullError);
    expect((await repo.get('case-1'))?.notes).toBe('saved before the disk filled');
    expect(await createOutboxRepository(db).count()).toBe(1);
  });
});

describe('outbox restore from the desktop journal', () => {
  it('puts journalled mutations back as pending and continues each sequence after them', async () => {
    const repo = createCaseRepository(db);
    await repo.putReceived([makeCase(1), makeCase(2)], null);
    // Two records, so the second edit is an entry of its own (consecutive edits of one record are folded).
    await repo.update(ctx, 'case-1', { notes: 'a' });
    await repo.update(ctx, 'case-2', { notes: 'b' });
    const journal = await createOutboxRepository(db).pending();

    const fresh = await openDb(`restored-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const restored = createOutboxRepository(fresh);
    expect(await restored.restoreFromJournal(journal)).toBe(2);
    expect((await restored.pending()).map((m) => m.clientSeq)).toEqual([1, 2]);
    await createCaseRepository(fresh).putReceived([makeCase(1)], null);
    await createCaseRepository(fresh).update(ctx, 'case-1', { notes: 'c' });
    expect((await restored.pending()).map((m) => m.clientSeq)).toEqual([1, 2, 3]);
  });
});
