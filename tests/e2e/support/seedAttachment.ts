import { createHash, randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import type { LoginResponse } from '../../../shared/auth/authProtocol';
import { PROTOCOL_VERSION, SCHEMA_VERSION, type PushResponse } from '../../../shared/sync/protocol';
import type { CourtServer } from './courtServer';

/** What another officer's device attaches to a visit, through the court server's own API. */
export type SeededAttachment = {
  visitId: string;
  caseId: string;
  fileName: string;
  /** The type the record and the announce claim (it must be on the allowlist: the server checks). */
  mediaType: string;
  bytes: Uint8Array;
};

async function call(server: CourtServer, token: string | null, path: string, init: RequestInit) {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(`${server.url}${path}`, { ...init, headers });
}

/**
 * Signs `username` in as a device of their own and attaches `seed` as that device would: pushes the
 * attachment record, then uploads the bytes to the visit's case in one chunk. The server takes any bytes
 * under an allowed type name — it is the app that must look at them.
 */
export async function seedAttachment(server: CourtServer, username: string, seed: SeededAttachment) {
  const login = (await (
    await call(server, null, '/auth/v1/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: server.password, deviceName: 'e2e colleague' }),
    })
  ).json()) as LoginResponse;
  const sha256 = createHash('sha256').update(seed.bytes).digest('hex');
  const record = {
    id: randomUUID(),
    caseId: seed.caseId,
    visitId: seed.visitId,
    entity: 'visit',
    entityId: seed.visitId,
    sha256,
    size: seed.bytes.byteLength,
    mediaType: seed.mediaType,
    fileName: seed.fileName,
    capturedAt: new Date().toISOString(),
    thumbnail: null,
  };
  const push = await call(server, login.accessToken, '/sync/v1/push', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.1.0',
      deviceId: login.deviceId,
      mutations: [
        {
          mutationId: randomUUID(),
          clientSeq: login.lastProcessedClientSeq + 1,
          txId: randomUUID(),
          deviceId: login.deviceId,
          authorUserId: login.user.id,
          deviceTime: new Date().toISOString(),
          op: 'create',
          entity: 'attachment',
          entityId: record.id,
          caseId: seed.caseId,
          baseSeq: null,
          changes: Object.fromEntries(Object.entries(record).map(([k, v]) => [k, { from: null, to: v }])),
        },
      ],
    }),
  });
  const pushed = (await push.json()) as PushResponse;
  expect(pushed.results.map((r) => r.status)).toEqual(['applied']);

  const announced = (await (
    await call(server, login.accessToken, '/sync/v1/blobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        sha256,
        size: seed.bytes.byteLength,
        mediaType: seed.mediaType,
        caseId: seed.caseId,
      }),
    })
  ).json()) as { status: string; uploadId: string };
  expect(announced.status).toBe('upload');
  const chunk = await call(server, login.accessToken, `/sync/v1/blobs/uploads/${announced.uploadId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/octet-stream', 'upload-offset': '0', 'chunk-sha256': sha256 },
    body: seed.bytes as Uint8Array<ArrayBuffer>,
  });
  expect(chunk.status).toBe(200);
  const complete = await call(
    server,
    login.accessToken,
    `/sync/v1/blobs/uploads/${announced.uploadId}/complete`,
    {
      method: 'POST',
    },
  );
  expect(complete.status).toBe(201);
  return record;
}
