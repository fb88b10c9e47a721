import { checkpointStatement, type Checkpoint, type PublicSigningKey } from '../../../shared/sync/signedHead';
import type { HeadSignature } from './checkHeadSignature';
import { verifyEd25519 } from './verifyEd25519';

/** Checks the court's signature on a checkpoint with its key of that id (null: none known). */
export async function checkCheckpointSignature(
  checkpoint: Checkpoint,
  key: PublicSigningKey | null,
): Promise<HeadSignature> {
  if (key?.keyId !== checkpoint.keyId) return 'unknownKey';
  const text = checkpointStatement(checkpoint);
  return (await verifyEd25519(key.publicKey, text, checkpoint.signature)) ? 'valid' : 'invalid';
}
