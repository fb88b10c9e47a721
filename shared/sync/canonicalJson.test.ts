import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, jsonEquals } from './canonicalJson';
import type { Json } from './mutation';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: '字' }], c: true } })).toBe(
      '{"a":{"c":true,"d":[3,{"y":"字","z":null}]},"b":1}',
    );
  });

  it('is the same text for equal values in any key order, and parses back to the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const v = value as Json;
        const shuffled = JSON.parse(
          JSON.stringify(v, (_k, x) =>
            x && typeof x === 'object' && !Array.isArray(x)
              ? Object.fromEntries(Object.entries(x).reverse())
              : x,
          ),
        ) as Json;
        expect(canonicalJson(shuffled)).toBe(canonicalJson(v));
        expect(jsonEquals(JSON.parse(canonicalJson(v)) as Json, v)).toBe(true);
      }),
    );
  });

  it('tells different values apart', () => {
    expect(jsonEquals({ a: 1 }, { a: '1' })).toBe(false);
    expect(jsonEquals([1, 2], [2, 1])).toBe(false);
  });
});
