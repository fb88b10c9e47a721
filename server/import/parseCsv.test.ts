import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv';

const fields = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.code);
  return result.records.map((r) => r.fields);
};

describe('parseCsv (RFC 4180)', () => {
  it('splits records on CRLF, LF and CR and fields on commas', () => {
    expect(fields('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    expect(fields('"a,1","say ""hi""","two\r\nlines"\nx,,"" ')).toEqual([
      ['a,1', 'say "hi"', 'two\r\nlines'],
      ['x', '', ' '],
    ]);
  });

  it('keeps empty trailing fields and skips blank lines, with or without a final newline', () => {
    expect(fields('a,b,\n\n,c\n')).toEqual([
      ['a', 'b', ''],
      ['', 'c'],
    ]);
    expect(fields('a')).toEqual([['a']]);
  });

  it('reports the line each record starts on, counting line breaks inside quotes', () => {
    const result = parseCsv('h1,h2\n"multi\nline",x\nlast,y');
    expect(result.ok && result.records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('detects tab-separated exports and reports an unbalanced quote with its line', () => {
    expect(fields('案号\t备注\n1\t2')).toEqual([
      ['案号', '备注'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\nc,"open\n')).toEqual({ ok: false, code: 'import.badQuotes', line: 2 });
  });
});
