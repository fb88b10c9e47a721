import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsvText } from './parseCsvText';

const rows = (text: string) => {
  const r = parseCsvText(text);
  if (!r.ok) throw new Error(`${r.code} at ${r.rowNumber}`);
  return r.rows;
};

describe('parseCsvText', () => {
  it('splits plain records on LF, CRLF and lone CR', () => {
    expect(rows('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(rows('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(rows('a,b\rc,d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    const text = '名称,备注\r\n"车床, 数控","含""刀架""\r\n及附件"\r\n冲床,\r\n';
    expect(rows(text)).toEqual([
      ['名称', '备注'],
      ['车床, 数控', '含"刀架"\n及附件'],
      ['冲床', ''],
    ]);
  });

  it('keeps blank records so record numbers match spreadsheet rows', () => {
    expect(rows('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
    expect(rows('a,b\n,\n')).toEqual([
      ['a', 'b'],
      ['', ''],
    ]);
  });

  it('keeps empty fields and an empty quoted field', () => {
    expect(rows(',"",x,')).toEqual([['', '', 'x', '']]);
  });

  it('is lenient the way spreadsheets are: stray quotes are literal, text after a closing quote is kept', () => {
    expect(rows('5" pipe,2')).toEqual([['5" pipe', '2']]);
    expect(rows('"abc"def,x')).toEqual([['abcdef', 'x']]);
  });

  it('refuses an unterminated quote, naming the record where it opened', () => {
    expect(parseCsvText('a,b\n"open,c\nd,e\n')).toEqual({
      ok: false,
      code: 'unterminatedQuote',
      rowNumber: 2,
    });
    expect(parseCsvText('a\n\n\nb,"')).toEqual({ ok: false, code: 'unterminatedQuote', rowNumber: 4 });
    // A closed quote that spans lines is fine, and counts as one record.
    expect(rows('"a\nb",c\nd')).toEqual([['a\nb', 'c'], ['d']]);
  });

  it('reads no records from empty text', () => {
    expect(rows('')).toEqual([]);
  });

  it('detects tab- and semicolon-separated files from the first record', () => {
    expect(detectDelimiter('名称\t型号\t数量\n"a,b"\tc\td')).toBe('\t');
    expect(detectDelimiter('name;model;qty\n1,5;x;2')).toBe(';');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
    expect(rows('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads back any table written per RFC 4180 (round trip)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '设', ',', '"', '\n', '\r\n', ' ', '1') });
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
      );
    const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
    fc.assert(
      fc.property(table, fc.constantFrom('\r\n', '\n'), (t, eol) => {
        const text = t.map((r) => r.map(quote).join(',')).join(eol) + eol;
        const expected = t.map((r) => r.map((c) => c.replace(/\r\n/g, '\n')));
        expect(parseCsvText(text, ',')).toEqual({ ok: true, rows: expected, delimiter: ',' });
      }),
    );
  });
});
