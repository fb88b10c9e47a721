import type { Party } from '../domain/party';
import type { PartyFactory } from './createPartyFactory';
import type { Prng } from './prng';
import { LOCAL_REGIONS, REMOTE_REGIONS } from './regions';

/**
 * Draws applicants 申请执行人: enterprises and persons, local or from trading partners elsewhere. Applicants
 * recur too (lenders, big suppliers): a quarter of draws reuse an earlier applicant.
 */
export function createApplicantSource(prng: Prng, parties: PartyFactory): () => Party {
  const seen: Party[] = [];
  return () => {
    if (seen.length > 0 && prng.chance(0.25)) return prng.pick(seen);
    const regions = prng.chance(0.6) ? LOCAL_REGIONS : REMOTE_REGIONS;
    const applicant = prng.chance(0.55)
      ? parties.enterprise(regions).party
      : parties.person(regions, 1955, 2002);
    seen.push(applicant);
    return applicant;
  };
}
