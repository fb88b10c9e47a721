import { headStatement, type SignedHead } from '../../../shared/sync/signedHead';
import type { SigningKeyRing } from '../../history/signing/SigningKeyRing';

/** A record's chain head at `version`, signed with the court's current key (what a pull delivers). */
export function signedHeadOf(
  keys: SigningKeyRing,
  entity: string,
  entityId: string,
  version: number,
  hash: string,
): SignedHead {
  return { version, hash, ...keys.sign(headStatement({ entity, entityId, version, hash })) };
}
