import type { SqlExecutor } from '../../db/Sql';

/**
 * One INSERT or UPDATE of a push's final write, its rows given as one array parameter per column (unnest):
 * the statement text does not grow with the number of rows. `sql` numbers its parameters from `first`.
 */
export type WritePart = { sql: (first: number) => string; params: unknown[] };

/**
 * Runs the parts as ONE statement (data-modifying CTEs): a push's records, history, mutation log, change
 * log and device row reach the database in a single round trip — the one made while every other writer
 * waits for this push's commit sequence. Parts must touch different rows (each row is written by one part).
 */
export async function runWriteParts(tx: SqlExecutor, parts: readonly WritePart[]): Promise<void> {
  if (parts.length === 0) return;
  const params: unknown[] = [];
  const statements = parts.map((part) => {
    const text = part.sql(params.length + 1);
    params.push(...part.params);
    return text;
  });
  const text =
    statements.length === 1
      ? statements[0]!
      : `WITH ${statements.map((s, i) => `w${i} AS (${s})`).join(',\n')}\nSELECT 1`;
  await tx.query(text, params);
}

/** `$first, $first+1, …` cast to the given array types, as one unnest(…) AS v(columns) source. */
export function unnestSource(first: number, columns: readonly (readonly [string, string])[]): string {
  const arrays = columns.map(([, type], i) => `$${first + i}::${type}[]`).join(', ');
  return `unnest(${arrays}) AS v(${columns.map(([name]) => name).join(', ')})`;
}
