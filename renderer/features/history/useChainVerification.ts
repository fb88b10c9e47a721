import { useCallback, useState } from 'react';
import type { ChainCheck } from '../../../shared/history/chainCheck';
import type { SyncedEntity } from '../../../shared/sync/mutation';
import { useServices } from '../../app/services/servicesContext';
import { openHistoryClient } from '../../sync/historyClient';
import { toHistoryFailure, type HistoryFailure } from './historyFailure';
import { appClock } from '../../../shared/time/appClock';

/** The state of the "Verify integrity" button's last check. */
export type VerificationState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'done'; result: ChainCheck; checkedAt: string }
  | { kind: 'failed'; failure: HistoryFailure };

/**
 * Asks the court server to recompute one record's hash chain. The server checks its own stored versions
 * (the device holds no copy to compare), so the answer says whether anyone altered them in the database.
 */
export function useChainVerification(
  entity: SyncedEntity,
  entityId: string,
): { state: VerificationState; verify: () => Promise<void> } {
  const { court } = useServices();
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
      state = client
        ? {
            kind: 'done',
            result: await client.verify(entity, entityId),
            checkedAt: appClock.date().toISOString(),
          }
        : { kind: 'failed', failure: { kind: 'signedOut' } };
    } catch (error) {
      state = { kind: 'failed', failure: toHistoryFailure(error) };
    }
    setChecked({ target, state });
  }, [court, entity, entityId, target]);
  // A result belongs to the record it was asked for; another record starts unchecked.
  return { state: checked.target === target ? checked.state : { kind: 'idle' }, verify };
}
