import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../createRepositories';
import { FieldWritDb, openDb } from '../db';
import { sha256Hex } from '../sha256Hex';
import { makeCase } from '../testing/makeCase';
import { residentIdCheckDigit } from '../../../shared/validation/residentId';
import { createDataKey, DATA_KEY_BYTES, SealBroken } from './DataKey';
import { SEALING_PLAN } from './sealingPlan';
import { UnsupportedSealedQuery } from './sealingMiddleware';

const ID_NUMBER = `15020319800101123${residentIdCheckDigit('15020319800101123')}`;
const ctx = { userId: 'officer-1', deviceId: 'device-1' };
const rawKey = () => crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES));

let factory: IDBFactory;
let name: string;
let keyBytes: Uint8Array;

beforeEach(() => {
  factory = new IDBFactory();
  name = `sealed-${Math.random()}`;
  keyBytes = rawKey();
});

/** A database opened with the officer's key (a copy: createDataKey wipes what it is given). */
const openSealed = (bytes = keyBytes) =>
  openDb(name, { indexedDB: factory, IDBKeyRange, dataKey: createDataKey(bytes.slice()) });

/** Everything on disk, as a thief with the profile folder reads it: every store, every byte as text. */
async function readRawDisk(): Promise<string> {
  const raw = new FieldWritDb(name, { indexedDB: factory, IDBKeyRange });
  await raw.open();
  const parts: string[] = [];
  const latin1 = new TextDecoder('latin1');
  const utf8 = new TextDecoder();
  const dump = (value: unknown): void => {
    if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
      const bytes = value instanceof Uint8Array ? value : new Uint8Array(value);
      parts.push(latin1.decode(bytes), utf8.decode(bytes));
    } else if (value && typeof value === 'object') Object.values(value).forEach(dump);
    else parts.push(String(value));
  };
  for (const table of raw.tables) dump(await table.toArray());
  raw.close();
  return parts.join('\n');
}

const theCase = () =>
  makeCase(1, {
    caseNumber: '（2025）内0203执777号',
    notes: '厂区大门紧闭，法定代表人拒不到场',
    respondents: [
      {
        kind: 'person',
        name: '赵铁柱',
        idNumber: ID_NUMBER,
      },
    ],
  });

