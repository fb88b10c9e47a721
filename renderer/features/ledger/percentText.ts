/** Basis points as a percentage with one decimal, rounded down like the meter's level (8995 → 89.9%). */
export function percentText(bp: number): string {
  return `${Math.floor(bp / 100)}.${Math.floor((bp % 100) / 10)}%`;
}
