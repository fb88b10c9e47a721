import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import type { uploadBlob as UploadBlob } from '../../renderer/sync/blobs/uploadBlob';
import { startCourtServer, type CourtServer } from './support/courtServer';

const SERVER_PORT = 8797;
const CHUNK = 64 * 1024;
const SIZE = 5 * CHUNK + 4321;

let server: CourtServer;

test.beforeAll(async () => {
  const { spawn, spawnSync } = await import('node:child_process');
  const fs = await import('node:fs');
  const dataDir = fs.mkdtempSync('/tmp/blob-e2e-');
  const env = {
    ...process.env,
    FIELDWRIT_DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(SERVER_PORT),
    LOG_LEVEL: 'warn',
  };
  spawnSync(
    'npx',
    ['tsx', 'server/cli/main.ts', 'load-demo', '--cases', '5', '--password', 'e2e-Passw0rd!'],
    { env },
  );
  const log = fs.openSync('/tmp/blob-e2e-server.log', 'w');
  const child = spawn('npx', ['tsx', 'server/main.ts'], { env, stdio: ['ignore', log, log] });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${SERVER_PORT}/health`)).ok) break;
    } catch {
      /* */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server = {
    url: `http://127.0.0.1:${SERVER_PORT}`,
    password: 'e2e-Passw0rd!',
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
  void startCourtServer;
});
test.afterAll(async () => {
  await server?.stop();
});

/**
 * The app's blob uploader (renderer/sync/blobs/uploadBlob.ts) bundled as a script, so Chromium runs the very
 * code the app ships: its fetch, Web Crypto and Uint8Array bodies, not Node's.
 */
async function bundleUploader(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('../../renderer/sync/blobs/uploadBlob.ts', import.meta.url)),
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

async function signIn(): Promise<string> {
  const response = await fetch(`${server.url}/auth/v1/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo-officer-1', password: server.password, deviceName: 'e2e blobs' }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

test('a photo upload cut mid-way in Chromium resumes from the server offset (bytes sent ≤ size + one chunk)', async ({
  page,
}) => {
  const token = await signIn();
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
    async ({ baseUrl, token, size, chunkSize }) => {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i += 65536)
        crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65536)));
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
      const progress: number[] = [];
      const { uploadBlob } = (window as unknown as { fieldwritBlobs: { uploadBlob: typeof UploadBlob } })
        .fieldwritBlobs;
      const outcome = await uploadBlob({
        baseUrl,
        getToken: async () => token,
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
    { baseUrl: server.url, token, size: SIZE, chunkSize: CHUNK },
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
