import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import type { Json } from '../../../shared/sync/mutation';
import type { PullResponse } from '../../../shared/sync/protocol';
import type { Attachment } from '../../../shared/visits/attachment';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createRepositories, type Repositories } from '../createRepositories';
import { openDb, type FieldWritDb } from '../db';
import { sha256Hex } from '../sha256Hex';
import { makeCase } from '../testing/makeCase';
import { createBlobRepository } from './blobRepository';

const ctx = { userId: 'officer-1', deviceId: 'device-1' };
let db: FieldWritDb;
let repos: Repositories;

beforeEach(async () => {
  db = await openDb(`revoked-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  repos = createRepositories(db);
});

const change = (entity: PullResponse['changes'][number]['entity'], data: { id: string; caseId: string }) => ({
  entity,
  entityId: data.id,
  caseId: data.caseId,
  version: 1,
  commitSeq: 1,
  data: data as unknown as Record<string, Json>,
  fieldSeq: {},
  deletedAt: null,
  deletedReason: null,
  head: { version: 1, hash: 'a'.repeat(64), keyId: 'k1', signature: 'c2lnbmF0dXJl' },
});

const page = (cursor: number, extra: Partial<PullResponse>): PullResponse => ({
  cursor,
  hasMore: false,
  changes: [],
  conflicts: [],
  revoked: [],
  lastProcessedClientSeq: 0,
  ...extra,
});

const attachment = (id: string, caseId: string, sha256: string, size: number): Attachment => ({
  id,
  caseId,
  visitId: `v-${caseId}`,
  entity: 'visit',
  entityId: `v-${caseId}`,
  sha256,
  size,
  mediaType: 'image/png',
  fileName: `${id}.png`,
  capturedAt: '2025-06-03T10:00:00+08:00',
  thumbnail: 'data:image/jpeg;base64,AAAA',
});

/** Every row of every table, as a thief reading the database would see it (values as JSON). */
async function everyRow(): Promise<string[]> {
  const out: string[] = [];
  for (const table of db.tables)
    for (const row of await table.toArray())
      out.push(
        `${table.name} ${JSON.stringify(row, (_k, v: unknown) => (v instanceof ArrayBuffer ? '<bytes>' : v))}`,
      );
  return out;
}

describe('a revoked case', () => {
  it('leaves no row, attachment, blob, chunk, base or conflict on the device, but keeps a shared blob', async () => {
    const photo = new TextEncoder().encode('photo of the sealed lathe');
    const recording = new TextEncoder().encode('a body-cam recording long enough for several chunks');
    const photoSha = await sha256Hex(photo);
    const recordingSha = await sha256Hex(recording);
    const one = makeCase(1);
    const two = makeCase(2);
    await repos.sync.applyPullPage(
      page(1, {
        changes: [
          ...[one, two].map((c: Case) => change('case', c as never)),
          change('visit', makeVisit({ id: 'v-case-1', caseId: 'case-1' })),
          change('visit', makeVisit({ id: 'v-case-2', caseId: 'case-2' })),
          change('attachment', attachment('a1', 'case-1', photoSha, photo.length)),
          change('attachment', attachment('a2', 'case-1', recordingSha, recording.length)),
          // Case 2, still here, names the same photo: its bytes stay.
          change('attachment', attachment('a3', 'case-2', photoSha, photo.length)),
        ],
        conflicts: [
          {
            id: 'conflict-1',
            entity: 'case',
            entityId: 'case-1',
            caseId: 'case-1',
          } as never,
        ],
      }),
    );
    await repos.blobs.put(photoSha, photo);
    const chunked = createBlobRepository(db, 8);
    await chunked.putChunked(recordingSha, recording.length, async (offset, length) =>
      recording.slice(offset, offset + length),
    );
    expect(await db.table('blobChunks').where('sha256').equals(recordingSha).count()).toBeGreaterThan(1);
    await repos.blobUploads.markUploaded(recordingSha, 'case-1');
    await repos.cases.update(ctx, 'case-1', { notes: 'an edit the court will refuse' });

    await repos.sync.applyPullPage(page(2, { revoked: ['case-1'] }));
    // Its pending edit is pushed first: the court answers it (here it refuses it).
    expect(await repos.cases.get('case-1')).toBeDefined();
    const sent = await repos.outbox.pendingFor('device-1', 10);
    const rejection = { code: 'forbidden', message: { 'zh-CN': '无权修改该案件', en: 'Not allowed' } };
    await repos.sync.applyPushResults('device-1', sent, [
      { mutationId: sent[0]!.mutationId, clientSeq: 1, status: 'rejected', rejection },
    ]);

    const rows = await everyRow();
    expect(
      rows.filter((r) => ['"case-1"', '"a1"', '"a2"', '"v-case-1"', recordingSha].some((s) => r.includes(s))),
    ).toEqual([]);
    // Only the notice of what was lost names the case (its number, never its content).
    expect(rows.filter((r) => r.includes(one.caseNumber))).toEqual([
      expect.stringMatching(/^meta \{"key":"revokedCaseNotices"/),
    ]);
    expect(rows.some((r) => r.includes('an edit the court will refuse'))).toBe(false);
    expect(await db.table('blobChunks').count()).toBe(0);
    expect(await repos.blobs.has(recordingSha)).toBe(false);
    expect(await repos.blobs.get(photoSha)).toEqual(photo);
    expect(await repos.cases.get('case-2')).toBeDefined();
    expect(await repos.outbox.count()).toBe(0);
    expect(await repos.sync.revokedCaseNotices()).toEqual([{ caseNumber: one.caseNumber, refusedEdits: 1 }]);
  });

  it('removes the last copy of a photo with the last case naming it', async () => {
    const photo = new TextEncoder().encode('only case 1 has this');
    const sha = await sha256Hex(photo);
    await repos.sync.applyPullPage(
      page(1, {
        changes: [
          change('case', makeCase(1) as never),
          change('attachment', attachment('a1', 'case-1', sha, photo.length)),
        ],
      }),
    );
    await repos.blobs.put(sha, photo);
    await repos.sync.applyPullPage(page(2, { revoked: ['case-1'] }));
    expect(await repos.blobs.has(sha)).toBe(false);
    expect(await db.blobs.count()).toBe(0);
    expect(await repos.sync.revokedCaseNotices()).toEqual([]);
  });
});
