import 'fake-indexeddb/auto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOutboxJournal, type OutboxJournal } from '../../../electron/main/outboxJournal';
import { sampleMutation } from '../../../electron/main/testing/sampleMutation';
import type { SealedJournalEntry } from '../../../shared/ipc/schemas';
import { createDataKey, DATA_KEY_BYTES } from '../../../renderer/data/crypto/DataKey';
import { openJournalEntries, sealJournalEntries } from '../../../renderer/data/crypto/journalSealing';
import { createRepositories } from '../../../renderer/data/createRepositories';
import { openDb } from '../../../renderer/data/db';

const PARTY = '内蒙古某某重工机械有限公司';
const rawKey = () => crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES));

let dir: string;
let journal: OutboxJournal;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldwrit-sealed-journal-'));
  // The desktop shell's own journal on a temporary folder: what main stores, byte for byte.
  journal = await openOutboxJournal(path.join(dir, 'outbox-journal.jsonl'));
});

afterEach(async () => {
  await journal.close();
  await rm(dir, { recursive: true, force: true });
});

const officerA = (seq: number) =>
  sampleMutation(seq, {
    authorUserId: 'officer-a',
    deviceId: 'device-a',
    changes: { name: { from: null, to: PARTY } },
  });
const officerB = (seq: number) => sampleMutation(seq, { authorUserId: 'officer-b', deviceId: 'device-b' });

describe('the sealed desktop journal', () => {
  it('holds no plaintext on disk, and rebuilds only this officer’s outbox under their key', async () => {
    const bytesA = rawKey();
    const keyA = createDataKey(bytesA.slice());
    const keyB = createDataKey(rawKey());
    const mine = [officerA(1), officerA(2)];
    for (const entry of [
      ...sealJournalEntries(keyA, [mine[0]!]),
      ...sealJournalEntries(keyB, [officerB(1)]),
      ...sealJournalEntries(keyA, [mine[1]!]),
    ])
      await journal.append(entry);

    const onDisk = await readFile(path.join(dir, 'outbox-journal.jsonl'), 'utf8');
    for (const secret of [PARTY, 'officer-a', 'officer-b', mine[0]!.mutationId, 'case-0001'])
      expect(onDisk).not.toContain(secret);

    const db = await openDb(`vault-${Math.random()}`, {
      indexedDB: new IDBFactory(),
      IDBKeyRange,
      dataKey: createDataKey(bytesA.slice()),
    });
    const repos = createRepositories(db);
    expect(await repos.outbox.restoreFromSealedJournal(await journal.readAll(), 'officer-a')).toBe(2);
    expect(await repos.outbox.pending()).toEqual(mine);
    db.close();
  });

  it('passes over entries altered, moved to another line, or sealed for another officer', async () => {
    const key = createDataKey(rawKey());
    const [good, flipped, moved, foreign] = sealJournalEntries(key, [
      officerA(1),
      officerA(2),
      officerA(3),
      officerB(4),
    ]) as [SealedJournalEntry, SealedJournalEntry, SealedJournalEntry, SealedJournalEntry];
    const bytes = flipped.sealed.slice();
    bytes[bytes.length - 1]! ^= 1;
    const entries = [
      good,
      { ...flipped, sealed: bytes },
      // Main could renumber a line to have it compacted away early: its seal no longer opens.
      { ...moved, clientSeq: 9 },
      foreign,
    ];
    expect(openJournalEntries(key, entries, 'officer-a').map((m) => m.clientSeq)).toEqual([1]);
    expect(openJournalEntries(createDataKey(rawKey()), entries, 'officer-a')).toEqual([]);
  });

  it('restores nothing into a database without a key (the demo court)', async () => {
    await journal.append(sealJournalEntries(createDataKey(rawKey()), [officerA(1)])[0]!);
    const db = await openDb(`demo-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const repos = createRepositories(db);
    expect(await repos.outbox.restoreFromSealedJournal(await journal.readAll(), 'officer-a')).toBe(0);
    expect(await repos.outbox.count()).toBe(0);
    db.close();
  });
});
