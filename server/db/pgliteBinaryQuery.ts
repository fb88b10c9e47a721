import { parse } from '@electric-sql/pglite';
import type { PGlite } from '@electric-sql/pglite';

/** A parameter this path can send: bytes go in binary format, everything else as text. */
type Param = Uint8Array | string | number | bigint | boolean | null | undefined;

const isSendable = (value: unknown): value is Param =>
  value === null ||
  value === undefined ||
  value instanceof Uint8Array ||
  ['string', 'number', 'bigint', 'boolean'].includes(typeof value);

/** True when `params` carry bytes and nothing this path cannot send (see pgliteBinaryQuery). */
export function isBinaryQuery(params: readonly unknown[]): params is readonly Param[] {
  return params.some((p) => p instanceof Uint8Array) && params.every(isSendable);
}

const utf8 = new TextEncoder();

function asText(value: Exclude<Param, Uint8Array | null | undefined>): Uint8Array {
  if (typeof value === 'boolean') return utf8.encode(value ? 't' : 'f');
  return utf8.encode(String(value));
}

/**
 * The extended-protocol messages of one statement — Parse (types left to the server), Bind (bytes in
 * binary format), Describe portal, Execute, Sync — written into one buffer sized up front, so the bytes of
 * a parameter are copied exactly once on this side.
 */
function encodeStatement(text: string, params: readonly Param[]): Uint8Array {
  const sql = utf8.encode(text);
  const values = params.map((p) =>
    p === null || p === undefined ? null : p instanceof Uint8Array ? p : asText(p),
  );
  const valueBytes = values.reduce((n, v) => n + 4 + (v?.byteLength ?? 0), 0);
  const parseLength = 4 + 1 + sql.byteLength + 1 + 2;
  const bindLength = 4 + 1 + 1 + 2 + 2 * params.length + 2 + valueBytes + 2;
  const out = new Uint8Array(1 + parseLength + 1 + bindLength + 7 + 10 + 5);
  const view = new DataView(out.buffer);
  let at = 0;
  const byte = (b: number) => (out[at++] = b);
  const int16 = (n: number) => (view.setInt16(at, n), (at += 2));
  const int32 = (n: number) => (view.setInt32(at, n), (at += 4));
  byte(0x50); // Parse: unnamed statement, its text, no declared types
  int32(parseLength);
  byte(0);
  out.set(sql, at);
  at += sql.byteLength;
  byte(0);
  int16(0);
  byte(0x42); // Bind: unnamed portal and statement; one format code per parameter
  int32(bindLength);
  byte(0);
  byte(0);
  int16(params.length);
  for (const p of params) int16(p instanceof Uint8Array ? 1 : 0);
  int16(values.length);
  for (const value of values) {
    int32(value === null ? -1 : value.byteLength);
    if (value !== null) out.set(value, at);
    at += value?.byteLength ?? 0;
  }
  int16(0); // results in text format, as PGlite's own queries
  for (const b of [0x44, 0, 0, 0, 6, 0x50, 0]) byte(b); // Describe portal
  for (const b of [0x45, 0, 0, 0, 9, 0, 0, 0, 0, 0]) byte(b); // Execute, all rows
  for (const b of [0x53, 0, 0, 0, 4]) byte(b); // Sync
  return out;
}

/**
 * One statement with bytea parameters, sent to PGlite as a single protocol message. PGlite's `query`
 * already binds a Uint8Array in binary format, but copies it five times through growing buffers on the
 * way (measured: the allocations and the garbage collection they cause cost more than storing the bytes
 * in PGlite); this writes it once. Results come back through PGlite's own parsers, errors as the same
 * DatabaseError. Callers hold the connection (wrapPglite's mutex): the message ends with Sync.
 */
export async function pgliteBinaryQuery<T>(db: PGlite, text: string, params: readonly Param[]): Promise<T[]> {
  const { messages } = await db.execProtocol(encodeStatement(text, params));
  const [result] = parse.parseResults(messages, db.parsers);
  return (result?.rows ?? []) as T[];
}
