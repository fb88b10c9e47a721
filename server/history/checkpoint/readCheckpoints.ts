import type { SqlExecutor } from '../../db/Sql';
import type { Checkpoint } from './Checkpoint';

type CheckpointRow = {
  id: number;
  commit_seq: number;
  created_at: Date;
  head_count: number;
  heads_sha256: string;
  key_id: string;
  signature: string;
};

const toCheckpoint = (r: CheckpointRow): Checkpoint => ({
  id: r.id,
  commitSeq: r.commit_seq,
  createdAt: r.created_at.toISOString(),
  headCount: r.head_count,
  headsSha256: r.heads_sha256,
  keyId: r.key_id,
  signature: r.signature,
});

/** The stored checkpoints, oldest first; with `latestOnly`, at most the newest one. */
export async function readCheckpoints(
  db: SqlExecutor,
  options: { latestOnly?: boolean } = {},
): Promise<Checkpoint[]> {
  const rows = await db.query<CheckpointRow>(
    options.latestOnly
      ? 'SELECT * FROM history_checkpoint ORDER BY id DESC LIMIT 1'
      : 'SELECT * FROM history_checkpoint ORDER BY id',
  );
  return rows.map(toCheckpoint);
}
