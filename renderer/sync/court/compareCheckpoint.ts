import type { Checkpoint } from '../../../shared/sync/signedHead';

/**
 * How the court's latest checkpoint compares with the one this device kept: `regressed` when it does not
 * extend it — a lower number (checkpoints were removed) or the same number with another digest (one was
 * replaced). Either means the court's history store was rewritten after this device saw it.
 */
export type CheckpointCheck =
  | { kind: 'none' }
  | { kind: 'extends'; id: number }
  | { kind: 'regressed'; heldId: number; latestId: number | null }
  | { kind: 'signatureInvalid'; id: number }
  | { kind: 'notVerifiable'; id: number };

/** Whether `latest` (already signature-checked) extends `held`; null for either: nothing kept or none yet. */
export function compareCheckpoint(held: Checkpoint | null, latest: Checkpoint | null): CheckpointCheck {
  if (!held) return latest ? { kind: 'extends', id: latest.id } : { kind: 'none' };
  if (!latest || latest.id < held.id)
    return { kind: 'regressed', heldId: held.id, latestId: latest?.id ?? null };
  if (
    latest.id === held.id &&
    (latest.headsSha256 !== held.headsSha256 || latest.commitSeq !== held.commitSeq)
  )
    return { kind: 'regressed', heldId: held.id, latestId: latest.id };
  if (latest.id > held.id && latest.commitSeq < held.commitSeq)
    return { kind: 'regressed', heldId: held.id, latestId: latest.id };
  return { kind: 'extends', id: latest.id };
}
