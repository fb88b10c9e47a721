import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRecordChain } from '../../../server/sync/chain/checkRecordChain';
import { verifyVersionChain } from '../../../server/sync/chain/verifyVersionChain';
import { openTestStorage, STORAGES } from './support/testStorage';
import type { TestStorage } from './support/testStorage';

/**
 * entity_version rows written by the court server before the two canonical JSON implementations became
 * one (an administrator's import, an officer's edit, a deletion and a restore of the case, a visit created
 * and edited), exactly as read back from the database. Hashes already stored must keep verifying: the
 * chain is the evidence that no version was altered.
 */
type StoredVersion = {
  entity: string;
  entity_id: string;
  version: number;
  commit_seq: number;
  case_id: string;
  origin: string;
  mutation_id: string | null;
  author_user_id: string | null;
  device_id: string | null;
  device_time: string | null;
  server_time: string;
  data: unknown;
  field_seq: unknown;
  changed_fields: unknown;
  deleted_at: string | null;
  deleted_reason: string | null;
  prev_hash: string;
  hash: string;
};

const FIXTURE = new URL('../../fixtures/history/chainsWrittenBefore.json', import.meta.url);
const rows = JSON.parse(readFileSync(FIXTURE, 'utf8')) as StoredVersion[];

describe.each(STORAGES)('hash chains written by an earlier build (%s)', (kind) => {
  let storage: TestStorage;
  beforeAll(async () => {
    storage = await openTestStorage(kind);
    for (const r of rows) {
      await storage.sql.query(
        `INSERT INTO entity_version (entity, entity_id, version, commit_seq, case_id, origin, mutation_id,
           author_user_id, device_id, device_time, server_time, data, field_seq, changed_fields, deleted_at,
           deleted_reason, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::timestamptz, $12::jsonb, $13::jsonb, $14::jsonb,
           $15::timestamptz, $16, $17, $18)`,
        [
          r.entity,
          r.entity_id,
          r.version,
          r.commit_seq,
          r.case_id,
          r.origin,
          r.mutation_id,
          r.author_user_id,
          r.device_id,
          r.device_time,
          r.server_time,
          JSON.stringify(r.data),
          JSON.stringify(r.field_seq),
          JSON.stringify(r.changed_fields),
          r.deleted_at,
          r.deleted_reason,
          r.prev_hash,
          r.hash,
        ],
      );
    }
    // Each record's current row, as the server wrote it beside its latest version: verification compares
    // the chain's end with it.
    const latest = [...new Map(rows.map((r) => [`${r.entity}/${r.entity_id}`, r])).values()];
    for (const r of latest) {
      const data = r.data as Record<string, unknown>;
      if (r.entity === 'case') {
        await storage.sql.query('INSERT INTO team (id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
          data.teamId,
          `团队 ${String(data.teamId)}`,
        ]);
        await storage.sql.query(
          `INSERT INTO case_record (id, case_number, team_id, data, version, commit_seq, field_seq, field_writer,
             deleted_at, deleted_reason, last_hash, created_at, updated_at)
           VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7::jsonb, '{}', $8::timestamptz, $9, $10, now(), now())`,
          [
            r.entity_id,
            data.caseNumber,
            data.teamId,
            JSON.stringify(r.data),
            r.version,
            r.commit_seq,
            JSON.stringify(r.field_seq),
            r.deleted_at,
            r.deleted_reason,
            r.hash,
          ],
        );
      }
    }
    for (const r of latest.filter((v) => v.entity !== 'case')) {
      await storage.sql.query(
        `INSERT INTO child_record (entity, id, case_id, data, version, commit_seq, field_seq, field_writer,
           last_hash, created_at, updated_at)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7::jsonb, '{}', $8, now(), now())`,
        [
          r.entity,
          r.entity_id,
          r.case_id,
          JSON.stringify(r.data),
          r.version,
          r.commit_seq,
          JSON.stringify(r.field_seq),
          r.hash,
        ],
      );
    }
  }, 120_000);
  afterAll(async () => {
    await storage?.close();
  });

  it('still verifies every record, version by version', async () => {
    const records = [...new Map(rows.map((r) => [`${r.entity}/${r.entity_id}`, r])).values()];
    expect(records.map((r) => r.entity).sort()).toEqual(['case', 'visit']);
    for (const r of records) {
      const versions = rows.filter((v) => v.entity === r.entity && v.entity_id === r.entity_id).length;
      expect(await verifyVersionChain(storage.sql, r.entity, r.entity_id)).toEqual({
        isIntact: true,
        versions,
      });
    }
  });

  it('notices a chain cut short: its latest version removed, the record still at that version', async () => {
    const record = rows.find((r) => r.entity === 'case')!;
    expect(await checkRecordChain(storage.sql, 'case', record.entity_id)).toEqual({
      isIntact: true,
      versions: 4,
    });
    await storage.asOwner(async (owner) => {
      await owner.exec('ALTER TABLE entity_version DISABLE TRIGGER USER');
      await owner.query(
        `DELETE FROM entity_version WHERE entity = 'case' AND entity_id = $1 AND version = 4`,
        [record.entity_id],
      );
      await owner.exec('ALTER TABLE entity_version ENABLE TRIGGER USER');
    });
    expect(await checkRecordChain(storage.sql, 'case', record.entity_id)).toMatchObject({
      isIntact: false,
      brokenAtVersion: 4,
      problem: 'truncated',
    });
  });

  it('still notices a version altered after the fact', async () => {
    const visit = rows.find((r) => r.entity === 'visit' && r.version === 2)!;
    const before = await verifyVersionChain(storage.sql, 'visit', visit.entity_id);
    expect(before).toEqual({ isIntact: true, versions: 2 });
    // What an attacker with database access would do: triggers off, one value changed.
    await storage.asOwner(async (owner) => {
      await owner.exec('ALTER TABLE entity_version DISABLE TRIGGER USER');
      await owner.query(
        `UPDATE entity_version SET data = jsonb_set(data, '{findings}', '"altered"') WHERE entity = 'visit' AND entity_id = $1 AND version = 2`,
        [visit.entity_id],
      );
      await owner.exec('ALTER TABLE entity_version ENABLE TRIGGER USER');
    });
    expect(await verifyVersionChain(storage.sql, 'visit', visit.entity_id)).toEqual({
      isIntact: false,
      brokenAtVersion: 2,
    });
  });
});
