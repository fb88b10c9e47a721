import type { PGlite } from '@electric-sql/pglite';
import { Mutex } from './Mutex';
import type { Sql, SqlExecutor, TransactionOptions } from './Sql';

const BYTEA_OID = 17;

/**
 * Bytea parameters go to PostgreSQL as they are: PGlite's bind sends any ArrayBufferView in binary format,
 * but its default bytea serializer first turns the bytes into hex text one byte at a time in JavaScript
 * (about 25 MiB/s; binary measured ~10× faster for a 1 MiB chunk). A string (bytea text input) also passes
 * through unchanged. node-postgres sends a Buffer in binary format by itself, so both storages take
 * `Uint8Array` parameters for bytea with the same SQL.
 */
const QUERY_OPTIONS = {
  // PGlite types serializers as returning strings; its bind accepts ArrayBufferView as well (binary).
  serializers: { [BYTEA_OID]: (value: unknown) => value as string },
};

function beginStatement(options: TransactionOptions | undefined): string {
  return options?.isReadOnly ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN';
}

/**
 * The Sql interface over an open PGlite. Every statement and every transaction goes through one mutex,
 * because PGlite has exactly one connection: without it, statements of two requests could interleave
 * inside one BEGIN … COMMIT and a rollback would undo the other request's work.
 */
export function wrapPglite(db: PGlite, onClose: () => void = () => undefined): Sql {
  const mutex = new Mutex();
  const direct: SqlExecutor = {
    async query<T>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<T>(text, params as unknown[], QUERY_OPTIONS);
      return result.rows;
    },
    async exec(script: string) {
      await db.exec(script);
    },
  };
  return {
    kind: 'pglite',
    query: (text, params) => mutex.run(() => direct.query(text, params)),
    exec: (script) => mutex.run(() => direct.exec(script)),
    transaction: (fn, options) =>
      mutex.run(async () => {
        let isOpen = true;
        // A handle that refuses use after the transaction ended, so a stray await cannot run outside it.
        const guard = (): void => {
          if (!isOpen) throw new Error('Transaction handle used after the transaction ended');
        };
        const tx: SqlExecutor = {
          query: (text, params) => (guard(), direct.query(text, params)),
          exec: (script) => (guard(), direct.exec(script)),
        };
        await db.exec(beginStatement(options));
        try {
          const result = await fn(tx);
          await db.exec('COMMIT');
          return result;
        } catch (error) {
          await db.exec('ROLLBACK');
          throw error;
        } finally {
          isOpen = false;
        }
      }),
    close: () =>
      mutex.run(async () => {
        try {
          await db.close();
        } finally {
          onClose();
        }
      }),
  };
}
