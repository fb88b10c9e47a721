import { z } from 'zod';
import { officerRefSchema } from '../../../shared/domain/case';
import type { Repositories } from '../../data/createRepositories';

/** Where app versions before the session's one home kept a copy of the officer (zustand `persist`). */
const LEGACY_KEY = 'fieldwrit.session';
const legacySchema = z.object({
  state: z.object({ officer: officerRefSchema.nullable(), deviceId: z.string().nullable().optional() }),
});

/**
 * Carries over who wrote on this device from the session store older versions persisted in localStorage
 * (an officer who had signed out, or the demo officer), so their later edits keep their author and device
 * id; then removes that copy. A session in the database always wins.
 */
export async function adoptLegacySessionStore(repos: Repositories): Promise<void> {
  if (typeof localStorage === 'undefined') return;
  const raw = localStorage.getItem(LEGACY_KEY);
  if (raw === null) return;
  let value: unknown = null;
  try {
    value = JSON.parse(raw);
  } catch {
    // Unreadable: nothing to carry over.
  }
  const legacy = legacySchema.safeParse(value).data?.state;
  if (legacy?.officer) await repos.session.keepWriterIfUnknown(legacy.officer, legacy.deviceId ?? undefined);
  localStorage.removeItem(LEGACY_KEY);
}
