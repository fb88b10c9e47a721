import type { PGlite } from '@electric-sql/pglite';
import { Mutex } from './Mutex';
import { isBinaryQuery, pgliteBinaryQuery } from './pgliteBinaryQuery';
import type { Sql, SqlExecutor, TransactionOptions } from './Sql';

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
      // Bytes (bytea parameters) go in binary format, as node-postgres sends a Buffer, so both storages take
      // `Uint8Array` parameters with the same SQL. PGlite's own default would turn them into hex text one
      // byte at a time in JavaScript (measured ~25 MiB/s).
      if (isBinaryQuery(params)) return pgliteBinaryQuery<T>(db, text, params);
      const result = await db.query<T>(text, params as unknown[]);
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
