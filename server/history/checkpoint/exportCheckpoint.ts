import type { Sql } from '../../db/Sql';
import type { SigningKeyRing } from '../signing/SigningKeyRing';
import { CHECKPOINT_FILE_FORMAT, type CheckpointFile } from './CheckpointFile';
import { createCheckpoint } from './createCheckpoint';
import { readHeadsAsOf } from './readHeadsAsOf';

/**
 * The latest checkpoint (a new one first, when anything was committed since the last) with the heads it
 * covers, ready to be written to a file kept elsewhere.
 */
export async function exportCheckpoint(sql: Sql, keys: SigningKeyRing, now: string): Promise<CheckpointFile> {
  const checkpoint = await createCheckpoint(sql, keys, now);
  const heads = await readHeadsAsOf(sql, checkpoint.commitSeq);
  return {
    format: CHECKPOINT_FILE_FORMAT,
    exportedAt: now,
    checkpoint,
    heads: heads.map((h) => [h.entity, h.entityId, h.version, h.hash]),
    publicKeys: keys.publicKeys(),
  };
}
