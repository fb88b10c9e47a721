import {
  type DBCore,
  type DBCoreCursor,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreQuery,
  type DBCoreTable,
  type Middleware,
} from 'dexie';
import type { DataKey } from './DataKey';
import { SEALED_BINARY_FIELD, SEALED_FIELD, SEALING_PLAN, type TablePlan } from './sealingPlan';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Dexie's DBCoreRangeType is an ambient const enum, which isolated modules cannot read: its values here.
const RANGE_EQUAL = 1;
const RANGE_ANY = 3;
const RANGE_NEVER = 4;

/** A query the sealed store cannot answer (a range over a blind index): a programming error, not data. */
export class UnsupportedSealedQuery extends Error {
  constructor(table: string, index: string) {
    super(`${table}.${index} is a blind index: only exact matches (equals) can be looked up`);
    this.name = 'UnsupportedSealedQuery';
  }
}

type Row = Record<string, unknown>;

function isBinary(value: unknown): value is ArrayBuffer | ArrayBufferView {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

function asBytes(value: ArrayBuffer | ArrayBufferView): Uint8Array {
  return value instanceof ArrayBuffer
    ? new Uint8Array(value)
    : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

/** Associated data of a row's seal: its table and primary key, so a sealed row only opens where it was put. */
function associated(table: string, primaryKey: unknown, field = ''): string {
  return `${table}\u0000${JSON.stringify(primaryKey)}\u0000${field}`;
}

function createTableSealer(table: string, plan: TablePlan, key: DataKey, extractKey: (row: Row) => unknown) {
  const blindValue = (index: string, value: unknown): unknown => {
    if (Array.isArray(value)) return value.map((v) => blindValue(index, v));
    if (value === undefined || value === null) return value;
    return key.blind(`${table}.${index}`, typeof value === 'string' ? value : JSON.stringify(value));
  };
  return {
    blindValue,
    seal(row: Row): Row {
      const primaryKey = extractKey(row);
      const stored: Row = {};
      const json: Row = {};
      const binaries: Record<string, Uint8Array> = {};
      for (const [field, value] of Object.entries(row)) {
        if (isBinary(value)) {
          binaries[field] = key.seal(associated(table, primaryKey, field), asBytes(value));
          continue;
        }
        json[field] = value;
        if (plan.plain.includes(field)) stored[field] = value;
        else if (plan.blind.includes(field)) stored[field] = blindValue(field, value);
      }
      stored[SEALED_FIELD] = key.seal(associated(table, primaryKey), encoder.encode(JSON.stringify(json)));
      if (Object.keys(binaries).length > 0) stored[SEALED_BINARY_FIELD] = binaries;
      return stored;
    },
    open(stored: unknown): unknown {
      if (stored === undefined || stored === null) return stored;
      const record = stored as Row;
      const primaryKey = extractKey(record);
      const sealed = record[SEALED_FIELD];
      // A row without its seal was not written through this key: refuse it rather than show it.
      if (!(sealed instanceof Uint8Array)) throw new Error(`${table}: a row is not sealed`);
      const row = JSON.parse(decoder.decode(key.open(associated(table, primaryKey), sealed))) as Row;
      const binaries = record[SEALED_BINARY_FIELD] as Record<string, Uint8Array> | undefined;
      for (const [field, bytes] of Object.entries(binaries ?? {})) {
        const opened = key.open(associated(table, primaryKey, field), bytes);
        row[field] = opened.buffer.slice(opened.byteOffset, opened.byteOffset + opened.byteLength);
      }
      return row;
    },
  };
}

/**
 * Seals every row of every table on its way into IndexedDB and opens it on its way out, below all of
 * Dexie's own layers (level 0), so repositories, live queries and transactions see plain rows and the disk
 * sees only ciphertext, plain ids and blind tokens. Synchronous by design: see DataKey.
 */
export function sealingMiddleware(key: DataKey): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sealing',
    level: 0,
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          const plan = SEALING_PLAN[name];
          if (!plan)
            throw new Error(`table ${name} has no sealing plan (renderer/data/crypto/sealingPlan.ts)`);
          const extract = table.schema.primaryKey.extractKey;
          if (!extract) throw new Error(`table ${name} needs an inbound primary key to be sealed`);
          const sealer = createTableSealer(name, plan, key, extract as (row: Row) => unknown);
          return sealedTable(table, plan, sealer);
        },
      };
    },
  };
}

function sealedTable(
  table: DBCoreTable,
  plan: TablePlan,
  sealer: ReturnType<typeof createTableSealer>,
): DBCoreTable {
  const translateQuery = (query: DBCoreQuery): DBCoreQuery => {
    const keyPath = query.index.keyPath;
    if (typeof keyPath !== 'string' || !plan.blind.includes(keyPath)) return query;
    const range = query.range;
    if (range.type === RANGE_ANY || range.type === RANGE_NEVER) return query;
    if (range.type !== RANGE_EQUAL && range.lower !== range.upper)
      throw new UnsupportedSealedQuery(table.name, keyPath);
    const token = sealer.blindValue(keyPath, range.lower);
    const equal = { type: RANGE_EQUAL, lower: token, upper: token } as DBCoreKeyRange;
    return { ...query, range: equal };
  };
  const openCursor = (cursor: DBCoreCursor | null): DBCoreCursor | null => {
    if (!cursor) return cursor;
    let cachedKey: unknown = Symbol('none');
    let cachedValue: unknown;
    return Object.create(cursor, {
      value: {
        get() {
          if (cursor.primaryKey !== cachedKey) {
            cachedValue = sealer.open(cursor.value);
            cachedKey = cursor.primaryKey;
          }
          return cachedValue;
        },
      },
    }) as DBCoreCursor;
  };
  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      // Dexie hands full rows in `values` (its modify() reads and merges above this layer); the change
      // specs it may add are for sync add-ons and would carry plain values down, so they are dropped.
      const { values } = req;
      const sealedReq =
        req.type === 'put'
          ? {
              type: 'put' as const,
              trans: req.trans,
              values: values.map((v) => sealer.seal(v as Row)),
              ...(req.keys ? { keys: req.keys } : {}),
              ...(req.mutatedParts ? { mutatedParts: req.mutatedParts } : {}),
            }
          : { ...req, values: values.map((v) => sealer.seal(v as Row)) };
      return table.mutate(sealedReq);
    },
    async get(req) {
      return sealer.open(await table.get(req));
    },
    async getMany(req) {
      return (await table.getMany(req)).map((v) => sealer.open(v));
    },
    async query(req) {
      const response = await table.query({ ...req, query: translateQuery(req.query) });
      if (!req.values) return response;
      return { ...response, result: response.result.map((v) => sealer.open(v)) };
    },
    async openCursor(req) {
      const cursor = await table.openCursor({ ...req, query: translateQuery(req.query) });
      return req.values === false ? cursor : openCursor(cursor);
    },
    count(req) {
      return table.count({ ...req, query: translateQuery(req.query) });
    },
  };
}
