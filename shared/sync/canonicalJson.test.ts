import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, jsonEquals } from './canonicalJson';
import type { Json } from './mutation';

/**
 * The canonical form the version hash chain was computed with before there was one canonicalJson (then
 * `shared/sync/canonicalJson.ts`), frozen here: every hash already stored was made by it.
 */
function canonicalJsonAsHashedBefore(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJsonAsHashedBefore).join(',')}]`;
  const parts: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const v = value[key];
    if (v === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJsonAsHashedBefore(v)}`);
  }
  return `{${parts.join(',')}}`;
}

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

  it('gives every JSON value the text the stored hashes were computed from', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalJsonAsHashedBefore(value as Json));
      }),
    );
  });

  it('writes undefined as JSON storage keeps it: members dropped, array elements and holes null', () => {
    expect(canonicalJson({ b: undefined, a: [1, undefined, 2] })).toBe('{"a":[1,null,2]}');
    // eslint-disable-next-line no-sparse-arrays -- a hole is what an array with a skipped element holds
    expect(canonicalJson([1, , 3])).toBe('[1,null,3]');
    expect(canonicalJson(undefined)).toBe('null');
    expect(jsonEquals(undefined, null)).toBe(true);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const stored: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
        expect(canonicalJson(value)).toBe(canonicalJson(stored));
      }),
    );
  });
});
