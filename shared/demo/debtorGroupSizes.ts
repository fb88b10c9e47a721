import type { Prng } from './prng';

/** The article's second example: one enterprise faced 32 disputes (construction, sales, services). */
export const FLAGSHIP_DEBTOR_CASES = 32;

/**
 * How many cases each debtor faces, summing to `caseCount`; the first entry is the flagship debtor. Most
 * debtors have one or two cases, some a handful, a few ten to twenty-odd: the long tail that makes "other
 * cases against the same respondent" worth showing.
 */
export function debtorGroupSizes(prng: Prng, caseCount: number): number[] {
  if (caseCount === 0) return [];
  const sizes = [Math.min(FLAGSHIP_DEBTOR_CASES, Math.ceil(caseCount / 4))];
  let remaining = caseCount - sizes[0]!;
  while (remaining > 0) {
    const r = prng.next();
    const size =
      r < 0.55
        ? 1
        : r < 0.75
          ? 2
          : r < 0.87
            ? prng.int(3, 4)
            : r < 0.96
              ? prng.int(5, 9)
              : r < 0.995
                ? prng.int(10, 19)
                : prng.int(20, FLAGSHIP_DEBTOR_CASES - 4);
    // Never above the flagship's size: it stays the debtor with the most cases even in a tiny demo.
    const capped = Math.min(size, remaining, sizes[0]!);
    sizes.push(capped);
    remaining -= capped;
  }
  return sizes;
}
