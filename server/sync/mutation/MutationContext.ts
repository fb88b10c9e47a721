import type { FieldOutcome } from '../../../shared/sync/protocol';
import type { UserRecord } from '../../auth/userStore';
import type { SqlExecutor } from '../../db/Sql';
import type { ChangeCollector } from '../store/ChangeCollector';
import type { PushStore } from '../store/PushStore';

/** What every mutation handler gets: the push transaction, who pushes, and the commit it belongs to. */
export type MutationContext = {
  tx: SqlExecutor;
  user: UserRecord;
  deviceId: string;
  /**
   * This commit's sequence. In a push's fast path it is PENDING_COMMIT_SEQ until the push commits (greater
   * than any committed sequence, as the real one will be); the store writes the real one.
   */
  commitSeq: number;
  /** Server clock for this commit (ISO): evidence of when the server received it. */
  serverTime: string;
  changes: ChangeCollector;
  /** Reads, locks and writes of case_record / child_record / entity_version go through here. */
  store: PushStore;
};

/** A mutation the server accepted (possibly with conflicts recorded instead of overwriting). */
export type MutationEffect = {
  status: 'applied' | 'applied_with_conflicts';
  fields?: FieldOutcome;
  conflictIds?: string[];
};
