import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from './Sql';
import { isBinaryQuery } from './pgliteBinaryQuery';
import { wrapPglite } from './wrapPglite';

describe('bytea parameters on PGlite (one binary protocol message)', () => {
  let sql: Sql;
  beforeAll(async () => {
    const db = new PGlite();
    await db.waitReady;
    sql = wrapPglite(db);
    await sql.exec('CREATE TABLE piece (id int PRIMARY KEY, note text, big int8, flag boolean, bytes bytea)');
  }, 60_000);
  afterAll(() => sql.close());

  it('is taken only for parameters that carry bytes and can all be sent', () => {
    expect(isBinaryQuery([1, 'a', new Uint8Array(1)])).toBe(true);
    expect(isBinaryQuery([1, 'a'])).toBe(false);
    // Anything else goes through PGlite's own serializers.
    expect(isBinaryQuery([new Date(), new Uint8Array(1)])).toBe(false);
    expect(isBinaryQuery([{ a: 1 }, new Uint8Array(1)])).toBe(false);
  });

  it('stores bytes exactly (every byte value, a view into a larger buffer) beside text, numbers and nulls', async () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const big = randomBytes(3 * 1024 * 1024 + 7);
    const view = big.subarray(5, 5 + 1_000_000);
    await sql.query('INSERT INTO piece VALUES ($1, $2, $3, $4, $5)', [1, '证据 ✓', 2 ** 40, true, all]);
    await sql.query('INSERT INTO piece VALUES ($1, $2, $3, $4, $5::bytea)', [2, null, null, false, view]);
    await sql.query('INSERT INTO piece VALUES ($1, $2, $3, $4, $5)', [
      3,
      undefined,
      7n,
      null,
      new Uint8Array(),
    ]);
    const rows = await sql.query<{
      id: number;
      note: string | null;
      big: number | null;
      flag: boolean | null;
    }>('SELECT id, note, big, flag FROM piece ORDER BY id');
    expect(rows).toEqual([
      { id: 1, note: '证据 ✓', big: 2 ** 40, flag: true },
      { id: 2, note: null, big: null, flag: false },
      { id: 3, note: null, big: 7, flag: null },
    ]);
    const stored = await sql.query<{ id: number; b64: string }>(
      "SELECT id, encode(bytes, 'base64') AS b64 FROM piece ORDER BY id",
    );
    // Compared as base64 text: a deep comparison of a megabyte byte by byte is needlessly slow.
    expect(stored.map((r) => r.b64.replace(/\n/g, ''))).toEqual(
      [all, view, new Uint8Array()].map((b) => Buffer.from(b).toString('base64')),
    );
  });

  it('returns the rows of the statement, parsed as PGlite parses them', async () => {
    const rows = await sql.query<{ n: number; same: boolean; label: string }>(
      'SELECT octet_length($1::bytea) AS n, $1::bytea = $2 AS same, $3::text AS label',
      [randomBytes(70_000), randomBytes(10), 'x'],
    );
    expect(rows).toEqual([{ n: 70_000, same: false, label: 'x' }]);
  });

  it('throws the database error and leaves PGlite usable, inside a transaction and out', async () => {
    const bytes = randomBytes(100);
    const error = await sql.query('INSERT INTO piece (id, bytes) VALUES ($1, $2)', [1, bytes]).then(
      () => null,
      (e: { code?: string }) => e,
    );
    expect(error?.code).toBe('23505');
    await expect(
      sql.transaction(async (tx) => {
        await tx.query('INSERT INTO piece (id, bytes) VALUES ($1, $2)', [10, bytes]);
        await tx.query('INSERT INTO piece (id, bytes) VALUES ($1, $2)', [10, bytes]);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await sql.query('SELECT id FROM piece WHERE id = 10')).toEqual([]);
    await sql.transaction(async (tx) => {
      await tx.query('INSERT INTO piece (id, bytes) VALUES ($1, $2)', [11, bytes]);
    });
    expect(await sql.query('SELECT id FROM piece WHERE id = 11')).toEqual([{ id: 11 }]);
  });
});
