import type { PublicSigningKey } from '../../../shared/sync/signedHead';
import type { SignedHeadRepository } from '../../data/repositories/signedHeadRepository';
import type { CourtSession } from './CourtConnection';
import { courtTrust } from './courtTrust';

/** The court's keys kept on this device, fetched again (once per finder) when a key id is not among them. */
export type CourtKeyFinder = { find(keyId: string): Promise<PublicSigningKey | null> };

export function courtKeyFinder(
  session: CourtSession,
  signedHeads: Pick<SignedHeadRepository, 'courtKeys' | 'saveCourtKeys'>,
): CourtKeyFinder {
  let hasFetched = false;
  return {
    async find(keyId) {
      const kept = await signedHeads.courtKeys(session.serverUrl);
      const key = kept.find((k) => k.keyId === keyId);
      if (key || hasFetched) return key ?? null;
      // A key id not seen yet: the court rotated its key since this device last asked.
      hasFetched = true;
      const answer = await courtTrust.signingKeys(session);
      await signedHeads.saveCourtKeys(session.serverUrl, answer.keys);
      return answer.keys.find((k) => k.keyId === keyId) ?? null;
    },
  };
}
