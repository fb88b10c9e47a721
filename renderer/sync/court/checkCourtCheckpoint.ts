import type { SignedHeadRepository } from '../../data/repositories/signedHeadRepository';
import type { CourtSession } from './CourtConnection';
import { CourtHttpError } from './CourtHttpError';
import { courtTrust } from './courtTrust';
import { checkCheckpointSignature } from './checkCheckpointSignature';
import { compareCheckpoint, type CheckpointCheck } from './compareCheckpoint';
import type { CourtKeyFinder } from './courtKeyFinder';

/**
 * Fetches the court's latest checkpoint, checks its signature and that it extends the one this device
 * kept, and keeps it when it does. A checkpoint that fails either is never kept, so the one held stays the
 * reference and every later check flags the court again.
 */
export async function checkCourtCheckpoint(
  session: CourtSession,
  signedHeads: Pick<SignedHeadRepository, 'heldCheckpoint' | 'saveCheckpoint'>,
  keys: CourtKeyFinder,
): Promise<CheckpointCheck> {
  let latest;
  try {
    latest = await courtTrust.latestCheckpoint(session);
  } catch (error) {
    // A court server from before checkpoints: nothing to compare, the record's own checks still run.
    if (error instanceof CourtHttpError && error.status === 404) return { kind: 'none' };
    throw error;
  }
  const held = await signedHeads.heldCheckpoint(session.serverUrl);
  if (latest) {
    const signature = await checkCheckpointSignature(latest, await keys.find(latest.keyId));
    if (signature === 'invalid') return { kind: 'signatureInvalid', id: latest.id };
    if (signature === 'unknownKey') return { kind: 'notVerifiable', id: latest.id };
  }
  const check = compareCheckpoint(held, latest);
  if (check.kind === 'extends' && latest) await signedHeads.saveCheckpoint(session.serverUrl, latest);
  return check;
}
