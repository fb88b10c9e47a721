/**
 * A canonical JSON text: object keys sorted by code unit at every depth, no whitespace, arrays in order. Two
 * values that mean the same JSON give the same text whatever their key order, which is what the version
 * hash chain, the mutation checksum (`payloadSha256`) and every value comparison need (PostgreSQL jsonb
 * does not keep key order). The one canonical form of the code base: server, app and shared use it alike.
 *
 * `undefined` is treated as `JSON.stringify` writes it — a member holding it is left out, an array element
 * holding it (or a hole) is `null`, and `undefined` alone is `null` — so the text of a value equals the text
 * of that value after a round trip through JSON storage. That is the property the hash chain rests on: a
 * version is hashed from memory when written and from its stored jsonb when verified. Values read from
 * JSON never contain `undefined`, so for them the text is the same as it always was.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      items.push(item === undefined ? 'null' : canonicalJson(item));
    }
    return `[${items.join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
  }
  return `{${members.join(',')}}`;
}

/** Deep equality of two JSON values, independent of key order (`undefined` counts as `null`). */
export function jsonEquals(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
