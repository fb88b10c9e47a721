import { useCallback, useState } from 'react';
import type { ChainCheck } from '../../../shared/history/chainCheck';
import type { SyncedEntity } from '../../../shared/sync/mutation';
import { useServices } from '../../app/services/servicesContext';
import { openHistoryClient } from '../../sync/historyClient';
import { compareHeldHead, type HeldHeadCheck } from './compareHeldHead';
import { toHistoryFailure, type HistoryFailure } from './historyFailure';
import { appClock } from '../../../shared/time/appClock';

/** The state of the "Verify integrity" button's last check. */
export type VerificationState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | {
      kind: 'done';
      result: ChainCheck;
      checkedAt: string;
      /** The server's chain against the signed head this device kept: `changed` = rewritten since received. */
      held: HeldHeadCheck;
    }
  | { kind: 'failed'; failure: HistoryFailure };

/**
 * Asks the court server to recompute one record's hash chain (its stored versions and its current row),
 * then compares the server's chain with the head the court signed when this device received the record:
 * a rewrite in the server's database with every hash recomputed passes the first check but not the second,
 * which says "changed since this device received it".
 */
export function useChainVerification(
  entity: SyncedEntity,
  entityId: string,
): { state: VerificationState; verify: () => Promise<void> } {
  const { court, repos } = useServices();
  const [checked, setChecked] = useState<{ target: string; state: VerificationState }>({
    target: '',
    state: { kind: 'idle' },
  });
  const target = `${entity}/${entityId}`;
  const verify = useCallback(async () => {
    setChecked({ target, state: { kind: 'checking' } });
    let state: VerificationState;
    try {
      const client = await openHistoryClient(court);
      if (client) {
        const result = await client.verify(entity, entityId);
        const head = await repos.signedHeads.heldHead(entity, entityId);
        // No signed head kept (received from an older server): nothing to compare, no extra request.
        const held: HeldHeadCheck =
          head === null
            ? { kind: 'none' }
            : compareHeldHead(head, await client.recordHistory(entity, entityId));
        state = { kind: 'done', result, checkedAt: appClock.date().toISOString(), held };
      } else state = { kind: 'failed', failure: { kind: 'signedOut' } };
    } catch (error) {
      state = { kind: 'failed', failure: toHistoryFailure(error) };
    }
    setChecked({ target, state });
  }, [court, repos, entity, entityId, target]);
  // A result belongs to the record it was asked for; another record starts unchecked.
  return { state: checked.target === target ? checked.state : { kind: 'idle' }, verify };
}
