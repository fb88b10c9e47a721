import { useServices } from '../../app/services/servicesContext';
import { useSessionStore } from '../../app/session/sessionStore';
import type { MutationContext } from '../../data/outbox/MutationContext';

/** Who is writing on which device id: stamped on every outbox mutation the visit screens make. */
export function useMutationContext(): MutationContext {
  const { deviceId } = useServices();
  const officer = useSessionStore((s) => s.officer);
  const sessionDeviceId = useSessionStore((s) => s.deviceId);
  return { userId: officer?.userId ?? 'unassigned', deviceId: sessionDeviceId ?? deviceId };
}
