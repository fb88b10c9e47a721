import type { RecordHistory } from '../../../shared/history/recordHistory';
import type { SyncedEntity } from '../../../shared/sync/mutation';
import type { SignedHead } from '../../../shared/sync/signedHead';
import { checkHeadSignature } from '../../sync/court/checkHeadSignature';
import { compareHeldHead, type HeldHeadCheck } from './compareHeldHead';
import type { CourtKeyFinder } from '../../sync/court/courtKeyFinder';

/**
 * The head this device kept, checked in full: first the court's signature on it (a head whose signature
 * fails proves nothing and is shown as a break), then the server's chain against it.
 */
export async function checkHeldHead(
  record: { entity: SyncedEntity; entityId: string },
  held: SignedHead,
  keys: CourtKeyFinder,
  history: () => Promise<RecordHistory>,
): Promise<HeldHeadCheck> {
  const signature = await checkHeadSignature(held, record, await keys.find(held.keyId));
  if (signature === 'invalid') return { kind: 'signatureInvalid', version: held.version };
  if (signature === 'unknownKey') return { kind: 'notVerifiable', version: held.version };
  return compareHeldHead(held, await history());
}
