/**
 * The commit sequence a push's fast path writes into its in-memory records before it has one: greater
 * than every real sequence, so the merge and the review checks compare exactly as they would against the
 * real number (which is greater than everything committed). Replaced before anything reaches the database.
 */
export const PENDING_COMMIT_SEQ = Number.MAX_SAFE_INTEGER;

/** lastHash of a record version that is not written yet: its hash covers the commit sequence. */
export const PENDING_HASH = 'pending';

/** `value` with the pending sequence replaced by the real one. */
export function settleSeq(value: number, commitSeq: number): number {
  return value === PENDING_COMMIT_SEQ ? commitSeq : value;
}

/** A record's per-field sequences with the pending sequence replaced by the real one. */
export function settleFieldSeq(fieldSeq: Record<string, number>, commitSeq: number): Record<string, number> {
  const settled: Record<string, number> = {};
  for (const [field, seq] of Object.entries(fieldSeq)) settled[field] = settleSeq(seq, commitSeq);
  return settled;
}
