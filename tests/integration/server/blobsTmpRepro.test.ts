import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { it } from 'vitest';
import { uploadBlob } from '../../../renderer/sync/blobs/uploadBlob';
import { startServerProcess, killHard } from './support/serverProcess';

it('repro', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'blob-repro-'));
  const load = spawnSync('npx', ['tsx', 'server/cli/main.ts', 'load-demo', '--cases', '5', '--password', 'e2e-Passw0rd!'], { env: { ...process.env, FIELDWRIT_DATA_DIR: dataDir }, encoding: 'utf8' });
  if (load.status !== 0) throw new Error(load.stderr);
  const server = await startServerProcess({ FIELDWRIT_DATA_DIR: dataDir });
  const login = await fetch(`${server.url}/auth/v1/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo-officer-1', password: 'e2e-Passw0rd!', deviceName: 'x' }) });
  const token = ((await login.json()) as { accessToken: string }).accessToken;
  let failures = 0;
  for (let i = 0; i < 40; i++) {
    const bytes = randomBytes(5 * 65536 + 4321);
    let patches = 0;
    const fetchImpl: typeof fetch = async (input, init) => {
      if (init?.method === 'PATCH' && ++patches === 2) throw new TypeError('fetch failed');
      return fetch(input, init);
    };
    const t0 = Date.now();
    try {
      await uploadBlob({ fetchImpl, baseUrl: server.url, getToken: async () => token, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, mediaType: 'image/jpeg', readChunk: async (o, l) => bytes.slice(o, o + l), chunkSize: 65536, retryDelayMs: 10 });
    } catch (e) { failures++; process.stdout.write(`fail ${i}: ${String(e)}\n`); }
    process.stdout.write(`upload ${i} ${Date.now() - t0} ms\n`);
  }
  process.stdout.write(`failures ${failures}\n${server.output().slice(0, 5000)}\n`);
  await killHard(server);
}, 600_000);
