import { describe, expect, it } from 'vitest';
import type { Sql } from '../../../server/db/Sql';
import { createCheckpoint } from '../../../server/history/checkpoint/createCheckpoint';
import { ephemeralKeyRing } from '../../../server/history/signing/ephemeralKeyRing';
import { verifyVersionChain } from '../../../server/sync/chain/verifyVersionChain';
import { countRows, createCases, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { TestDevice } from './support/TestDevice';

const APPEND_ONLY = [
  'mutation_log',
  'entity_version',
  'change_log',
  'quarantined_batch',
  'user_access_history',
  'history_checkpoint',
] as const;

describe.each(STORAGES)('append-only history (%s)', (kind) => {
  const ctx = useServerSuite(kind);

  it('has rows in every append-only table to protect', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const device = await TestDevice.login(ctx.app, 'a1');
    await device.push([device.patch(cases[0]!.id, { notes: ['', 'evidence'] }, commitSeq)]);
    await device.push([device.patch(cases[0]!.id, { notes: ['', 'old client'] }, commitSeq)], {
      protocolVersion: 0,
    });
    await createCheckpoint(ctx.sql, ephemeralKeyRing(), new Date(ctx.now.ms).toISOString());
    for (const table of APPEND_ONLY) expect(await countRows(ctx.sql, table), table).toBeGreaterThan(0);
  });

  it.each(APPEND_ONLY)('refuses UPDATE, DELETE and TRUNCATE on %s at the database level', async (table) => {
    const before = await countRows(ctx.sql, table);
    const column =
      table === 'user_access_history'
        ? 'role'
        : table === 'change_log'
          ? 'entity'
          : table === 'entity_version'
            ? 'entity'
            : table === 'history_checkpoint'
              ? 'key_id'
              : 'payload';
    const refusal = (sql: Sql, statement: string) =>
      sql.query(statement).then(
        () => null,
        (e: { code?: string; message: string }) => e,
      );
    for (const statement of [
      `UPDATE ${table} SET ${column} = ${column}`,
      `DELETE FROM ${table}`,
      `TRUNCATE ${table} CASCADE`,
    ]) {
      // The server's role: refused by the trigger, or not even granted the change (42501; PGlite here).
      const asApp = await refusal(ctx.sql, statement);
      expect(asApp, statement).not.toBeNull();
      expect(['FW001', '42501'], `${statement}: ${asApp!.message}`).toContain(asApp!.code);
      // The owner, who has every privilege: the trigger still refuses.
      const asOwner = await ctx.storage.asOwner((owner) => refusal(owner, statement));
      expect(asOwner, statement).not.toBeNull();
      expect(asOwner!.code).toBe('FW001');
      expect(asOwner!.message).toMatch(/append-only/);
    }
    expect(await countRows(ctx.sql, table)).toBe(before);
  });

  it('chains every case version by hash and detects a rewritten version', async () => {
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    const id = cases[0]!.id;
    const device = await TestDevice.login(ctx.app, 'a2');
    await device.push([
      device.patch(id, { notes: ['', 'v2'] }, commitSeq),
      device.patch(id, { recoveredFen: [0, 99] }, commitSeq),
    ]);
    expect(await verifyVersionChain(ctx.sql, 'case', id)).toEqual({ isIntact: true, versions: 3 });
    // Forge a history by copying the rows elsewhere with one value changed (as the owner: the server's
    // role may not create tables): the chain check notices.
    await ctx.storage.asOwner(async (owner) => {
      await owner.exec(
        `CREATE TABLE forged_history AS SELECT * FROM entity_version WHERE entity_id = '${id}'`,
      );
      await owner.exec(
        `UPDATE forged_history SET data = jsonb_set(data, '{recoveredFen}', '1') WHERE version = 3`,
      );
      const forged = {
        query: <T>(text: string, params?: readonly unknown[]) =>
          owner.query<T>(text.replace('FROM entity_version', 'FROM forged_history'), params),
        exec: owner.exec,
      };
      expect(await verifyVersionChain(forged, 'case', id)).toEqual({ isIntact: false, brokenAtVersion: 3 });
      await owner.exec('DROP TABLE forged_history');
    });
  });
});
