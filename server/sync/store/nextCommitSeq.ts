import type { SqlExecutor } from '../../db/Sql';

/**
 * Takes the next commit sequence inside the caller's transaction. The row lock on sync_counter is held
 * until COMMIT, so writers commit one after another in sequence order: the writer that took N+1 got the
 * lock only after N's COMMIT, which PostgreSQL makes visible before it releases the lock. A snapshot that
 * shows N+1 (or reads N+1 from sync_counter) therefore shows every commit up to it, and nothing that
 * commits later can take a number at or below it: a pull's cursor can never skip a row.
 *
 * This serialises writers from the moment they take their number — which is why a push takes it last,
 * after it has read, locked and decided everything (processPush), and holds it only for its final writes.
 */
export async function nextCommitSeq(tx: SqlExecutor): Promise<number> {
  const rows = await tx.query<{ commit_seq: number }>(
    'UPDATE sync_counter SET commit_seq = commit_seq + 1 WHERE id = 1 RETURNING commit_seq',
  );
  return rows[0]!.commit_seq;
}
