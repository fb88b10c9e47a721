import type { SqlExecutor } from '../db/Sql';

/**
 * Takes the next commit sequence inside the caller's transaction. The row lock on sync_counter is held
 * until COMMIT, so writers commit one after another in sequence order: a pull that has seen sequence N has
 * seen every commit up to N, and its cursor can never skip a row. (This serialises writers — intended.)
 */
export async function nextCommitSeq(tx: SqlExecutor): Promise<number> {
  const rows = await tx.query<{ commit_seq: number }>(
    'UPDATE sync_counter SET commit_seq = commit_seq + 1 WHERE id = 1 RETURNING commit_seq',
  );
  return rows[0]!.commit_seq;
}
