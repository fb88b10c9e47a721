import { describe, expect, it } from 'vitest';
import { coordinatesFromText, peopleFromRows, workforceFromText } from './visitFormValues';

describe('visit form values', () => {
  it('saves every row with something typed, a role without a name included, and drops only empty rows', () => {
    expect(
      peopleFromRows([
        { key: 'a', name: '张强', role: '厂长' },
        { key: 'b', name: '', role: '' },
        { key: 'c', name: ' ', role: '会计' },
        { key: 'd', name: '李娟', role: '' },
      ]),
    ).toEqual({
      people: [
        { name: '张强', role: '厂长' },
        { name: ' ', role: '会计' },
        { name: '李娟', role: '' },
      ],
      unnamedRowKeys: ['c'],
    });
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