describe('sealed repositories', () => {
  it('round-trip cases, edits, the outbox, meta and photo bytes through the ordinary repositories', async () => {
    const db = await openSealed();
    const repos = createRepositories(db);
    await repos.cases.putReceived([theCase(), makeCase(2)], 7);
    const saved = await repos.cases.update(ctx, 'case-1', { notes: '第二次走访：设备在用' });
    expect(saved.notes).toBe('第二次走访：设备在用');
    expect(await repos.cases.get('case-1')).toEqual({ ...theCase(), notes: '第二次走访：设备在用' });
    expect((await repos.cases.listSummaries()).map((s) => s.id).sort()).toEqual(['case-1', 'case-2']);
    expect((await repos.outbox.pending()).map((m) => m.changes)).toEqual([
      { notes: { from: theCase().notes, to: '第二次走访：设备在用' } },
    ]);
    const photo = new TextEncoder().encode('\xff\xd8\xff a photo of the seal on the lathe');
    const sha = await sha256Hex(photo);
    await repos.blobs.put(sha, photo);
    expect(await repos.blobs.get(sha)).toEqual(photo);
    db.close();

    // Reopened with the same key (the next unlock): all still there.
    const again = createRepositories(await openSealed());
    expect((await again.cases.get('case-1'))?.notes).toBe('第二次走访：设备在用');
    expect(await again.blobs.get(sha)).toEqual(photo);
  });

  it('leaves no case number, party name, ID number, credit code, note or photo text on disk', async () => {
    const db = await openSealed();
    const repos = createRepositories(db);
    const c = theCase();
    await repos.cases.putReceived([c], 7);
    await repos.cases.update(ctx, 'case-1', { notes: '查封车床两台，活封' });
    const photo = new TextEncoder().encode('PHOTO-OF-SEALED-LATHE');
    await repos.blobs.put(await sha256Hex(photo), photo);
    db.close();

    const disk = await readRawDisk();
    for (const secret of [
      '内0203执777号',
      '赵铁柱',
      ID_NUMBER,
      c.applicants[0]!.name,
      (c.applicants[0] as { creditCode: string }).creditCode,
      '厂区大门紧闭',
      '查封车床两台',
      'PHOTO-OF-SEALED-LATHE',
    ])
      expect(disk, secret).not.toContain(secret);
    // …while the ids that say nothing stay readable (the store could not work without them).
    expect(disk).toContain('case-1');
  });

  it('refuses a wrong key and a flipped ciphertext byte; never shows the row', async () => {
    const db = await openSealed();
    await createRepositories(db).cases.putReceived([theCase()], 7);
    db.close();

    const wrong = createRepositories(await openSealed(rawKey()));
    await expect(wrong.cases.get('case-1')).rejects.toBeInstanceOf(SealBroken);

    const raw = new FieldWritDb(name, { indexedDB: factory, IDBKeyRange });
    await raw.open();
    const row = (await raw.cases.get('case-1')) as unknown as { $sealed: Uint8Array };
    row.$sealed[20] ^= 0x01;
    await raw.cases.put(row as never);
    raw.close();
    const right = createRepositories(await openSealed());
    await expect(right.cases.get('case-1')).rejects.toBeInstanceOf(SealBroken);
  });

  it('refuses a sealed row moved onto another record', async () => {
    const db = await openSealed();
    await createRepositories(db).cases.putReceived([theCase(), makeCase(2)], 7);
    db.close();
    const raw = new FieldWritDb(name, { indexedDB: factory, IDBKeyRange });
    await raw.open();
    const one = (await raw.cases.get('case-1')) as unknown as Record<string, unknown>;
    await raw.cases.put({ ...one, id: 'case-2' } as never);
    raw.close();
    await expect(createRepositories(await openSealed()).cases.get('case-2')).rejects.toBeInstanceOf(
      SealBroken,
    );
  });

  it('finds exact matches by blind index only', async () => {
    const db = await openSealed();
    const repos = createRepositories(db);
    const debtor = makeCase(5).respondents;
    await repos.cases.putReceived(
      [makeCase(5), makeCase(6, { respondents: debtor }), makeCase(7), makeCase(55)],
      7,
    );
    const siblings = await repos.cases.siblingsOf(makeCase(5));
    expect(siblings.map((s) => s.id)).toEqual(['case-6']);
    const code = (debtor[0] as { creditCode: string }).creditCode;
    expect(await db.cases.where('respondentKeys').equals(code).count()).toBe(2);
    // A prefix of the code matches nothing, and a range cannot be asked of a blind index.
    expect(await db.cases.where('respondentKeys').equals(code.slice(0, 17)).count()).toBe(0);
    await expect(db.cases.where('caseNumber').startsWith('（2025）').toArray()).rejects.toBeInstanceOf(
      UnsupportedSealedQuery,
    );
  });

  it('a locked key opens nothing', async () => {
    const key = createDataKey(keyBytes.slice());
    const db = await openDb(name, { indexedDB: factory, IDBKeyRange, dataKey: key });
    await createRepositories(db).cases.putReceived([theCase()], 7);
    key.destroy();
    await expect(createRepositories(db).cases.get('case-1')).rejects.toThrow(/locked/);
  });

  it('has a plan for every table of the schema', async () => {
    const db = await openDb(name, { indexedDB: factory, IDBKeyRange });
    expect(db.tables.map((t) => t.name).filter((t) => !(t in SEALING_PLAN))).toEqual([]);
    for (const table of db.tables) {
      const indexed = [table.schema.primKey, ...table.schema.indexes].flatMap((i) =>
        Array.isArray(i.keyPath) ? i.keyPath : [i.keyPath ?? ''],
      );
      const plan = SEALING_PLAN[table.name]!;
      // Every index is either plain by decision or blind; an index over a sealed field would be empty.
      for (const field of indexed)
        expect([...plan.plain, ...plan.blind], `${table.name}.${field}`).toContain(field);
    }
  });
});
