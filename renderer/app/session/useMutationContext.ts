import { useMemo } from 'react';
import type { MutationContext } from '../../data/outbox/MutationContext';
import { mutationContextOf } from '../../data/session/mutationContextOf';
import { useWriter } from './writerContext';

/** Who is writing on which device id: stamped on every outbox mutation the screens make. */
export function useMutationContext(): MutationContext {
  const writer = useWriter();
  return useMemo(() => mutationContextOf(writer), [writer]);
}
