import type { MutationContext } from '../outbox/MutationContext';
import type { Writer } from './Writer';

/** The stamp every outbox mutation of this writer carries (`unassigned` before anyone is known). */
export function mutationContextOf(writer: Writer): MutationContext {
  return { userId: writer.officer?.userId ?? 'unassigned', deviceId: writer.deviceId };
}
