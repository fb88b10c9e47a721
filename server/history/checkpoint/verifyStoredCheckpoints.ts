import type { SqlExecutor } from '../../db/Sql';
import type { SigningKeyRing } from '../signing/SigningKeyRing';
import { checkpointStatement } from './Checkpoint';
import type { HistoryBreak } from './HistoryBreak';
import { headsDigest } from './headsDigest';
import { readCheckpoints } from './readCheckpoints';
import { readHeadsAsOf } from './readHeadsAsOf';

/**
 * Checks the checkpoints kept in the database: numbered without gaps, each signature valid under the
 * court's keys, and the newest one's digest equal to the heads recomputed now. Rewriting any version
 * committed before it changes its record's head (the chain carries every later hash along), so checking
 * the newest suffices; older ones are only checked for their signatures.
 */
export async function verifyStoredCheckpoints(
  db: SqlExecutor,
  keys: SigningKeyRing,
): Promise<{ checked: number; breaks: HistoryBreak[] }> {
  const checkpoints = await readCheckpoints(db);
  const breaks: HistoryBreak[] = [];
  for (const [index, c] of checkpoints.entries()) {
    if (c.id !== index + 1)
      breaks.push({ kind: 'checkpoint', checkpointId: c.id, detail: `checkpoint ${index + 1} is missing` });
    if (!keys.verify(c.keyId, checkpointStatement(c), c.signature))
      breaks.push({
        kind: 'checkpoint',
        checkpointId: c.id,
        detail: `signature does not hold (key ${c.keyId})`,
      });
  }
  const latest = checkpoints.at(-1);
  if (latest) {
    const heads = await readHeadsAsOf(db, latest.commitSeq);
    if (heads.length !== latest.headCount || headsDigest(heads) !== latest.headsSha256)
      breaks.push({
        kind: 'checkpoint',
        checkpointId: latest.id,
        detail: `heads as of commit ${latest.commitSeq} differ from the signed ones`,
      });
  }
  return { checked: checkpoints.length, breaks };
}
