import type { Sql } from '../../../server/db/Sql';
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_BLOB_BYTES, MAX_CHUNK_BYTES } from '../../../shared/sync/blobProtocol';
import type { Attachment } from '../../../shared/visits/attachment';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { buildServer } from '../../../server/app/buildServer';
import { countRows, createCases, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { newId, TestDevice } from './support/TestDevice';
import { problemFor } from '../../../server/app/problemFor';
import { isBlobCode } from '../../../server/blobs/blobMessages';
import { isKnownCode } from '../../../shared/messages/messageRegistry';
import { messageText } from '../../../shared/messages/messageText';

type Problem = { code: string; message: { 'zh-CN': string; en: string } };
type Body = Record<string, unknown> & { error?: Problem };
type Answer = { status: number; body: Body; headers: Record<string, unknown>; raw: Buffer };

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(STORAGES)('blob upload and download (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  const send = async (
    method: 'GET' | 'HEAD' | 'POST' | 'PATCH',
    url: string,
    token: string | undefined,
    options: { json?: unknown; bytes?: Uint8Array; headers?: Record<string, string> } = {},
  ): Promise<Answer> => {
    const response = await ctx.app.inject({
      method,
      url,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(options.json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.bytes ? { 'content-type': 'application/octet-stream' } : {}),
        ...options.headers,
      },
      payload:
        options.json !== undefined
          ? JSON.stringify(options.json)
          : options.bytes && Buffer.from(options.bytes),
    });
    const isJson = String(response.headers['content-type'] ?? '').startsWith('application/json');
    return {
      status: response.statusCode,
      body: isJson && response.body ? (JSON.parse(response.body) as Body) : {},
      headers: response.headers,
      raw: response.rawPayload,
    };
  };
  const announce = (token: string | undefined, bytes: Uint8Array, overrides: Record<string, unknown> = {}) =>
    send('POST', '/sync/v1/blobs', token, {
      json: { sha256: sha(bytes), size: bytes.byteLength, mediaType: 'image/jpeg', ...overrides },
    });
  const patch = (
    token: string | undefined,
    uploadId: string,
    offset: number,
    chunk: Uint8Array,
    checksum = sha(chunk),
  ) =>
    send('PATCH', `/sync/v1/blobs/uploads/${uploadId}`, token, {
      bytes: chunk,
      headers: { 'upload-offset': String(offset), 'chunk-sha256': checksum },
    });
  const head = (token: string | undefined, uploadId: string) =>
    send('HEAD', `/sync/v1/blobs/uploads/${uploadId}`, token);
  const complete = (token: string | undefined, uploadId: string) =>
    send('POST', `/sync/v1/blobs/uploads/${uploadId}/complete`, token);
  const get = (token: string | undefined, hash: string, range?: string) =>
    send('GET', `/sync/v1/blobs/${hash}`, token, { headers: range ? { range } : {} });

  /** Announces, sends every chunk of `chunkSize` and completes; returns the upload id. */
  const uploadWhole = async (token: string, bytes: Uint8Array, chunkSize: number) => {
    const announced = await announce(token, bytes);
    expect(announced.body.status).toBe('upload');
    const uploadId = announced.body.uploadId as string;
    for (let offset = 0; offset < bytes.byteLength; offset += chunkSize) {
      const answer = await patch(token, uploadId, offset, bytes.subarray(offset, offset + chunkSize));
      expect(answer.status).toBe(200);
    }
    const done = await complete(token, uploadId);
    expect(done.status).toBe(201);
    return uploadId;
  };
  const chunkRows = (uploadId: string) =>
    countRows(ctx.sql, 'blob_upload_chunk', 'upload_id = $1', [uploadId]);
  /**
   * A blob as `complete` stored it before migration 0005: its record, its completed upload so its
   * uploader may read it, and its bytes copied into blob_content in pieces keyed by the hash.
   */
  const storeAsBefore0005 = async (token: string, bytes: Uint8Array, pieceSize: number) => {
    await announce(token, bytes);
    // Its upload completed (announcing alone grants nothing since migration 0009).
    await ctx.sql.query('UPDATE blob_upload SET completed_at = now() WHERE sha256 = $1', [sha(bytes)]);
    await ctx.sql.query(
      `INSERT INTO blob (sha256, size, media_type, storage_path, stored_at)
       VALUES ($1, $2, 'image/png', 'db:blob_content', now())`,
      [sha(bytes), bytes.byteLength],
    );
    for (let offset = 0; offset < bytes.byteLength; offset += pieceSize)
      await ctx.sql.query('INSERT INTO blob_content (sha256, byte_offset, bytes) VALUES ($1, $2, $3)', [
        sha(bytes),
        offset,
        bytes.subarray(offset, offset + pieceSize),
      ]);
  };
  const expectBilingual = (answer: Answer, status: number, code: string) => {
    expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status, code });
    // The blob endpoints' own text for the code, in both languages.
    expect(isBlobCode(code) || isKnownCode(code)).toBe(true);
    expect(answer.body.error?.message).toEqual(problemFor(code).message);
  };

  it('stores a blob sent in chunks and serves it back byte for byte', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const bytes = randomBytes(100_000);
    const uploadId = await uploadWhole(a1.token, bytes, 30_000);
    const answer = await get(a1.token, sha(bytes));
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('image/jpeg');
    expect(answer.headers['accept-ranges']).toBe('bytes');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(sha(answer.raw)).toBe(sha(bytes));
    // The chunks as stored are the blob's bytes (never copied): its record names their upload.
    expect(await chunkRows(uploadId)).toBe(4);
    expect(await countRows(ctx.sql, 'blob_content', 'sha256 = $1', [sha(bytes)])).toBe(0);
    const [blob] = await ctx.sql.query<{ storage_path: string; upload_id: string }>(
      'SELECT storage_path, upload_id FROM blob WHERE sha256 = $1',
      [sha(bytes)],
    );
    expect(blob).toEqual({ storage_path: 'db:blob_upload_chunk', upload_id: uploadId });
  });

  it('serves blobs stored before chunks were kept in place (bytes in blob_content), ranges included', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const bytes = randomBytes(7_000);
    const hash = sha(bytes);
    await storeAsBefore0005(a1.token, bytes, 3_000);
    expect(sha((await get(a1.token, hash)).raw)).toBe(hash);
    const part = await get(a1.token, hash, 'bytes=2900-6100');
    expect({ status: part.status, same: Buffer.compare(part.raw, bytes.subarray(2_900, 6_101)) }).toEqual({
      status: 206,
      same: 0,
    });
  });

  it('stores a chunk once when two copies of it arrive at the same time', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const bytes = randomBytes(9_000);
    const uploadId = (await announce(a1.token, bytes)).body.uploadId as string;
    const answers = await Promise.all([
      patch(a1.token, uploadId, 0, bytes.subarray(0, 4_000)),
      patch(a1.token, uploadId, 0, bytes.subarray(0, 4_000)),
      patch(a1.token, uploadId, 0, bytes.subarray(0, 6_000)),
    ]);
    const taken = answers.filter((a) => a.status === 200);
    expect(taken).toHaveLength(1);
    const offset = taken[0]!.body.offset as number;
    for (const refused of answers.filter((a) => a.status !== 200)) {
      expectBilingual(refused, 409, 'blob.offsetMismatch');
      expect(refused.body.offset).toBe(offset);
    }
    expect(await chunkRows(uploadId)).toBe(1);
    expect((await patch(a1.token, uploadId, offset, bytes.subarray(offset))).status).toBe(200);
    expect((await complete(a1.token, uploadId)).status).toBe(201);
    expect(sha((await get(a1.token, sha(bytes))).raw)).toBe(sha(bytes));
  });

  it('re-hashes the stored chunks when another server process received them (or this one restarted)', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const other = await buildServer({ sql: ctx.sql, clock: () => ctx.now.ms });
    try {
      const bytes = randomBytes(50_000);
      const uploadId = (await announce(a1.token, bytes)).body.uploadId as string;
      expect((await patch(a1.token, uploadId, 0, bytes.subarray(0, 20_000))).status).toBe(200);
      // The rest reaches the other process; this one has followed only the first 20 000 bytes.
      const rest = bytes.subarray(20_000);
      const there = await other.inject({
        method: 'PATCH',
        url: `/sync/v1/blobs/uploads/${uploadId}`,
        headers: {
          authorization: `Bearer ${a1.token}`,
          'content-type': 'application/octet-stream',
          'upload-offset': '20000',
          'chunk-sha256': sha(rest),
        },
        payload: Buffer.from(rest),
      });
      expect(there.statusCode).toBe(200);
      expect((await complete(a1.token, uploadId)).status).toBe(201);
      expect(sha((await get(a1.token, sha(bytes))).raw)).toBe(sha(bytes));

      // Re-read bytes that do not match their announcement are refused all the same.
      const claimed = randomBytes(8_000);
      const wrongId = (await announce(a1.token, claimed)).body.uploadId as string;
      const wrong = randomBytes(8_000);
      const answer = await other.inject({
        method: 'PATCH',
        url: `/sync/v1/blobs/uploads/${wrongId}`,
        headers: {
          authorization: `Bearer ${a1.token}`,
          'content-type': 'application/octet-stream',
          'upload-offset': '0',
          'chunk-sha256': sha(wrong),
        },
        payload: Buffer.from(wrong),
      });
      expect(answer.statusCode).toBe(200);
      expectBilingual(await complete(a1.token, wrongId), 422, 'blob.hashMismatch');
      expect(await chunkRows(wrongId)).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('keeps one copy when two users upload the same bytes at once', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const a2 = await TestDevice.login(ctx.app, 'a2');
    const bytes = randomBytes(12_000);
    const first = (await announce(a1.token, bytes)).body.uploadId as string;
    const second = (await announce(a2.token, bytes)).body.uploadId as string;
    expect(second).not.toBe(first);
    for (const [token, uploadId] of [
      [a1.token, first],
      [a2.token, second],
    ] as const) {
      for (let offset = 0; offset < 12_000; offset += 5_000)
        expect((await patch(token, uploadId, offset, bytes.subarray(offset, offset + 5_000))).status).toBe(
          200,
        );
    }
    expect((await complete(a2.token, second)).status).toBe(201);
    expect((await complete(a1.token, first)).status).toBe(201);
    const [blob] = await ctx.sql.query<{ upload_id: string }>(
      'SELECT upload_id FROM blob WHERE sha256 = $1',
      [sha(bytes)],
    );
    expect(blob!.upload_id).toBe(second);
    expect({ kept: await chunkRows(second), dropped: await chunkRows(first) }).toEqual({
      kept: 3,
      dropped: 0,
    });
    expect(sha((await get(a1.token, sha(bytes))).raw)).toBe(sha(bytes));
  });

  it('de-duplicates by hash: bytes announced again by their uploader are never sent twice', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const b1 = await TestDevice.login(ctx.app, 'b1');
    const bytes = randomBytes(5_000);
    await uploadWhole(a1.token, bytes, 5_000);
    const again = await announce(a1.token, bytes, { mediaType: 'image/png' });
    expect({ status: again.status, body: again.body }).toEqual({
      status: 200,
      body: { status: 'exists', sha256: sha(bytes), size: 5_000 },
    });
    // Anyone else is asked for the bytes, as if the server did not have them (blobRights.test.ts).
    expect((await announce(b1.token, bytes)).body).toMatchObject({ status: 'upload', offset: 0 });
    expect(await countRows(ctx.sql, 'blob', 'sha256 = $1', [sha(bytes)])).toBe(1);
  });

  it('resumes an unfinished upload of the same blob by the same user at its offset', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const bytes = randomBytes(20_000);
    const first = await announce(a1.token, bytes);
    const uploadId = first.body.uploadId as string;
    expect(first.body).toMatchObject({ status: 'upload', offset: 0, size: 20_000 });
    expect((await patch(a1.token, uploadId, 0, bytes.subarray(0, 8_000))).body).toEqual({ offset: 8_000 });

    // The app restarted (or another laptop of the same officer): same upload, same offset.
    const laptop2 = await TestDevice.login(ctx.app, 'a1');
    const again = await announce(laptop2.token, bytes);
    expect(again.body).toEqual({ status: 'upload', uploadId, offset: 8_000, size: 20_000 });
    const probe = await head(laptop2.token, uploadId);
    expect({ status: probe.status, offset: probe.headers['upload-offset'] }).toEqual({
      status: 200,
      offset: '8000',
    });
    expect(probe.headers['upload-length']).toBe('20000');

    // Another user announcing the same unfinished blob gets an upload of their own.
    const a2 = await TestDevice.login(ctx.app, 'a2');
    const theirs = await announce(a2.token, bytes);
    expect(theirs.body).toMatchObject({ status: 'upload', offset: 0 });
    expect(theirs.body.uploadId).not.toBe(uploadId);
  });

  it('answers a chunk at the wrong offset with 409 and the real offset, storing nothing', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const bytes = randomBytes(12_000);
    const uploadId = (await announce(a1.token, bytes)).body.uploadId as string;
    await patch(a1.token, uploadId, 0, bytes.subarray(0, 4_000));
    for (const offset of [0, 2_000, 8_000]) {
      const answer = await patch(a1.token, uploadId, offset, bytes.subarray(offset, offset + 4_000));
      expectBilingual(answer, 409, 'blob.offsetMismatch');
      expect(answer.body.offset).toBe(4_000);
      expect(answer.headers['upload-offset']).toBe('4000');
    }
    expect(await chunkRows(uploadId)).toBe(1);
    expect((await head(a1.token, uploadId)).headers['upload-offset']).toBe('4000');
  });

  it('refuses a chunk whose checksum does not match and stores nothing of it', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const bytes = randomBytes(10_000);
    const uploadId = (await announce(a1.token, bytes)).body.uploadId as string;
    const damaged = Buffer.from(bytes.subarray(0, 5_000));
    damaged[100] = damaged[100]! ^ 0xff;
    expectBilingual(
      await patch(a1.token, uploadId, 0, damaged, sha(bytes.subarray(0, 5_000))),
      400,
      'blob.chunkChecksumMismatch',
    );
    expectBilingual(
      await patch(a1.token, uploadId, 0, bytes.subarray(0, 5_000), 'not-a-hash'),
      400,
      'blob.badChunkChecksum',
    );
    const noChecksum = await send('PATCH', `/sync/v1/blobs/uploads/${uploadId}`, a1.token, {
      bytes: bytes.subarray(0, 5_000),
      headers: { 'upload-offset': '0' },
    });
    expectBilingual(noChecksum, 400, 'blob.badChunkChecksum');
    expect(await chunkRows(uploadId)).toBe(0);
    expect((await head(a1.token, uploadId)).headers['upload-offset']).toBe('0');
    // The same chunk, undamaged, is then taken.
    expect((await patch(a1.token, uploadId, 0, bytes.subarray(0, 5_000))).status).toBe(200);
  });

  it('refuses to complete bytes that do not hash to the announced sha256, and discards the upload', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const claimed = randomBytes(6_000);
    const actual = randomBytes(6_000);
    const uploadId = (await announce(a1.token, claimed)).body.uploadId as string;
    expectBilingual(await complete(a1.token, uploadId), 409, 'blob.uploadIncomplete');
    await patch(a1.token, uploadId, 0, actual.subarray(0, 3_000));
    const early = await complete(a1.token, uploadId);
    expectBilingual(early, 409, 'blob.uploadIncomplete');
    expect(early.body.offset).toBe(3_000);
    await patch(a1.token, uploadId, 3_000, actual.subarray(3_000));

    expectBilingual(await complete(a1.token, uploadId), 422, 'blob.hashMismatch');
    expect(await countRows(ctx.sql, 'blob', 'sha256 = $1', [sha(claimed)])).toBe(0);
    expect(await countRows(ctx.sql, 'blob_upload', 'id = $1', [uploadId])).toBe(0);
    expect(await chunkRows(uploadId)).toBe(0);
    expect((await head(a1.token, uploadId)).status).toBe(404);
    expectBilingual(await get(a1.token, sha(claimed)), 404, 'blob.notFound');
  });

  it('answers complete again after success with the same 201 (the first answer may have been lost)', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const bytes = randomBytes(1_000);
    const uploadId = await uploadWhole(a1.token, bytes, 1_000);
    const again = await complete(a1.token, uploadId);
    expect({ status: again.status, body: again.body }).toEqual({
      status: 201,
      body: { status: 'stored', sha256: sha(bytes), size: 1_000 },
    });
    expect((await head(a1.token, uploadId)).headers['upload-offset']).toBe('1000');
    expectBilingual(await patch(a1.token, uploadId, 1_000, randomBytes(10)), 409, 'blob.uploadCompleted');
  });

  it('serves byte ranges across stored pieces with 206, and 416 for ranges it cannot satisfy', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const bytes = randomBytes(10_000);
    const hash = sha(bytes);
    await uploadWhole(a1.token, bytes, 3_000);
    const cases: [string, number, number][] = [
      ['bytes=0-0', 0, 0],
      ['bytes=2990-3010', 2_990, 3_010],
      ['bytes=1000-8999', 1_000, 8_999],
      ['bytes=9000-', 9_000, 9_999],
      ['bytes=-1500', 8_500, 9_999],
      ['bytes=5000-999999', 5_000, 9_999],
    ];
    for (const [range, start, end] of cases) {
      const answer = await get(a1.token, hash, range);
      expect({ range, status: answer.status, contentRange: answer.headers['content-range'] }).toEqual({
        range,
        status: 206,
        contentRange: `bytes ${start}-${end}/10000`,
      });
      expect(answer.headers['content-length']).toBe(String(end - start + 1));
      expect(Buffer.compare(answer.raw, bytes.subarray(start, end + 1))).toBe(0);
    }
    for (const range of [
      'bytes=10000-',
      'bytes=20000-30000',
      'bytes=500-100',
      'bytes=-0',
      'bytes=0-1,5-9',
      'bytes=x',
    ]) {
      const answer = await get(a1.token, hash, range);
      expectBilingual(answer, 416, 'blob.rangeNotSatisfiable');
      expect(answer.headers['content-range']).toBe('bytes */10000');
    }
    // A unit the server does not know is ignored: the whole blob.
    expect((await get(a1.token, hash, 'items=0-5')).raw.byteLength).toBe(10_000);
  });

  it("refuses another user's upload id with 403 and an unknown one with 404", async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const a2 = await TestDevice.login(ctx.app, 'a2');
    const bytes = randomBytes(4_000);
    const uploadId = (await announce(a1.token, bytes)).body.uploadId as string;
    expectBilingual(await patch(a2.token, uploadId, 0, bytes), 403, 'blob.uploadNotYours');
    expectBilingual(await complete(a2.token, uploadId), 403, 'blob.uploadNotYours');
    expect((await head(a2.token, uploadId)).status).toBe(403);
    expect(await chunkRows(uploadId)).toBe(0);
    for (const unknown of ['0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', 'not-an-id', "x' OR '1'='1"]) {
      const url = encodeURIComponent(unknown);
      expectBilingual(await patch(a1.token, url, 0, bytes), 404, 'blob.uploadUnknown');
      expectBilingual(await complete(a1.token, url), 404, 'blob.uploadUnknown');
      expect((await head(a1.token, url)).status).toBe(404);
    }
  });

  it('serves a blob to the uploader and, once an attachment record names it, to the case team only', async () => {
    const { cases } = await createCases(ctx.sql, ctx.court.teamA);
    const [a1, a2, b1] = [
      await TestDevice.login(ctx.app, 'a1'),
      await TestDevice.login(ctx.app, 'a2'),
      await TestDevice.login(ctx.app, 'b1'),
    ];
    const bytes = randomBytes(5_000);
    await uploadWhole(a1.token, bytes, 5_000);
    expect((await get(a1.token, sha(bytes))).status).toBe(200);
    // Knowing the hash is not enough: no record names it yet.
    expectBilingual(await get(a2.token, sha(bytes)), 404, 'blob.notFound');

    const visit = makeVisit({
      id: newId(),
      caseId: cases[0]!.id,
      officersPresent: [{ userId: a1.userId, name: 'a1' }],
    });
    const attachment: Attachment = {
      id: newId(),
      caseId: visit.caseId,
      visitId: visit.id,
      entity: 'visit',
      entityId: visit.id,
      sha256: sha(bytes),
      size: bytes.byteLength,
      mediaType: 'image/jpeg',
      fileName: '铭牌.jpg',
      capturedAt: new Date().toISOString(),
      thumbnail: null,
    };
    const create = (entity: 'visit' | 'attachment', record: { id: string; caseId: string }) => ({
      ...a1.mutation({
        op: 'create',
        entityId: record.id,
        baseSeq: null,
        changes: Object.fromEntries(Object.entries(record).map(([k, v]) => [k, { from: null, to: v }])),
      }),
      entity,
      caseId: record.caseId,
    });
    const pushed = await a1.push([create('visit', visit), create('attachment', attachment)]);
    expect(pushed.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(sha((await get(a2.token, sha(bytes))).raw)).toBe(sha(bytes));
    expectBilingual(await get(b1.token, sha(bytes)), 404, 'blob.notFound');
  });

  it('refuses every endpoint without a valid token (401)', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const bytes = randomBytes(2_000);
    const uploadId = (await announce(a1.token, bytes)).body.uploadId as string;
    const stored = randomBytes(50);
    await uploadWhole(a1.token, stored, 50);
    for (const token of [undefined, 'not.a.token', `${a1.token}x`]) {
      const answers = [
        await announce(token, bytes),
        await patch(token, uploadId, 0, bytes),
        await complete(token, uploadId),
        await get(token, sha(stored)),
      ];
      for (const answer of answers) expect(answer.status).toBe(401);
      const refusal = answers[0]!.body.error!;
      expect(refusal.message.en).toBe(messageText(refusal.code, 'en'));
      expect((await head(token, uploadId)).status).toBe(401);
    }
    expect(await chunkRows(uploadId)).toBe(0);
  });

  it('answers bad input with a clear bilingual 4xx, never a 5xx, and writes nothing', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const bytes = randomBytes(3_000);
    const before = await countRows(ctx.sql, 'blob_upload');
    expectBilingual(await announce(a1.token, bytes, { sha256: 'ABC' }), 400, 'blob.badHash');
    expectBilingual(
      await announce(a1.token, bytes, { sha256: sha(bytes).toUpperCase() }),
      400,
      'blob.badHash',
    );
    expectBilingual(await announce(a1.token, bytes, { size: MAX_BLOB_BYTES + 1 }), 413, 'blob.tooLarge');
    expectBilingual(await announce(a1.token, bytes, { size: '3000' }), 400, 'request.invalid');
    expectBilingual(await announce(a1.token, bytes, { size: -1 }), 400, 'request.invalid');
    expectBilingual(await announce(a1.token, bytes, { mediaType: null }), 400, 'request.invalid');
    expectBilingual(await send('POST', '/sync/v1/blobs', a1.token, { json: null }), 400, 'request.invalid');
    expectBilingual(await get(a1.token, 'zz'), 400, 'blob.badHash');
    expectBilingual(await get(a1.token, sha(randomBytes(8))), 404, 'blob.notFound');
    expect(await countRows(ctx.sql, 'blob_upload')).toBe(before);

    const uploadId = (await announce(a1.token, bytes)).body.uploadId as string;
    const chunk = bytes.subarray(0, 1_000);
    const badOffsets = ['', '-1', '1.5', 'abc', '99999999999999999'];
    for (const offset of badOffsets) {
      const answer = await send('PATCH', `/sync/v1/blobs/uploads/${uploadId}`, a1.token, {
        bytes: chunk,
        headers: { 'upload-offset': offset, 'chunk-sha256': sha(chunk) },
      });
      expectBilingual(answer, 400, 'blob.badOffset');
    }
    const tooBig = randomBytes(MAX_CHUNK_BYTES + 1);
    expectBilingual(await patch(a1.token, uploadId, 0, tooBig), 413, 'blob.chunkTooLarge');
    expectBilingual(await patch(a1.token, uploadId, 0, randomBytes(3_001)), 400, 'blob.chunkBeyondSize');
    const asJson = await send('PATCH', `/sync/v1/blobs/uploads/${uploadId}`, a1.token, {
      json: { data: 'AAAA' },
      headers: { 'upload-offset': '0', 'chunk-sha256': sha(chunk) },
    });
    expectBilingual(asJson, 415, 'blob.chunkMediaType');
    const empty = await send('PATCH', `/sync/v1/blobs/uploads/${uploadId}`, a1.token, {
      headers: {
        'upload-offset': '0',
        'chunk-sha256': sha(new Uint8Array()),
        'content-type': 'application/octet-stream',
      },
    });
    expectBilingual(empty, 400, 'blob.emptyChunk');
    expect(await chunkRows(uploadId)).toBe(0);
    // The JSON routes keep their own parser: octet-stream is not accepted there.
    const push = await send('POST', '/sync/v1/push', a1.token, { bytes: chunk });
    expectBilingual(push, 415, 'request.unsupportedMediaType');
  });

  it('keeps stored blobs write-once at the database level', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const bytes = randomBytes(500);
    const uploadId = await uploadWhole(a1.token, bytes, 250);
    const before = randomBytes(300);
    await storeAsBefore0005(a1.token, before, 300);
    for (const statement of [
      `UPDATE blob_upload_chunk SET bytes = '\\x00' WHERE upload_id = '${uploadId}'`,
      `DELETE FROM blob_upload_chunk WHERE upload_id = '${uploadId}'`,
      `DELETE FROM blob_upload_chunk WHERE upload_id = '${uploadId}' AND byte_offset = 250`,
      'TRUNCATE blob_upload_chunk CASCADE',
      `UPDATE blob_content SET bytes = '\\x00' WHERE sha256 = '${sha(before)}'`,
      `DELETE FROM blob_content WHERE sha256 = '${sha(before)}'`,
      'TRUNCATE blob_content CASCADE',
      `UPDATE blob SET size = 1 WHERE sha256 = '${sha(bytes)}'`,
      `UPDATE blob SET upload_id = NULL, storage_path = 'db:blob_content' WHERE sha256 = '${sha(bytes)}'`,
      `DELETE FROM blob WHERE sha256 = '${sha(bytes)}'`,
    ]) {
      // The server's role is not even granted the change (PGlite here); the owner meets the trigger.
      await expect(ctx.sql.query(statement), statement).rejects.toThrow(/append-only|permission denied/);
      await ctx.storage.asOwner((owner) =>
        expect(owner.query(statement), statement).rejects.toThrow(/append-only/),
      );
    }
    // Nor can the upload holding the bytes (its chunks would go with it; the blob's foreign key backs this).
    const removeUpload = (sql: Sql) => sql.query('DELETE FROM blob_upload WHERE id = $1', [uploadId]);
    await expect(removeUpload(ctx.sql)).rejects.toThrow(/append-only|permission denied/);
    await ctx.storage.asOwner((owner) => expect(removeUpload(owner)).rejects.toThrow(/append-only/));
    expect(await chunkRows(uploadId)).toBe(2);
    expect(sha((await get(a1.token, sha(bytes))).raw)).toBe(sha(bytes));
    expect(sha((await get(a1.token, sha(before))).raw)).toBe(sha(before));
  });

  it('still lets the chunks of an unfinished upload be removed, and never rewritten', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const bytes = randomBytes(2_000);
    const uploadId = (await announce(a1.token, bytes)).body.uploadId as string;
    await patch(a1.token, uploadId, 0, bytes.subarray(0, 1_000));
    await expect(
      ctx.sql.query(`UPDATE blob_upload_chunk SET bytes = '\\x00' WHERE upload_id = $1`, [uploadId]),
    ).rejects.toThrow(/append-only/);
    await ctx.sql.query('DELETE FROM blob_upload WHERE id = $1', [uploadId]);
    expect(await chunkRows(uploadId)).toBe(0);
  });

  it('stores and serves an empty blob', async () => {
    const a1 = await TestDevice.login(ctx.app, 'a1');
    const empty = new Uint8Array();
    const announced = await announce(a1.token, empty);
    expect(announced.body).toMatchObject({ status: 'upload', offset: 0, size: 0 });
    expect((await complete(a1.token, announced.body.uploadId as string)).status).toBe(201);
    const answer = await get(a1.token, sha(empty));
    expect({ status: answer.status, length: answer.raw.byteLength }).toEqual({ status: 200, length: 0 });
  });
});
