import type { Visit } from './visit';
import type { VisitCode } from './visitMessages';

/** Advice shown beside a visit; it never blocks saving or submitting. `path` points at the field concerned. */
export type VisitWarning = { code: VisitCode; path: string };

/** Beyond this radius a device fix no longer pins down a plant, so the typed address must carry the weight. */
export const IMPRECISE_ACCURACY_M = 500;

/**
 * Non-blocking warnings for a visit: fewer than two officers (on-site enforcement needs two), nobody from the
 * enterprise recorded (except at deserted premises, where nobody is expected), an imprecise device location,
 * and an incomplete signature block once the visit has ended.
 */
export function visitWarnings(visit: Visit): VisitWarning[] {
  const warnings: VisitWarning[] = [];
  if (visit.officersPresent.length < 2) {
    warnings.push({ code: 'visit.fewerThanTwoOfficers', path: 'officersPresent' });
  }
  if (visit.enterprisePeople.length === 0 && visit.operatingState !== 'abandoned') {
    warnings.push({ code: 'visit.noEnterprisePeople', path: 'enterprisePeople' });
  }
  const accuracy = visit.coordinates?.accuracyM;
  if (accuracy !== undefined && accuracy > IMPRECISE_ACCURACY_M) {
    warnings.push({ code: 'visit.coordinatesImprecise', path: 'coordinates' });
  }
  // The signature is collected at the end; asking for it while the visit is running would only be noise.
  if (visit.endedAt !== null && visit.signature.signedBy === null && !visit.signature.refusedToSign) {
    warnings.push({ code: 'visit.noSignature', path: 'signature' });
  }
  if (visit.signature.refusedToSign && visit.signature.refusalNote.trim() === '') {
    warnings.push({ code: 'visit.refusalWithoutNote', path: 'signature.refusalNote' });
  }
  return warnings;
}
