import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { useSignedInUser } from '../../app/session/useSignedInUser';
import { useServices } from '../../app/services/servicesContext';
import { openHistoryClient, type HistoryClient } from '../../sync/historyClient';
import { toHistoryFailure, type HistoryFailure } from './historyFailure';

/** A history read in progress, answered, or failed with the reason to show. */
export type HistoryLoad<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | HistoryFailure;

/**
 * Reads from the court server's history endpoints through the signed-in session, again whenever `key`
 * or the signed-in user changes, or on `reload()`. Nothing is cached on the device: history is the
 * server's record, and an old copy could hide a later break of the chain.
 */
export function useHistoryRequest<T>(
  key: string,
  request: (client: HistoryClient) => Promise<T>,
): { load: HistoryLoad<T>; reload: () => void } {
  const { court } = useServices();
  const user = useSignedInUser();
  const [nonce, setNonce] = useState(0);
  // An answer is kept with the request it answers: after a new key, user or reload it is "loading" again.
  const [answer, setAnswer] = useState<{ request: string; load: HistoryLoad<T> } | null>(null);
  const userId = user === undefined ? undefined : (user?.id ?? null);
  const requestId = `${key}\u0000${userId ?? ''}\u0000${nonce}`;
  // `request` is a new closure on every render; `key` names what it asks for and decides when to ask again.
  const ask = useEffectEvent((client: HistoryClient) => request(client));

  useEffect(() => {
    if (userId === undefined) return;
    let isCancelled = false;
    void (async () => {
      let load: HistoryLoad<T>;
      try {
        const client = await openHistoryClient(court);
        load = client ? { kind: 'ready', value: await ask(client) } : { kind: 'signedOut' };
      } catch (error) {
        load = toHistoryFailure(error);
      }
      if (!isCancelled) setAnswer({ request: requestId, load });
    })();
    return () => {
      isCancelled = true;
    };
  }, [court, requestId, userId]);

  return {
    load: answer?.request === requestId ? answer.load : { kind: 'loading' },
    reload: useCallback(() => setNonce((n) => n + 1), []),
  };
}
