import type { RecordHistory } from '../../../shared/history/recordHistory';
import type { SignedHead } from '../../../shared/sync/signedHead';

/** How the server's chain compares with the signed head this device kept when it received the record. */
export type HeldHeadCheck =
  | { kind: 'none' }
  | { kind: 'matches'; version: number }
  | { kind: 'changed'; version: number }
  /** The head kept does not carry the court's signature: a break, never trusted (checkHeldHead). */
  | { kind: 'signatureInvalid'; version: number }
  /** Signed with a key the court does not publish, even after asking again: cannot be checked. */
  | { kind: 'notVerifiable'; version: number };

/**
 * The server's history must still show, at the version the device holds, the hash the court signed when it
 * delivered it. A different hash or a missing version means history was rewritten after this device
 * received it — even when the server's own chain check says intact, because whoever rewrote it could
 * recompute every hash but not the court's signature.
 */
export function compareHeldHead(held: SignedHead, history: RecordHistory): HeldHeadCheck {
  const entry = history.versions.find((v) => v.version === held.version);
  return entry?.hash === held.hash
    ? { kind: 'matches', version: held.version }
    : { kind: 'changed', version: held.version };
}
