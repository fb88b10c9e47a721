import type { SqlExecutor } from '../../db/Sql';
import type { SigningKeyRing } from '../signing/SigningKeyRing';
import { checkpointStatement } from './Checkpoint';
import type { CheckpointFile } from './CheckpointFile';
import type { HistoryBreak } from './HistoryBreak';
import { headsDigest } from './headsDigest';
import { readHeadsAsOf } from './readHeadsAsOf';

/**
 * Compares the database with a checkpoint kept elsewhere: the file must be signed by one of the court's
 * keys (the server's key file, not the keys the file itself carries) and its heads must be the ones
 * signed; then every record's head as of the checkpoint's commit must still be what was signed. A rewrite
 * shows as a changed, missing or added head, even when whoever did it recomputed every hash.
 */
export async function verifyCheckpointFile(
  db: SqlExecutor,
  keys: SigningKeyRing,
  file: CheckpointFile,
): Promise<HistoryBreak[]> {
  const c = file.checkpoint;
  const signed = file.heads.map(([entity, entityId, version, hash]) => ({ entity, entityId, version, hash }));
  if (!keys.verify(c.keyId, checkpointStatement(c), c.signature))
    return [
      {
        kind: 'checkpoint',
        checkpointId: c.id,
        detail: `the file's signature does not hold (key ${c.keyId})`,
      },
    ];
  if (signed.length !== c.headCount || headsDigest(signed) !== c.headsSha256)
    return [{ kind: 'checkpoint', checkpointId: c.id, detail: "the file's heads are not the signed ones" }];
  const key = (h: { entity: string; entityId: string }) => `${h.entity}\u0000${h.entityId}`;
  const now = new Map((await readHeadsAsOf(db, c.commitSeq)).map((h) => [key(h), h]));
  const breaks: HistoryBreak[] = [];
  for (const head of signed) {
    const found = now.get(key(head));
    now.delete(key(head));
    if (found?.version === head.version && found.hash === head.hash) continue;
    breaks.push({
      kind: 'head',
      entity: head.entity,
      entityId: head.entityId,
      signed: `${head.version}:${head.hash}`,
      found: found ? `${found.version}:${found.hash}` : null,
    });
  }
  for (const added of now.values())
    breaks.push({
      kind: 'head',
      entity: added.entity,
      entityId: added.entityId,
      signed: null,
      found: `${added.version}:${added.hash}`,
    });
  return breaks;
}
