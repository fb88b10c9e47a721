import type { Json } from './mutation';

/**
 * A canonical JSON text: object keys sorted by code unit, no whitespace, arrays in order. Two values that
 * mean the same JSON give the same text whatever their key order, which is what the version hash chain
 * and value comparisons need (PostgreSQL jsonb does not keep key order).
 */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  const parts: string[] = [];
  for (const key of keys) {
    const v = value[key];
    // undefined is not JSON; skipping it mirrors JSON.stringify so the text stays parseable.
    if (v === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/** Deep equality of two JSON values, independent of key order. */
export function jsonEquals(a: Json, b: Json): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
