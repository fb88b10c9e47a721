import { describe, expect, it } from 'vitest';
import { parseRange } from './parseRange';

describe('parseRange', () => {
  it('serves the whole blob without a header or for a unit it does not know', () => {
    expect(parseRange(undefined, 100)).toEqual({ kind: 'whole' });
    expect(parseRange('items=0-5', 100)).toEqual({ kind: 'whole' });
  });

  it('reads first-last, open-ended and suffix ranges, clipping the end to the blob', () => {
    expect(parseRange('bytes=0-9', 100)).toEqual({ kind: 'part', start: 0, end: 9 });
    expect(parseRange('bytes=10-', 100)).toEqual({ kind: 'part', start: 10, end: 99 });
    expect(parseRange('bytes=90-500', 100)).toEqual({ kind: 'part', start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ kind: 'part', start: 90, end: 99 });
    expect(parseRange('bytes=-500', 100)).toEqual({ kind: 'part', start: 0, end: 99 });
    expect(parseRange('Bytes = 5-5', 100)).toEqual({ kind: 'part', start: 5, end: 5 });
  });

  it('refuses ranges outside the blob, reversed, empty suffixes, several ranges and garbage', () => {
    for (const header of [
      'bytes=100-',
      'bytes=100-200',
      'bytes=9-3',
      'bytes=-0',
      'bytes=0-1,5-6',
      'bytes=abc',
      'bytes=',
      'bytes=-',
      'bytes=1234567890123456-',
    ]) {
      expect({ header, range: parseRange(header, 100) }).toEqual({
        header,
        range: { kind: 'unsatisfiable' },
      });
    }
    expect(parseRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-1', 0)).toEqual({ kind: 'unsatisfiable' });
  });
});
