import type { FieldOutcome } from '../../shared/sync/protocol';
import type { UserRecord } from '../auth/userStore';
import type { SqlExecutor } from '../db/Sql';
import type { ChangeCollector } from './ChangeCollector';

/** What every mutation handler gets: the push transaction, who pushes, and the commit it belongs to. */
export type MutationContext = {
  tx: SqlExecutor;
  user: UserRecord;
  deviceId: string;
  commitSeq: number;
  /** Server clock for this commit (ISO): evidence of when the server received it. */
  serverTime: string;
  changes: ChangeCollector;
};

/** A mutation the server accepted (possibly with conflicts recorded instead of overwriting). */
export type MutationEffect = {
  status: 'applied' | 'applied_with_conflicts';
  fields?: FieldOutcome;
  conflictIds?: string[];
};
