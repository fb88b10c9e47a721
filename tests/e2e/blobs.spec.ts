import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import type { LoginResponse } from '../../shared/auth/authProtocol';
import type { AuthState } from '../../renderer/data/session/authState';
import type * as Uploader from './support/uploaderEntry';
import { startCourtServer, type CourtServer } from './support/courtServer';

const SERVER_PORT = 8797;
const CHUNK = 64 * 1024;
const SIZE = 5 * CHUNK + 4321;

let server: CourtServer;

// The uploader bundle is injected into a page of the court server's own origin, whose answers carry a
// strict CSP (no inline script, rightly): the test, not the server, must step around it.
test.use({ bypassCSP: true });

test.beforeAll(async () => {
  server = await startCourtServer(SERVER_PORT, 5);
});
test.afterAll(async () => {
  await server?.stop();
});

/**
 * The app's blob uploader (renderer/sync/blobs/uploadBlob.ts) and the court connection it sends through,
 * bundled as a script, so Chromium runs the very code the app ships: its fetch, Web Crypto and Uint8Array
 * bodies, not Node's. (Driven directly rather than through the attachment screen until the sync engine
 * uploads pending blobs.)
 */
async function bundleUploader(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('./support/uploaderEntry.ts', import.meta.url)),
        formats: ['iife'],
        name: 'fieldwritBlobs',
      },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const first = Array.isArray(output) ? output[0]! : output;
  const chunk = first.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the uploader did not bundle');
  return chunk.code;
}

async function signIn(): Promise<LoginResponse> {
  const response = await fetch(`${server.url}/auth/v1/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo-officer-1', password: server.password, deviceName: 'e2e blobs' }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as LoginResponse;
}

test('the app uploader in Chromium resumes a photo cut mid-way from the server offset (bytes sent ≤ size + one chunk)', async ({
  page,
}) => {
  const login = await signIn();
  const token = login.accessToken;
  const auth: AuthState = {
    serverUrl: server.url,
    user: login.user,
    deviceId: login.deviceId,
    accessToken: login.accessToken,
    accessTokenExpiresAt: login.accessTokenExpiresAt,
    refreshToken: login.refreshToken,
    refreshTokenExpiresAt: login.refreshTokenExpiresAt,
  };
  // The page runs on the court server's origin: the uploader's requests are same-origin, as they are from
  // the desktop shell's privileged scheme.
  await page.goto(`${server.url}/health`);
  await page.addScriptTag({ content: await bundleUploader() });

  const sent: { method: string; bytes: number }[] = [];
  let patches = 0;
  await page.route(
    (url) => url.pathname.startsWith('/sync/v1/blobs'),
    async (route) => {
      const request = route.request();
      sent.push({ method: request.method(), bytes: request.postDataBuffer()?.byteLength ?? 0 });
      if (request.method() === 'PATCH' && ++patches === 2) {
        // The second chunk's connection drops: the server never stores it.
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    },
  );

  const result = await page.evaluate(
    async ({ auth, size, chunkSize }) => {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i += 65536)
        crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65536)));
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
      const progress: number[] = [];
      const { uploadBlob, createCourtConnection } = (window as unknown as { fieldwritBlobs: typeof Uploader })
        .fieldwritBlobs;
      // The session as the app keeps it; in this page it lives in memory instead of IndexedDB.
      const court = createCourtConnection({
        credentials: { current: async () => auth, saveRefreshed: async () => true },
      });
      const session = await court.session();
      if (!session) throw new Error('not signed in');
      const outcome = await uploadBlob({
        session,
        sha256,
        size,
        mediaType: 'image/jpeg',
        readChunk: async (offset, length) => bytes.slice(offset, offset + length),
        chunkSize,
        retryDelayMs: 50,
        onProgress: (bytesSent) => progress.push(bytesSent),
      });
      return { outcome, sha256, progress };
    },
    { auth, size: SIZE, chunkSize: CHUNK },
  );

  expect(result.outcome).toBe('stored');
  // After the cut the uploader asked the server (HEAD) and went on from the end of the first chunk.
  expect(sent.map((s) => s.method)).toEqual([
    'POST',
    'PATCH',
    'PATCH',
    'HEAD',
    'PATCH',
    'PATCH',
    'PATCH',
    'PATCH',
    'PATCH',
    'POST',
  ]);
  expect(result.progress.slice(0, 3)).toEqual([0, CHUNK, CHUNK]);
  expect(result.progress.at(-1)).toBe(SIZE);
  const patchBytes = sent.filter((s) => s.method === 'PATCH').reduce((n, s) => n + s.bytes, 0);
  expect(patchBytes).toBeLessThanOrEqual(SIZE + CHUNK);

  const stored = await fetch(`${server.url}/sync/v1/blobs/${result.sha256}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(stored.status).toBe(200);
  expect(
    createHash('sha256')
      .update(new Uint8Array(await stored.arrayBuffer()))
      .digest('hex'),
  ).toBe(result.sha256);
});
