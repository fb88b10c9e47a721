import type { ImportField } from './columnMapping';
import { HEADER_WORDS } from './headerWords';

/** A field a header cell may name, and how strongly (lower is stronger). */
export type HeaderMatch = { field: ImportField; preference: number };

/** Added to a word's preference when it is only contained in the header, so exact headers win. */
const CONTAINED_PENALTY = 10;

/** One header cell as the recogniser sees it: words only, plus whether a 万元 unit is written in it. */
export function normaliseHeader(cell: string): { word: string; isWanYuan: boolean } {
  // NFKC folds full-width letters and brackets (（元）→ (元)) so one rule covers both.
  const folded = cell.normalize('NFKC').toLowerCase();
  const isWanYuan = folded.includes('万元');
  const word = folded.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '').replace(/[\s*:：_\-.]/g, '');
  return { word, isWanYuan };
}

/**
 * Every field a header cell may name, strongest first (at most one match per field). An exact match beats a
 * Chinese word contained in a longer header; English words only match exactly, because short ones ("sn",
 * "unit") hide inside unrelated words.
 */
export function headerMatches(cell: string): HeaderMatch[] {
  const { word } = normaliseHeader(cell);
  if (word === '') return [];
  const matches: HeaderMatch[] = [];
  for (const [field, words] of Object.entries(HEADER_WORDS) as [
    ImportField,
    (typeof HEADER_WORDS)[ImportField],
  ][]) {
    let best: number | null = null;
    for (const [w, preference, isExactOnly] of words) {
      let score: number | null = null;
      if (word === w) score = preference;
      else if (!isExactOnly && /[\u4e00-\u9fff]/.test(w) && word.includes(w))
        score = preference + CONTAINED_PENALTY;
      if (score !== null && (best === null || score < best)) best = score;
    }
    if (best !== null) matches.push({ field, preference: best });
  }
  return matches.sort((a, b) => a.preference - b.preference);
}

/** The field a header cell names most strongly, or null when it names none. */
export function recogniseHeader(cell: string): HeaderMatch | null {
  return headerMatches(cell)[0] ?? null;
}
