import type { FieldChange, MutationOp, SyncedEntity } from '../../../shared/sync/mutation';

/** What a repository changed inside a mutator transaction; the mutator turns it into an outbox mutation. */
export type PendingChange = {
  op: MutationOp;
  entity: SyncedEntity;
  entityId: string;
  caseId: string;
  baseSeq: number | null;
  changes: Record<string, FieldChange>;
  reason?: string;
};
