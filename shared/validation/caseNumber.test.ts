import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_NUMBER_TYPE_WORDS, COURT_PREFIXES, formatCaseNumber, validateCaseNumber } from './caseNumber';

const parts = fc.record({
  year: fc.integer({ min: 1990, max: 2100 }),
  courtCode: fc
    .tuple(
      fc.constantFrom(...COURT_PREFIXES),
      fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 4 }),
    )
    .map(([prefix, digits]) => prefix + digits),
  typeWord: fc.constantFrom(...CASE_NUMBER_TYPE_WORDS),
  sequence: fc.integer({ min: 1, max: 999_999 }),
});

const BRACKETS = [
  ['(', ')'],
  ['（', '）'],
  ['〔', '〕'],
  ['[', ']'],
] as const;

describe('validateCaseNumber', () => {
  it.each([
    ['(2025)内0291执1234号', { year: 2025, courtCode: '内0291', typeWord: '执', sequence: 1234 }],
    ['（2024）京0105执恢12号', { year: 2024, courtCode: '京0105', typeWord: '执恢', sequence: 12 }],
    ['(2023)粤03执保5号', { year: 2023, courtCode: '粤03', typeWord: '执保', sequence: 5 }],
    ['〔2022〕最执1号', { year: 2022, courtCode: '最', typeWord: '执', sequence: 1 }],
    [' ( 2025 ) 内0203 执 7 号 ', { year: 2025, courtCode: '内0203', typeWord: '执', sequence: 7 }],
    [
      '（２０２５）内０２９１执１２３４号',
      { year: 2025, courtCode: '内0291', typeWord: '执', sequence: 1234 },
    ],
  ] as const)('parses %s', (input, expected) => {
    const r = validateCaseNumber(input);
    expect(r).toEqual({ ok: true, value: { ...expected, canonical: formatCaseNumber(expected) } });
  });

  it('canonicalises to full-width brackets with no spaces and no leading zeros', () => {
    const r = validateCaseNumber('(2025)内0291执0012号');
    expect(r.ok && r.value.canonical).toBe('（2025）内0291执12号');
  });

  it.each([
    ['(2025)内0291执1234', 'caseNumber.format'], // missing 号
    ['(2025)内0291民初1234号', 'caseNumber.format'], // civil first-instance, not an enforcement case
    ['(2025)内0291执异12号', 'caseNumber.format'], // objection case, not one of our three types
    ['(1899)内0291执1234号', 'caseNumber.year'],
    ['(1989)内0291执1234号', 'caseNumber.year'],
    ['(2101)内0291执1234号', 'caseNumber.year'],
    ['(25)内0291执1234号', 'caseNumber.format'],
    ['2025内0291执1234号', 'caseNumber.format'],
    ['(2025)港0291执1234号', 'caseNumber.format'],
    ['(2025)内02911执1234号', 'caseNumber.format'],
    ['(2025)内0291执0号', 'caseNumber.format'],
    ['(2025)内0291执1234567号', 'caseNumber.format'],
    ['(2025)内0291执号', 'caseNumber.format'],
    ['', 'caseNumber.format'],
  ] as const)('rejects %s with %s', (input, code) => {
    expect(validateCaseNumber(input)).toEqual({ ok: false, code });
  });

  it('round-trips every canonical case number', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const canonical = formatCaseNumber(p);
        expect(validateCaseNumber(canonical)).toEqual({ ok: true, value: { ...p, canonical } });
      }),
    );
  });

  it('parses every bracket variant, with or without spaces, to the same canonical value', () => {
    fc.assert(
      fc.property(parts, fc.constantFrom(...BRACKETS), fc.boolean(), (p, [open, close], spaced) => {
        const s = spaced ? ' ' : '';
        const input = `${open}${s}${p.year}${s}${close}${s}${p.courtCode}${s}${p.typeWord}${s}${p.sequence}${s}号`;
        const r = validateCaseNumber(input);
        expect(r.ok && r.value.canonical).toBe(formatCaseNumber(p));
      }),
    );
  });
});
