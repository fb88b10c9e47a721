import { describe, expect, it } from 'vitest';
import { serialKey } from './serialKey';

describe('serialKey', () => {
  it('compares serial numbers regardless of width, case and spaces', () => {
    expect(serialKey('ab 123')).toBe('AB123');
    expect(serialKey('ＡＢ１２３')).toBe('AB123');
    expect(serialKey(' Ab123\u3000')).toBe('AB123');
  });

  it('keeps hyphens and slashes, which can tell machines apart', () => {
    expect(serialKey('A-12')).not.toBe(serialKey('A12'));
  });

  it('treats empty and placeholder cells as no serial number', () => {
    for (const raw of ['', '  ', '无', '—', '/', 'N/A']) expect(serialKey(raw), raw).toBe('');
  });
});
