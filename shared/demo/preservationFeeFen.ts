/**
 * The property-preservation application fee 财产保全申请费 (诉讼费用交纳办法, art. 14), in fen: 30 yuan up to
 * 1,000 yuan; 1 % of the part to 100,000 yuan; 0.5 % above; never more than 5,000 yuan.
 */
export function preservationFeeFen(amountFen: number): number {
  const yuan = amountFen / 100;
  let fee = 30;
  if (yuan > 1_000) fee += (Math.min(yuan, 100_000) - 1_000) * 0.01;
  if (yuan > 100_000) fee += (yuan - 100_000) * 0.005;
  return Math.round(Math.min(fee, 5_000) * 100);
}
