import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/Sql';
import { AdminError } from './AdminError';

export type CourtRecord = { id: string; name: string; code: string };

/** The court this server serves (one court per server; several courts means several databases). */
export async function findCourt(sql: Sql): Promise<CourtRecord | null> {
  const rows = await sql.query<CourtRecord>('SELECT id, name, code FROM court ORDER BY created_at LIMIT 1');
  return rows[0] ?? null;
}

/** Creates the court. Refused when one exists: a server holds exactly one court's data. */
export async function createCourt(sql: Sql, input: { name: string; code: string }): Promise<CourtRecord> {
  return sql.transaction(async (tx) => {
    const existing = await tx.query<{ name: string }>('SELECT name FROM court LIMIT 1');
    if (existing[0]) throw new AdminError('admin.courtExists', existing[0].name);
    const court = { id: randomUUID(), name: input.name, code: input.code };
    await tx.query('INSERT INTO court (id, name, code) VALUES ($1, $2, $3)', [
      court.id,
      court.name,
      court.code,
    ]);
    return court;
  });
}
