import type { Sql } from '../../../server/db/Sql';
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../server/app/buildServer';
import { problemFor } from '../../../server/app/problemFor';
import {
  MAX_OPEN_UPLOAD_BYTES_PER_DEVICE,
  MAX_OPEN_UPLOADS_PER_DEVICE,
  UPLOAD_EXPIRY_MS,
} from '../../../server/blobs/enforceUploadQuota';
import { DEFAULT_HOUSEKEEPING_POLICY } from '../../../server/housekeeping/HousekeepingPolicy';
import { listExpired } from '../../../server/housekeeping/listExpired';
import { purgeExpired } from '../../../server/housekeeping/purgeExpired';
import {
  MAX_QUARANTINED_BATCHES_PER_DEVICE,
  MAX_QUARANTINED_BYTES_PER_DEVICE,
} from '../../../server/sync/push/quarantineBatch';
import { MAX_BLOB_BYTES } from '../../../shared/sync/blobProtocol';
import { countRows, createCases, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { call, newId, TestDevice } from './support/TestDevice';

const DAY_MS = 24 * 60 * 60 * 1000;
const WINDOW_MS = 60_000;
const tiny = { max: 3, windowMs: WINDOW_MS };

type ErrorBody = { error?: { code: string; message: unknown } };
const codeOf = (body: unknown) => (body as ErrorBody).error?.code;
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

describe.each(STORAGES)('limits on requests, quarantine and uploads (%s)', (kind) => {
  const ctx = useServerSuite(kind);
  /** A server over the same database with small limits and its own clock. */
  let limited: FastifyInstance;
  const now = { ms: Date.now() };
  beforeAll(async () => {
    limited = await buildServer({
      sql: ctx.sql,
      clock: () => now.ms,
      rateLimits: { push: tiny, pull: tiny, refresh: tiny, uploadReservation: tiny },
    });
  });
  afterAll(async () => {
    await limited?.close();
  });

  it('limits pushes and pulls per device (429, Retry-After, bilingual code) and lets them through again later', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const [a1, a2] = [await TestDevice.login(limited, 'a1'), await TestDevice.login(limited, 'a2')];
    for (let i = 0; i < tiny.max; i++) {
      const answer = await a1.push([
        a1.patch(cases[0]!.id, { notes: [i === 0 ? '' : `n${i - 1}`, `n${i}`] }, null),
      ]);
      expect(answer.status).toBe(200);
    }
    const logged = await countRows(ctx.sql, 'mutation_log', 'device_id = $1', [a1.deviceId]);
    const over = await a1.push([a1.patch(cases[0]!.id, { notes: ['n2', 'n3'] }, commitSeq)]);
    expect(over.status).toBe(429);
    expect(codeOf(over.body)).toBe('request.rateLimited');
    expect((over.body as ErrorBody).error?.message).toEqual(problemFor('request.rateLimited').message);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(over.headers['retry-after'])).toBeLessThanOrEqual(WINDOW_MS / 1000);
    expect(await countRows(ctx.sql, 'mutation_log', 'device_id = $1', [a1.deviceId])).toBe(logged);
    // Per device: a colleague's device is not held back by a1's.
    expect((await a2.pull(0)).status).toBe(200);
    for (let i = 0; i < tiny.max - 1; i++) expect((await a1.pull(0)).status).toBe(200);
    expect((await a1.pull(0)).status).toBe(200);
    const pullOver = await a1.pull(0);
    expect([pullOver.status, codeOf(pullOver.body)]).toEqual([429, 'request.rateLimited']);
    now.ms += WINDOW_MS + 1;
    a1.nextSeq--;
    expect((await a1.push([a1.patch(cases[0]!.id, { notes: ['n2', 'n3'] }, null)])).status).toBe(200);
    expect((await a1.pull(0)).status).toBe(200);
  });

  it('limits token refreshes per source address, before the token is even looked at', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < tiny.max + 2; i++) {
      const answer = await call(limited, 'POST', '/auth/v1/refresh', {
        refreshToken: `not-a-token-${i}`,
        deviceId: newId(),
      });
      statuses.push(answer.status);
      if (answer.status === 429) expect(codeOf(answer.body)).toBe('request.rateLimited');
    }
    expect(statuses.slice(0, tiny.max).every((s) => s === 401 || s === 400)).toBe(true);
    expect(statuses.slice(tiny.max)).toEqual([429, 429]);
    now.ms += WINDOW_MS + 1;
  });

  it('limits upload reservations per device', async () => {
    const device = await TestDevice.login(limited, 'a2');
    const announce = (i: number) =>
      call(
        limited,
        'POST',
        '/sync/v1/blobs',
        { sha256: hashOf(`rate ${i}`), size: 10, mediaType: 'image/jpeg' },
        device.token,
      );
    for (let i = 0; i < tiny.max; i++) expect((await announce(i)).status).toBe(200);
    const over = await announce(99);
    expect([over.status, codeOf(over.body)]).toEqual([429, 'request.rateLimited']);
    now.ms += WINDOW_MS + 1;
  });

  it('caps unfinished uploads per device by count and bytes, resumes existing ones, and expires abandoned ones', async () => {
    const device = await TestDevice.login(ctx.app, 'b1');
    const announce = (name: string, size = 1000) =>
      call<{ status: string; uploadId?: string }>(
        ctx.app,
        'POST',
        '/sync/v1/blobs',
        { sha256: hashOf(name), size, mediaType: 'image/jpeg' },
        device.token,
      );
    for (let i = 0; i < MAX_OPEN_UPLOADS_PER_DEVICE; i++)
      expect((await announce(`count ${i}`)).status).toBe(200);
    const before = await countRows(ctx.sql, 'blob_upload', 'device_id = $1', [device.deviceId]);
    const over = await announce('count over');
    expect([over.status, codeOf(over.body)]).toEqual([429, 'upload.tooManyOpen']);
    expect(over.headers['retry-after']).toBeDefined();
    expect(await countRows(ctx.sql, 'blob_upload', 'device_id = $1', [device.deviceId])).toBe(before);
    // Announcing one it is already uploading resumes it.
    const resumed = await announce('count 3');
    expect([resumed.status, resumed.body.status]).toEqual([200, 'upload']);
    // Abandoned: no chunk for longer than the expiry. The next reservation removes them and goes through.
    await ctx.sql.query(
      `UPDATE blob_upload SET updated_at = updated_at - $2::interval WHERE device_id = $1 AND completed_at IS NULL`,
      [device.deviceId, `${UPLOAD_EXPIRY_MS + DAY_MS} milliseconds`],
    );
    expect((await announce('after expiry')).status).toBe(200);
    expect(await countRows(ctx.sql, 'blob_upload', 'device_id = $1', [device.deviceId])).toBe(1);
    // Bytes: reservations of the largest blob until the device's reserved bytes would pass the cap.
    const fit = Math.floor((MAX_OPEN_UPLOAD_BYTES_PER_DEVICE - 1000) / MAX_BLOB_BYTES);
    for (let i = 0; i < fit; i++) expect((await announce(`big ${i}`, MAX_BLOB_BYTES)).status).toBe(200);
    const tooMuch = await announce('big over', MAX_BLOB_BYTES);
    expect([tooMuch.status, codeOf(tooMuch.body)]).toEqual([429, 'upload.tooManyOpen']);
  });

  it('stores a too-old client batch up to the per-device cap; above it answers 426 without storing', async () => {
    const device = await TestDevice.login(ctx.app, 'a1');
    const big = 'x'.repeat(1_900_000);
    const statuses: number[] = [];
    const stored: boolean[] = [];
    for (let i = 0; i < 10; i++) {
      const answer = await device.push([{ mutationId: newId(), clientSeq: i + 1, pad: big }], {
        protocolVersion: 0,
      });
      statuses.push(answer.status);
      stored.push(typeof (answer.body as { quarantineId?: unknown }).quarantineId === 'string');
      expect(codeOf(answer.body)).toBe('client.tooOld');
    }
    expect(statuses).toEqual(Array(10).fill(426));
    const [held] = await ctx.sql.query<{ n: number; bytes: string }>(
      `SELECT count(*)::int AS n, coalesce(sum(octet_length(payload)), 0)::text AS bytes
       FROM quarantined_batch WHERE device_id = $1`,
      [device.deviceId],
    );
    expect(held!.n).toBe(stored.filter(Boolean).length);
    expect(held!.n).toBeGreaterThan(0);
    expect(held!.n).toBeLessThanOrEqual(MAX_QUARANTINED_BATCHES_PER_DEVICE);
    expect(Number(held!.bytes)).toBeLessThanOrEqual(MAX_QUARANTINED_BYTES_PER_DEVICE);
    expect(stored.slice(held!.n).every((s) => !s)).toBe(true);
    // Small batches are capped by count.
    const other = await TestDevice.login(ctx.app, 'a2');
    for (let i = 0; i < MAX_QUARANTINED_BATCHES_PER_DEVICE + 2; i++)
      await other.push([{ mutationId: newId(), clientSeq: 1 }], { protocolVersion: 0 });
    expect(await countRows(ctx.sql, 'quarantined_batch', 'device_id = $1', [other.deviceId])).toBe(
      MAX_QUARANTINED_BATCHES_PER_DEVICE,
    );
  });

  it('keeps quarantined batches append-only; only the purge removes expired ones, recorded as an admin action', async () => {
    const device = await TestDevice.login(ctx.app, 'lead-a');
    const insert = (id: string, ageDays: number) =>
      ctx.sql.query(
        `INSERT INTO quarantined_batch (id, user_id, device_id, payload, received_at)
         VALUES ($1, $2, $3, '{}', now() - $4::interval)`,
        [id, device.userId, device.deviceId, `${ageDays} days`],
      );
    const [fresh, oldButKept, expired] = [newId(), newId(), newId()];
    await insert(fresh, 1);
    await insert(oldButKept, 40);
    await insert(expired, DEFAULT_HOUSEKEEPING_POLICY.quarantineDays + 5);
    // Ordinary deletes and updates are refused, of expired rows too.
    for (const statement of [
      'DELETE FROM quarantined_batch WHERE id = $1',
      "UPDATE quarantined_batch SET payload = 'x' WHERE id = $1",
    ]) {
      for (const id of [fresh, expired])
        await expect(ctx.sql.query(statement, [id])).rejects.toThrow(/append-only/);
    }
    // The server's role has no TRUNCATE at all (PGlite here); an owner still meets the trigger (PostgreSQL here).
    await expect(ctx.sql.exec('TRUNCATE quarantined_batch')).rejects.toThrow(/append-only|permission denied/);
    await ctx.storage.asOwner((owner) =>
      expect(owner.exec('TRUNCATE quarantined_batch')).rejects.toThrow(/append-only/),
    );
    // An old unfinished upload, to be purged with its chunk.
    const uploadId = newId();
    await ctx.sql.query(
      `INSERT INTO blob_upload (id, sha256, size, media_type, received_bytes, user_id, device_id, created_at, updated_at)
       VALUES ($1, $2, 10, 'image/jpeg', 3, $3, $4, now() - interval '30 days', now() - interval '30 days')`,
      [uploadId, hashOf(uploadId), device.userId, device.deviceId],
    );
    await ctx.sql.query(
      `INSERT INTO blob_upload_chunk (upload_id, byte_offset, bytes) VALUES ($1, 0, '\\x010203'::bytea)`,
      [uploadId],
    );
    const listed = await listExpired(ctx.sql, DEFAULT_HOUSEKEEPING_POLICY, Date.now());
    expect(listed.batches.map((b) => b.id)).toContain(expired);
    expect(listed.batches.map((b) => b.id)).not.toContain(oldButKept);
    expect(listed.uploads.map((u) => u.id)).toContain(uploadId);

    const purged = await purgeExpired(ctx.sql, DEFAULT_HOUSEKEEPING_POLICY, 'test admin', Date.now());
    expect(purged.batchIds).toContain(expired);
    expect(purged.uploadIds).toContain(uploadId);
    expect(await countRows(ctx.sql, 'quarantined_batch', 'id = ANY($1::text[])', [[fresh, oldButKept]])).toBe(
      2,
    );
    expect(await countRows(ctx.sql, 'quarantined_batch', 'id = $1', [expired])).toBe(0);
    expect(await countRows(ctx.sql, 'blob_upload_chunk', 'upload_id = $1', [uploadId])).toBe(0);
    const [action] = await ctx.sql.query<{
      action: string;
      performed_by: string;
      details: Record<string, unknown>;
    }>('SELECT action, performed_by, details FROM admin_action WHERE id = $1', [purged.actionId]);
    expect(action).toMatchObject({ action: 'housekeeping.purge', performed_by: 'test admin' });
    expect(action!.details.quarantinedBatches).toContain(expired);
    expect(action!.details.unfinishedUploads).toContain(uploadId);
    // Even the purge function never removes a batch of the last 30 days, whatever cutoff it is given.
    const tooEager = await ctx.sql.query<{ id: string }>(
      "SELECT id FROM purge_quarantined_batches(now() + interval '1 day') AS id",
    );
    expect(tooEager.map((r) => r.id)).toContain(oldButKept);
    expect(tooEager.map((r) => r.id)).not.toContain(fresh);
    expect(await countRows(ctx.sql, 'quarantined_batch', 'id = $1', [fresh])).toBe(1);
    // And an ordinary delete is refused again right after a purge.
    await expect(ctx.sql.query('DELETE FROM quarantined_batch WHERE id = $1', [fresh])).rejects.toThrow(
      /append-only/,
    );
    // The record of the purge cannot be removed either.
    // The server's role may not delete from it at all (PGlite here); the owner meets the trigger.
    const removeAction = (sql: Sql) => sql.query('DELETE FROM admin_action WHERE id = $1', [purged.actionId]);
    await expect(removeAction(ctx.sql)).rejects.toThrow(/append-only|permission denied/);
    await ctx.storage.asOwner((owner) => expect(removeAction(owner)).rejects.toThrow(/append-only/));
  });
});
