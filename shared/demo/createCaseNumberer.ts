import type { CaseType } from '../domain/caseType';
import { formatCaseNumber } from '../validation/caseNumber';
import type { CaseNumberTypeWord } from '../validation/caseNumber';
import { calendarDays } from './calendarDays';

export const TYPE_WORDS: Record<CaseType, CaseNumberTypeWord> = {
  first: '执',
  resumed: '执恢',
  preservation: '执保',
};

export type CaseNumbererOptions = {
  courtCode: string;
  /** The earliest acceptance day of the cases to number. */
  windowStart: number;
  windowDays: number;
  /** Cases of each type over the whole window, to estimate the numbers used before it began. */
  casesPerType: Record<CaseType, number>;
};

/**
 * Numbers cases in acceptance order; call it with non-decreasing days. Sequences restart each year per type
 * word, as courts number them. The window usually starts mid-year, so that year's numbers continue from
 * where the year's earlier (ungenerated) cases would have left them.
 */
export function createCaseNumberer(options: CaseNumbererOptions): (type: CaseType, day: number) => string {
  const { courtCode, windowStart, windowDays, casesPerType } = options;
  const firstYear = calendarDays.year(windowStart);
  const daysBefore = windowStart - calendarDays.firstOfYear(firstYear);
  const last = new Map<string, number>();
  for (const [type, count] of Object.entries(casesPerType) as [CaseType, number][]) {
    last.set(`${firstYear}${TYPE_WORDS[type]}`, Math.round((count / windowDays) * daysBefore));
  }
  return (type, day) => {
    const year = calendarDays.year(day);
    const typeWord = TYPE_WORDS[type];
    const key = `${year}${typeWord}`;
    const sequence = (last.get(key) ?? 0) + 1;
    last.set(key, sequence);
    return formatCaseNumber({ year, courtCode, typeWord, sequence });
  };
}
