import { describe, expect, it } from 'vitest';
import { coordinatesFromText, peopleFromRows, workforceFromText } from './visitFormValues';

describe('visit form values', () => {
  it('saves named people, waits on empty rows and reports rows with a role but no name', () => {
    expect(
      peopleFromRows([
        { key: 'a', name: '张强', role: '厂长' },
        { key: 'b', name: '', role: '' },
        { key: 'c', name: ' ', role: '会计' },
      ]),
    ).toEqual({ people: [{ name: '张强', role: '厂长' }], unnamedRowKeys: ['c'] });
  });

  it('reads typed coordinates, both or neither', () => {
    expect(coordinatesFromText('', '')).toEqual({ ok: true, value: null });
    expect(coordinatesFromText('40.65', '109.84')).toEqual({
      ok: true,
      value: { lat: 40.65, lng: 109.84, source: 'typed' },
    });
    expect(coordinatesFromText('40.65', '')).toEqual({ ok: false });
    expect(coordinatesFromText('91', '10')).toEqual({ ok: false });
    expect(coordinatesFromText('abc', '10')).toEqual({ ok: false });
  });

  it('reads the workforce as a whole number or nothing', () => {
    expect(workforceFromText('')).toBeNull();
    expect(workforceFromText(' 35 ')).toBe(35);
    expect(workforceFromText('3.5')).toBeUndefined();
    expect(workforceFromText('-1')).toBeUndefined();
  });
});
