import type { Mutation } from '../../../shared/sync/mutation';

type Listener = (mutations: Mutation[]) => void;
const listeners = new Set<Listener>();

/**
 * Subscribe to mutations after their transaction has committed (the desktop journal and the sync
 * engine's debounce listen here). Called outside the transaction, so listeners may do I/O.
 */
export function onMutationsCommitted(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitMutationsCommitted(mutations: Mutation[]): void {
  for (const l of listeners) l(mutations);
}
