import type { Consent, ConsentStatus } from './consent';
import { currentConsents } from './currentConsents';

/**
 * Where the applicants stand on a plan or transfer over `caseIds`: refused when any standing answer is a
 * refusal, agreed only when every case has at least one standing answer and all of them are agreements,
 * pending otherwise. Each applicant's consent matters, so one refusal is enough to say "refused".
 */
export function consentState(caseIds: readonly string[], consents: readonly Consent[]): ConsentStatus {
  const standing = currentConsents(consents);
  if (standing.some((c) => c.status === 'refused')) return 'refused';
  const everyCaseAnswered = caseIds.every((id) => standing.some((c) => c.caseId === id));
  return everyCaseAnswered && standing.every((c) => c.status === 'agreed') ? 'agreed' : 'pending';
}
