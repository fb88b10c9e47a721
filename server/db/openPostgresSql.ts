import pg from 'pg';
import type { Sql, SqlExecutor, TransactionOptions } from './Sql';
import type { Logger } from '../log/logger';

const INT8_OID = 20;

/**
 * PostgreSQL through a connection pool: real concurrent transactions. int8 columns (commit sequences)
 * come back as numbers like PGlite's, so the rest of the server sees one shape.
 */
export function openPostgresSql(connectionString: string, logger: Logger, poolSize = 10): Sql {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection dropped by the database must not crash the server; the next query reconnects.
  pool.on('error', (error) => logger.warn({ err: error }, 'postgres.idleClientError'));

  const run = async <T>(client: pg.Pool | pg.PoolClient, text: string, params: readonly unknown[]) =>
    (await client.query(text, params as unknown[])).rows as T[];

  return {
    kind: 'postgres',
    query: (text, params = []) => run(pool, text, params),
    exec: async (script) => {
      await pool.query(script);
    },
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, options?: TransactionOptions) {
      const client = await pool.connect();
      let isOpen = true;
      const guard = (): void => {
        if (!isOpen) throw new Error('Transaction handle used after the transaction ended');
      };
      const tx: SqlExecutor = {
        query: (text, params = []) => (guard(), run(client, text, params)),
        exec: async (script) => {
          guard();
          await client.query(script);
        },
      };
      let brokenConnection: Error | undefined;
      try {
        await client.query(options?.isReadOnly ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // The connection itself is gone: do not return it to the pool.
          brokenConnection = rollbackError as Error;
        }
        throw error;
      } finally {
        isOpen = false;
        client.release(brokenConnection);
      }
    },
    close: () => pool.end(),
  };
}
