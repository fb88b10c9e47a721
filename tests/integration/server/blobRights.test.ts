import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Json } from '../../../shared/sync/mutation';
import type { Attachment } from '../../../shared/visits/attachment';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createUser } from '../../../server/admin/createUser';
import { updateUser } from '../../../server/admin/updateUser';
import { problemFor } from '../../../server/app/problemFor';
import { countRows, createCases, useServerSuite } from './support/serverSuite';
import { TEST_PASSWORD } from './support/seedCourt';
import { STORAGES } from './support/testStorage';
import { newId, TestDevice } from './support/TestDevice';

type Body = Record<string, unknown> & { error?: { code: string; message: unknown } };
type Answer = { status: number; body: Body; raw: Buffer };

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Issue 12, "Blobs": knowing a hash was enough. Officer B named team A's photo hash in an attachment of B's
 * own case and downloaded A's bytes; announcing a hash told anyone whether it existed (and, as an unfinished
 * upload, let its announcer read it); a user moved to another team still read what they uploaded in the
 * old one. A blob is now read by right: through a case it was uploaded to, or by proof of possession.
 */
describe.each(STORAGES)('blobs by right, not by knowledge (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  const send = async (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    token: string,
    options: { json?: unknown; bytes?: Uint8Array; headers?: Record<string, string> } = {},
  ): Promise<Answer> => {
    const response = await ctx.app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${token}`,
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
      raw: response.rawPayload,
    };
  };
  const announce = (token: string, bytes: Uint8Array, caseId?: string) =>
    send('POST', '/sync/v1/blobs', token, {
      json: { sha256: sha(bytes), size: bytes.byteLength, mediaType: 'image/jpeg', caseId },
    });
  const get = (token: string, hash: string) => send('GET', `/sync/v1/blobs/${hash}`, token);
  /** Announces for `caseId`, sends every byte and completes; returns the announcement's answer. */
  const uploadFor = async (token: string, bytes: Uint8Array, caseId: string) => {
    const announced = await announce(token, bytes, caseId);
    expect(announced.body.status).toBe('upload');
    const uploadId = announced.body.uploadId as string;
    const patched = await send('PATCH', `/sync/v1/blobs/uploads/${uploadId}`, token, {
      bytes,
      headers: { 'upload-offset': '0', 'chunk-sha256': sha(bytes) },
    });
    expect(patched.status).toBe(200);
    expect((await send('POST', `/sync/v1/blobs/uploads/${uploadId}/complete`, token)).status).toBe(201);
    return uploadId;
  };
  const createOf = (record: object) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, { from: null, to: v as Json }]));
  /** Pushes, as `device`, a visit of `caseId` (with `device` present) and a photo attachment naming `hash`. */
  const attach = async (device: TestDevice, caseId: string, hash: string) => {
    const visit = makeVisit({
      id: newId(),
      caseId,
      officersPresent: [{ userId: device.userId, name: device.session.user.name }],
    });
    const attachment: Attachment = {
      id: newId(),
      caseId,
      visitId: visit.id,
      entity: 'visit',
      entityId: visit.id,
      sha256: hash,
      size: 1,
      mediaType: 'image/jpeg',
      fileName: '厂区.jpg',
      capturedAt: new Date().toISOString(),
      thumbnail: null,
    };
    const create = (entity: 'visit' | 'attachment', record: { id: string }) => ({
      ...device.mutation({ op: 'create', entityId: record.id, baseSeq: null, changes: createOf(record) }),
      entity,
      caseId,
    });
    const pushed = await device.push([create('visit', visit), create('attachment', attachment)]);
    expect(pushed.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
  };
  const expectNotFound = (answer: Answer) => {
    expect({ status: answer.status, code: answer.body.error?.code }).toEqual({
      status: 404,
      code: 'blob.notFound',
    });
  };
  const newCase = async (teamId: string) => (await createCases(ctx.sql, teamId)).cases[0]!.id;

  it("refuses team A's photo to officer B who names its hash in an attachment of B's own case", async () => {
    const [a1, b1] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'b1')];
    const [caseA, caseB] = [await newCase(ctx.court.teamA), await newCase(ctx.court.teamB)];
    const photo = randomBytes(4_000);
    await uploadFor(a1.token, photo, caseA);
    await attach(a1, caseA, sha(photo));
    expect(sha((await get(a1.token, sha(photo))).raw)).toBe(sha(photo));

    // B's record names the hash (pushes are accepted: a record may precede its bytes) …
    await attach(b1, caseB, sha(photo));
    // … and B announces it too (an unfinished upload used to grant reading): still nothing.
    expect((await announce(b1.token, photo, caseB)).body.status).toBe('upload');
    expectNotFound(await get(b1.token, sha(photo)));
    expect(await countRows(ctx.sql, 'blob_case', 'sha256 = $1', [sha(photo)])).toBe(1);
  });

  it('answers an announcement the same whether another team holds the bytes or nobody does', async () => {
    const [a1, b1] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'b1')];
    const [caseA, caseB] = [await newCase(ctx.court.teamA), await newCase(ctx.court.teamB)];
    const held = randomBytes(3_000);
    const unknown = randomBytes(3_000);
    await uploadFor(a1.token, held, caseA);
    const shape = (answer: Answer) => ({
      status: answer.status,
      keys: Object.keys(answer.body).sort(),
      state: answer.body.status,
      offset: answer.body.offset,
      size: answer.body.size,
    });
    // Without a case (an older build) and with one.
    for (const caseId of [undefined, caseB]) {
      const [forHeld, forUnknown] = [
        await announce(b1.token, held, caseId),
        await announce(b1.token, unknown, caseId),
      ];
      expect(shape(forHeld)).toEqual(shape(forUnknown));
      expect(shape(forHeld)).toMatchObject({ status: 200, state: 'upload', offset: 0 });
    }
    // Another team's case, or one that does not exist, is refused alike with a bilingual code.
    for (const caseId of [caseA, newId()]) {
      const refused = await announce(b1.token, unknown, caseId);
      expect({ status: refused.status, code: refused.body.error?.code }).toEqual({
        status: 404,
        code: 'blob.caseUnknown',
      });
      expect(refused.body.error?.message).toEqual(problemFor('blob.caseUnknown').message);
      expect(problemFor('blob.caseUnknown').message).toMatchObject({
        'zh-CN': expect.stringContaining('案件'),
      });
    }
  });

  it('gives bytes held for one case to another only when they are sent again, stored once', async () => {
    const [a1, b1] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'b1')];
    const [caseA, caseB] = [await newCase(ctx.court.teamA), await newCase(ctx.court.teamB)];
    const b2 = await createUser(ctx.sql, {
      username: `b2-${kind}`,
      name: 'b2',
      role: 'officer',
      team: ctx.court.teamB,
      password: TEST_PASSWORD,
    });
    const colleague = await TestDevice.login(ctx.app, b2.username);
    const photo = randomBytes(6_000);
    await uploadFor(a1.token, photo, caseA);
    await attach(a1, caseA, sha(photo));
    await attach(b1, caseB, sha(photo));
    expectNotFound(await get(colleague.token, sha(photo)));

    // B really holds the same photo (sent to both teams): the bytes prove it.
    const uploadId = await uploadFor(b1.token, photo, caseB);
    expect(sha((await get(colleague.token, sha(photo))).raw)).toBe(sha(photo));
    // Never stored twice: one blob, the first upload's chunks; the proof's chunks are gone.
    expect(await countRows(ctx.sql, 'blob', 'sha256 = $1', [sha(photo)])).toBe(1);
    expect(await countRows(ctx.sql, 'blob_upload_chunk', 'upload_id = $1', [uploadId])).toBe(0);
    expect(await countRows(ctx.sql, 'blob_case', 'sha256 = $1', [sha(photo)])).toBe(2);
    // Now held for B's case: announcing it again there sends nothing.
    expect((await announce(b1.token, photo, caseB)).body.status).toBe('exists');
  });

  it('links bytes uploaded before their record (or by a build without cases) when their uploader attaches them', async () => {
    const [a1, a2] = [await TestDevice.login(ctx.app, 'a1'), await TestDevice.login(ctx.app, 'a2')];
    const caseA = await newCase(ctx.court.teamA);
    const photo = randomBytes(2_000);
    const announced = await announce(a1.token, photo);
    const uploadId = announced.body.uploadId as string;
    await send('PATCH', `/sync/v1/blobs/uploads/${uploadId}`, a1.token, {
      bytes: photo,
      headers: { 'upload-offset': '0', 'chunk-sha256': sha(photo) },
    });
    await send('POST', `/sync/v1/blobs/uploads/${uploadId}/complete`, a1.token);
    // The uploader reads their own upload; a colleague only once a record of the case names it.
    expect((await get(a1.token, sha(photo))).status).toBe(200);
    expectNotFound(await get(a2.token, sha(photo)));
    await attach(a1, caseA, sha(photo));
    expect(sha((await get(a2.token, sha(photo))).raw)).toBe(sha(photo));
  });

  it('ends access with the team: a user moved away no longer reads what they uploaded', async () => {
    const username = `mover-${kind}`;
    await createUser(ctx.sql, {
      username,
      name: '调岗',
      role: 'officer',
      team: ctx.court.teamA,
      password: TEST_PASSWORD,
    });
    const mover = await TestDevice.login(ctx.app, username);
    const caseA = await newCase(ctx.court.teamA);
    const photo = randomBytes(2_500);
    await uploadFor(mover.token, photo, caseA);
    await attach(mover, caseA, sha(photo));
    expect((await get(mover.token, sha(photo))).status).toBe(200);

    await updateUser(ctx.sql, username, { team: ctx.court.teamB });
    expectNotFound(await get(mover.token, sha(photo)));
    // Nor does announcing it again in the new team count as holding it there.
    expect((await announce(mover.token, photo)).body.status).toBe('upload');

    await updateUser(ctx.sql, username, { team: ctx.court.teamA });
    expect((await get(mover.token, sha(photo))).status).toBe(200);
  });
});
