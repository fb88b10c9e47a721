import type { SyncedEntity } from '../../../shared/sync/mutation';
import { headStatement, type PublicSigningKey, type SignedHead } from '../../../shared/sync/signedHead';
import { verifyEd25519 } from './verifyEd25519';

/** valid: the court's key signed this head; invalid: it did not; unknownKey: no such key to check with. */
export type HeadSignature = 'valid' | 'invalid' | 'unknownKey';

/**
 * Checks the court's signature on a head this device holds for `entity`/`entityId`, with the court's
 * published key of the head's key id (null: none known). The record is part of the signed text, so a head moved from another record fails too.
 */
export async function checkHeadSignature(
  head: SignedHead,
  record: { entity: SyncedEntity; entityId: string },
  key: PublicSigningKey | null,
): Promise<HeadSignature> {
  if (key?.keyId !== head.keyId) return 'unknownKey';
  const text = headStatement({ ...record, version: head.version, hash: head.hash });
  return (await verifyEd25519(key.publicKey, text, head.signature)) ? 'valid' : 'invalid';
}
