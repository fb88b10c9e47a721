import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { openPgliteSql } from '../../../server/db/openPgliteSql';
import { openTestStorage } from './support/testStorage';
import type { Sql } from '../../../server/db/Sql';

async function run(name: string, db: Sql) {
  await db.exec('CREATE TABLE t (k int PRIMARY KEY, b bytea); ALTER TABLE t ALTER COLUMN b SET STORAGE EXTERNAL; CREATE TABLE t3 (k int PRIMARY KEY, b bytea); ALTER TABLE t3 ALTER COLUMN b SET STORAGE EXTERNAL;');
  const chunk = randomBytes(256 * 1024);
  let t0 = Date.now();
  for (let i = 0; i < 40; i++) await db.query(`INSERT INTO t VALUES ($1, $2)`, [i, chunk]);
  const raw = Date.now() - t0;
  t0 = Date.now();
  for (let i = 0; i < 40; i++) await db.query(`INSERT INTO t3 VALUES ($1, decode($2, 'base64'))`, [i, chunk.toString('base64')]);
  const b64 = Date.now() - t0;
  t0 = Date.now();
  for (let i = 0; i < 40; i += 8) await db.query(`SELECT b FROM t WHERE k >= $1 ORDER BY k LIMIT 8`, [i]);
  const selRaw = Date.now() - t0;
  t0 = Date.now();
  for (let i = 0; i < 40; i += 8) {
    const rows = await db.query<{ b: string }>(`SELECT encode(b, 'base64') AS b FROM t WHERE k >= $1 ORDER BY k LIMIT 8`, [i]);
    for (const r of rows) Buffer.from(r.b, 'base64');
  }
  const selB64 = Date.now() - t0;
  process.stdout.write(`${name} 10MiB: insert raw ${raw} ms, base64 ${b64} ms; select raw ${selRaw} ms, base64 ${selB64} ms\n`);
}

it('micro', async () => {
  const p = await openPgliteSql(mkdtempSync(join(tmpdir(), 'micro-')));
  await run('pglite-file', p);
  await p.close();
  const s = await openTestStorage('postgres');
  await run('postgres', s.sql);
  await s.close();
}, 600_000);
