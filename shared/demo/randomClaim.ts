import type { Claim } from '../domain/case';
import type { CaseType } from '../domain/caseType';
import { litigationFeeFen } from './litigationFeeFen';
import { preservationFeeFen } from './preservationFeeFen';
import type { Prng } from './prng';

const MIN_PRINCIPAL_FEN = 1_000_000; // 10,000 yuan
const MAX_PRINCIPAL_FEN = 5_000_000_000; // 50 million yuan

/** Judgments state round sums more often than odd ones: whole yuan, hundreds of yuan, or exact fen. */
function roundLikeAJudgment(prng: Prng, fen: number): number {
  const step = prng.weighted([
    [100, 55],
    [10_000, 30],
    [1, 15],
  ] as const);
  return Math.max(MIN_PRINCIPAL_FEN, Math.round(fen / step) * step);
}

/**
 * A plausible claim in integer fen. Principal is log-normal (median 100,000 yuan) within 10,000 yuan – 50
 * million yuan: most cases are small, a few are large. Interest is a share of principal; costs are the
 * acceptance fee (halved in summary procedure) and sometimes a preservation fee. A preservation case's
 * "claim" is the amount to preserve, with the preservation fee as its only cost.
 */
export function randomClaim(prng: Prng, type: CaseType): Claim {
  const principalFen = roundLikeAJudgment(
    prng,
    prng.logNormal(10_000_000, 1.3, MIN_PRINCIPAL_FEN, MAX_PRINCIPAL_FEN),
  );
  if (type === 'preservation') {
    return { principalFen, interestFen: 0, costsFen: preservationFeeFen(principalFen) };
  }
  const interestFen = prng.chance(0.65) ? Math.round(principalFen * (0.01 + 0.24 * prng.next())) : 0;
  const acceptanceFee = litigationFeeFen(principalFen + interestFen);
  let costsFen = prng.chance(0.4) ? Math.round(acceptanceFee / 2) : acceptanceFee;
  if (prng.chance(0.3)) costsFen += preservationFeeFen(principalFen);
  if (prng.chance(0.1)) costsFen += prng.int(3, 20) * 10_000; // announcement, appraisal, etc.
  return { principalFen, interestFen, costsFen };
}
