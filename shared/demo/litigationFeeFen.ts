/**
 * Bands of the property-case acceptance fee (诉讼费用交纳办法, art. 13): [upper bound in yuan, rate].
 * The first 10,000 yuan cost a flat 50 yuan.
 */
const BANDS = [
  [100_000, 0.025],
  [200_000, 0.02],
  [500_000, 0.015],
  [1_000_000, 0.01],
  [2_000_000, 0.009],
  [5_000_000, 0.008],
  [10_000_000, 0.007],
  [20_000_000, 0.006],
  [Number.POSITIVE_INFINITY, 0.005],
] as const;

/**
 * The case acceptance fee 案件受理费 for a money claim of `amountFen`, in fen. Demo claims carry it as their
 * costs, so the costs look like those in real judgments.
 */
export function litigationFeeFen(amountFen: number): number {
  const yuan = amountFen / 100;
  let fee = 50;
  let lower = 10_000;
  for (const [upper, rate] of BANDS) {
    if (yuan <= lower) break;
    fee += (Math.min(yuan, upper) - lower) * rate;
    lower = upper;
  }
  return Math.round(fee * 100);
}
