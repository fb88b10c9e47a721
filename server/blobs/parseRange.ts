/** What a `Range` request header asks of a blob of `size` bytes. `end` is inclusive, as in HTTP. */
export type RangeRequest =
  { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' };

/** More digits than this cannot be an offset into a blob the server accepts (and would lose precision). */
const MAX_DIGITS = 15;
const FIRST_LAST = new RegExp(`^(\\d{1,${MAX_DIGITS}})-(\\d{1,${MAX_DIGITS}})?$`);
const SUFFIX = new RegExp(`^-(\\d{1,${MAX_DIGITS}})$`);

/**
 * Reads a `Range` header (RFC 9110 §14). One range of the `bytes` unit is served: `a-b`, `a-` or `-n`
 * (the last n bytes), with `b` clipped to the end. No header, or another unit, means the whole blob (a
 * server may ignore a Range it does not support). A `bytes` range outside the blob, reversed, malformed or
 * listing several ranges is unsatisfiable (416): resuming a download needs exactly one.
 */
export function parseRange(header: string | undefined, size: number): RangeRequest {
  if (header === undefined) return { kind: 'whole' };
  const match = /^\s*([A-Za-z]+)\s*=(.*)$/.exec(header);
  if (!match || match[1]!.toLowerCase() !== 'bytes') return { kind: 'whole' };
  const spec = match[2]!.trim();
  const firstLast = FIRST_LAST.exec(spec);
  if (firstLast) {
    const start = Number(firstLast[1]);
    const last = firstLast[2] === undefined ? size - 1 : Number(firstLast[2]);
    if (start >= size || last < start) return { kind: 'unsatisfiable' };
    return { kind: 'part', start, end: Math.min(last, size - 1) };
  }
  const suffix = SUFFIX.exec(spec);
  if (suffix) {
    const length = Number(suffix[1]);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - length), end: size - 1 };
  }
  return { kind: 'unsatisfiable' };
}
