import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { uploadBlob } from '../../../renderer/sync/blobs/uploadBlob';
import { buildServer } from '../../../server/app/buildServer';
import { openPgliteSql } from '../../../server/db/openPgliteSql';
import { migrate } from '../../../server/db/migrate';
import { seedCourt } from './support/seedCourt';
import { TestDevice } from './support/TestDevice';
import { openTestStorage } from './support/testStorage';

for (const kind of ['pglite-file', 'postgres'] as const) {
  it(`throughput ${kind}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blob-perf-'));
    const storage = kind === 'postgres' ? await openTestStorage('postgres') : null;
    const sql = storage ? storage.sql : await openPgliteSql(dir);
    if (!storage) await migrate(sql);
    await seedCourt(sql);
    const app = await buildServer({ sql });
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const d = await TestDevice.login(app, 'a1');
    for (const chunkSize of [256 * 1024, 1024 * 1024]) {
      const bytes = randomBytes(20 * 1024 * 1024);
      const t0 = Date.now();
      await uploadBlob({ baseUrl, getToken: async () => d.token, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, mediaType: 'image/jpeg', readChunk: async (o, l) => bytes.subarray(o, o + l), chunkSize });
      const ms = Date.now() - t0;
      const t1 = Date.now();
      const r = await fetch(`${baseUrl}/sync/v1/blobs/${createHash('sha256').update(bytes).digest('hex')}`, { headers: { authorization: `Bearer ${d.token}` } });
      const got = new Uint8Array(await r.arrayBuffer());
      process.stdout.write(`${kind} chunk ${chunkSize}: upload 20 MiB in ${ms} ms = ${(20 / (ms / 1000)).toFixed(1)} MiB/s; download ${Date.now() - t1} ms (${got.length})\n`);
    }
    await app.close();
    if (storage) await storage.close(); else await sql.close();
    rmSync(dir, { recursive: true, force: true });
  }, 600_000);
}
