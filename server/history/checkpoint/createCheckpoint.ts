import type { Sql } from '../../db/Sql';
import type { SigningKeyRing } from '../signing/SigningKeyRing';
import { checkpointStatement, type Checkpoint } from './Checkpoint';
import { headsDigest } from './headsDigest';
import { readCheckpoints } from './readCheckpoints';
import { readHeadsAsOf } from './readHeadsAsOf';

/** Serialises checkpoint writers when several servers share one PostgreSQL (any constant). */
const CHECKPOINT_LOCK_KEY = 72_310_008;

/**
 * Signs the heads of every record as of the latest commit and stores that as the next checkpoint; when
 * nothing was committed since the last checkpoint, returns that one instead (no new row).
 */
export async function createCheckpoint(sql: Sql, keys: SigningKeyRing, now: string): Promise<Checkpoint> {
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [CHECKPOINT_LOCK_KEY]);
    const [last] = await readCheckpoints(tx, { latestOnly: true });
    const [{ commit_seq: head }] = (await tx.query<{ commit_seq: number }>(
      'SELECT commit_seq FROM sync_counter WHERE id = 1',
    )) as [{ commit_seq: number }];
    if (last && last.commitSeq === head) return last;
    const heads = await readHeadsAsOf(tx, head);
    const unsigned = {
      id: (last?.id ?? 0) + 1,
      commitSeq: head,
      createdAt: now,
      headCount: heads.length,
      headsSha256: headsDigest(heads),
    };
    const checkpoint: Checkpoint = { ...unsigned, ...keys.sign(checkpointStatement(unsigned)) };
    await tx.query(
      `INSERT INTO history_checkpoint (id, commit_seq, created_at, head_count, heads_sha256, key_id, signature)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        checkpoint.id,
        checkpoint.commitSeq,
        checkpoint.createdAt,
        checkpoint.headCount,
        checkpoint.headsSha256,
        checkpoint.keyId,
        checkpoint.signature,
      ],
    );
    return checkpoint;
  });
}
