import type { ValidationResult } from './result';

/** Court-code prefixes: province-level abbreviations used in case numbers, plus 兵 (XPCC courts) and 最 (SPC). */
export const COURT_PREFIXES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋内陕吉闽贵粤青藏川宁琼兵最';

/** Enforcement case-type words in case numbers: 执 first enforcement, 执恢 resumed, 执保 preservation. */
export const CASE_NUMBER_TYPE_WORDS = ['执', '执恢', '执保'] as const;
export type CaseNumberTypeWord = (typeof CASE_NUMBER_TYPE_WORDS)[number];

const PATTERN = new RegExp(
  `^[(（〔\\[]\\s*(\\d{4})\\s*[)）〕\\]]\\s*([${COURT_PREFIXES}])(\\d{0,4})\\s*(执恢|执保|执)\\s*(\\d{1,6})\\s*号$`,
);

export type ParsedCaseNumber = {
  year: number;
  courtCode: string;
  typeWord: CaseNumberTypeWord;
  sequence: number;
  /** Canonical spelling: full-width brackets, no spaces, e.g. （2025）内0291执1234号. */
  canonical: string;
};

/** Builds the canonical case number (full-width brackets, as court documents print them). */
export function formatCaseNumber(p: Omit<ParsedCaseNumber, 'canonical'>): string {
  return `（${p.year}）${p.courtCode}${p.typeWord}${p.sequence}号`;
}

/**
 * Parses a case number 案号 such as "(2025)内0291执1234号". Half-width, full-width and hexagonal brackets
 * are all met in practice; the result is canonicalised so that the same case always compares equal.
 */
export function validateCaseNumber(input: string): ValidationResult<ParsedCaseNumber> {
  // An IME in full-width mode types full-width digits together with the full-width brackets it also gives.
  const normalised = input.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const m = PATTERN.exec(normalised);
  if (!m) return { ok: false, code: 'caseNumber.format' };
  const year = Number(m[1]);
  if (year < 1990 || year > 2100) return { ok: false, code: 'caseNumber.year' };
  const parsed = {
    year,
    courtCode: `${m[2]}${m[3]}`,
    typeWord: m[4] as CaseNumberTypeWord,
    sequence: Number(m[5]),
  };
  if (parsed.sequence < 1) return { ok: false, code: 'caseNumber.format' };
  return { ok: true, value: { ...parsed, canonical: formatCaseNumber(parsed) } };
}
