import { useCallback, useState } from 'react';
import type { ChainCheck } from '../../../shared/history/chainCheck';
import type { SyncedEntity } from '../../../shared/sync/mutation';
import { useServices } from '../../app/services/servicesContext';
import { createHistoryClient } from '../../sync/historyClient';
import { checkCourtCheckpoint } from '../../sync/court/checkCourtCheckpoint';
import { checkHeldHead } from './checkHeldHead';
import type { CheckpointCheck } from '../../sync/court/compareCheckpoint';
import type { HeldHeadCheck } from './compareHeldHead';
import { courtKeyFinder } from '../../sync/court/courtKeyFinder';
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
      /** The court's latest signed checkpoint against the one this device kept: `regressed` = rewritten. */
      checkpoint: CheckpointCheck;
    }
  | { kind: 'failed'; failure: HistoryFailure };

/**
 * Asks the court server to recompute one record's hash chain (its stored versions and its current row),
 * then compares the server's chain with the head the court signed when this device received the record:
 * a rewrite in the server's database with every hash recomputed passes the first check but not the second,
 * which says "changed since this device received it". The head's own signature is checked first, with the
 * court's published keys kept on the device (a head whose signature fails is a break), and the court's
 * latest checkpoint must extend the one this device kept.
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
      const session = await court.session();
      if (session) {
        const client = createHistoryClient(session);
        const result = await client.verify(entity, entityId);
        const keys = courtKeyFinder(session, repos.signedHeads);
        const head = await repos.signedHeads.heldHead(entity, entityId);
        // No signed head kept (received from an older server): nothing to compare, no extra request.
        const held: HeldHeadCheck =
          head === null
            ? { kind: 'none' }
            : await checkHeldHead({ entity, entityId }, head, keys, () =>
                client.recordHistory(entity, entityId),
              );
        const checkpoint = await checkCourtCheckpoint(session, repos.signedHeads, keys);
        state = { kind: 'done', result, checkedAt: appClock.date().toISOString(), held, checkpoint };
      } else state = { kind: 'failed', failure: { kind: 'signedOut' } };
    } catch (error) {
      state = { kind: 'failed', failure: toHistoryFailure(error) };
    }
    setChecked({ target, state });
  }, [court, repos, entity, entityId, target]);
  // A result belongs to the record it was asked for; another record starts unchecked.
  return { state: checked.target === target ? checked.state : { kind: 'idle' }, verify };
}
