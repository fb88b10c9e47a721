/** A result row as the driver returns it (int8 already turned into number, timestamptz into Date). */
export type Row = Record<string, unknown>;

/** What code inside and outside a transaction can run. */
export type SqlExecutor = {
  /** One parameterised statement ($1, $2, …); returns its rows. */
  query<T = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** A script of several statements without parameters (migrations, resets). */
  exec(script: string): Promise<void>;
};

export type TransactionOptions = {
  /**
   * A read-only transaction on one consistent snapshot (REPEATABLE READ): a pull sees whole commits only,
   * never half of a push that commits while it reads.
   */
  isReadOnly?: boolean;
};

/**
 * The court server's whole view of its database. Two implementations run the SAME SQL: embedded PGlite
 * (one connection, transactions serialised in-process) and PostgreSQL through a pool.
 */
export type Sql = SqlExecutor & {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction: COMMIT when it resolves, ROLLBACK when it throws (the error is rethrown).
   * Use only `tx` inside `fn`: calling the outer Sql from inside would wait for the transaction itself.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
};
