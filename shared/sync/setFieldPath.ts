import type { Json } from './mutation';

/**
 * A copy of `record` with the value at a dotted path (`findings`, `signature.refusalNote`) replaced: the
 * form in which an amendment names what it changes.
 */
export function setFieldPath(record: Record<string, Json>, path: string, value: Json): Record<string, Json> {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return { ...record, [head!]: value };
  const inner = record[head!];
  const child = inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? inner : {};
  return { ...record, [head!]: setFieldPath(child, rest.join('.'), value) };
}
