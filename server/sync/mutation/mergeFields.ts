import { jsonEquals } from '../../../shared/sync/canonicalJson';
import type { Json } from '../../../shared/sync/mutation';
import type { Writer } from '../store/Writer';

/** What happens to one changed field: written, already equal, or kept aside as a conflict. */
export type FieldDecision = {
  field: string;
  outcome: 'apply' | 'converged' | 'conflict';
  from: Json;
  to: Json;
  theirs: Json;
};

/** The committed state the merge compares against. */
export type MergeBase = {
  data: Record<string, Json>;
  fieldSeq: Record<string, number>;
  fieldWriter: Record<string, Writer>;
};

/**
 * Field-level three-way merge (sync-protocol.md). For each changed field:
 * - the committed value already equals `to` → converged (nothing to write);
 * - the field was not changed since `baseSeq`, or its last change was this device's own earlier mutation
 *   (which the device necessarily knew about) → apply;
 * - otherwise someone else changed it concurrently → conflict: base (`from`), mine (`to`) and theirs (the
 *   committed value) are kept and the committed value stays.
 */
export function mergeFields(
  changes: Record<string, { from: Json; to: Json }>,
  base: MergeBase,
  baseSeq: number,
  deviceId: string,
): FieldDecision[] {
  return Object.entries(changes).map(([field, change]) => {
    const theirs = base.data[field] ?? null;
    if (jsonEquals(theirs, change.to))
      return { field, outcome: 'converged', from: change.from, to: change.to, theirs };
    const isSeen = (base.fieldSeq[field] ?? 0) <= baseSeq || base.fieldWriter[field]?.deviceId === deviceId;
    return { field, outcome: isSeen ? 'apply' : 'conflict', from: change.from, to: change.to, theirs };
  });
}

/** Fields changed after `baseSeq` by another device: evidence of a concurrent edit elsewhere on the record. */
export function concurrentlyChangedFields(base: MergeBase, baseSeq: number, deviceId: string): string[] {
  return Object.keys(base.fieldSeq).filter(
    (field) => (base.fieldSeq[field] ?? 0) > baseSeq && base.fieldWriter[field]?.deviceId !== deviceId,
  );
}
