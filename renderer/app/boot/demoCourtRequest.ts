/** Cases in the demo court made on first run; `?demoCases=N` overrides it (benchmarks use 50,000). */
export const DEFAULT_DEMO_CASES = 3000;
export const DEMO_SEED = 20250701;

export function demoCaseCountFromUrl(search: string): number {
  const n = Number(new URLSearchParams(search).get('demoCases'));
  return Number.isInteger(n) && n > 0 && n <= 200_000 ? n : DEFAULT_DEMO_CASES;
}
