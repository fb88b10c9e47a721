import type { Sql, SqlExecutor } from '../db/Sql';

/** Counters run in fixed windows of 15 minutes from their first attempt. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** One account from one source address: 5 attempts that did not succeed, then that address waits. */
export const MAX_PAIR_ATTEMPTS = 5;
/** One source address over every account (password spraying from one machine). */
export const MAX_ADDRESS_ATTEMPTS = 100;
/**
 * One account over every address: past this many, attempts are spaced out by a delay that doubles from
 * one second up to a minute. Never a lockout, so nobody can shut a colleague out by failing on purpose.
 */
export const ACCOUNT_BACKOFF_FROM = 20;
export const MAX_ACCOUNT_DELAY_MS = 60_000;

/** Who tries to sign in (the normalised user name) and from where (the request's source address). */
export type LoginSource = { username: string; address: string };

export type Admission = { isAdmitted: true } | { isAdmitted: false; retryAfterSeconds: number };

type Counter = { key: string; window_start: Date; attempts: number; next_at: Date };

/** The three counters of a source, in the one order every transaction locks them in (no deadlock). */
function keysOf(source: LoginSource) {
  const pair = JSON.stringify(['pair', source.username, source.address]);
  const address = JSON.stringify(['address', source.address]);
  const account = JSON.stringify(['account', source.username]);
  return { pair, address, account, sorted: [pair, address, account].sort() };
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Counts a sign-in attempt BEFORE its password is checked, or refuses it: under row locks on the
 * source's counters, so that forty parallel requests are counted one after the other and only the first
 * five from one address get as far as a password check. The count is given back by `settleLogin` when
 * the password was right.
 */
export async function admitLoginAttempt(sql: Sql, source: LoginSource, now: number): Promise<Admission> {
  const keys = keysOf(source);
  const at = new Date(now).toISOString();
  return sql.transaction(async (tx) => {
    for (const key of keys.sorted) {
      await tx.query(
        `INSERT INTO login_counter (key, window_start, attempts, next_at)
         VALUES ($1, $2::timestamptz, 0, $2::timestamptz) ON CONFLICT (key) DO NOTHING`,
        [key, at],
      );
    }
    const rows = await tx.query<Counter>(
      `SELECT key, window_start, attempts, next_at FROM login_counter WHERE key IN ($1, $2, $3)
       ORDER BY key FOR UPDATE`,
      keys.sorted,
    );
    const current = new Map(
      rows.map((row) => {
        const isExpired = row.window_start.getTime() + LOGIN_WINDOW_MS <= now;
        const windowStart = isExpired ? now : row.window_start.getTime();
        return [
          row.key,
          { windowStart, attempts: isExpired ? 0 : row.attempts, nextAt: row.next_at.getTime() },
        ];
      }),
    );
    const pair = current.get(keys.pair)!;
    const address = current.get(keys.address)!;
    const account = current.get(keys.account)!;
    if (pair.attempts >= MAX_PAIR_ATTEMPTS)
      return { isAdmitted: false, retryAfterSeconds: seconds(pair.windowStart + LOGIN_WINDOW_MS - now) };
    if (address.attempts >= MAX_ADDRESS_ATTEMPTS)
      return { isAdmitted: false, retryAfterSeconds: seconds(address.windowStart + LOGIN_WINDOW_MS - now) };
    if (account.attempts >= ACCOUNT_BACKOFF_FROM && now < account.nextAt)
      return { isAdmitted: false, retryAfterSeconds: seconds(account.nextAt - now) };
    for (const key of keys.sorted) {
      const counter = current.get(key)!;
      const attempts = counter.attempts + 1;
      const over = key === keys.account ? attempts - ACCOUNT_BACKOFF_FROM : 0;
      const delay = over > 0 ? Math.min(1000 * 2 ** (over - 1), MAX_ACCOUNT_DELAY_MS) : 0;
      await tx.query(
        `UPDATE login_counter SET window_start = $2::timestamptz, attempts = $3, next_at = $4::timestamptz
         WHERE key = $1`,
        [key, new Date(counter.windowStart).toISOString(), attempts, new Date(now + delay).toISOString()],
      );
    }
    return { isAdmitted: true };
  });
}

/**
 * A right password gives its attempt back: the account and address counters lose one, and the pair
 * starts again from zero (the officer who mistyped twice is not a step closer to a wait).
 */
export async function settleLogin(db: SqlExecutor, source: LoginSource): Promise<void> {
  const keys = keysOf(source);
  for (const key of keys.sorted) {
    await db.query(
      key === keys.pair
        ? 'UPDATE login_counter SET attempts = 0 WHERE key = $1'
        : 'UPDATE login_counter SET attempts = GREATEST(attempts - 1, 0) WHERE key = $1',
      [key],
    );
  }
}

/** One sign-in attempt in the log the administrator reads (who, from where, when, whether it worked). */
export async function recordLoginAttempt(
  db: SqlExecutor,
  source: LoginSource,
  now: number,
  isSuccess: boolean,
): Promise<void> {
  await db.query(
    `INSERT INTO login_attempt (username, attempted_at, is_success, address)
     VALUES ($1, $2::timestamptz, $3, $4)`,
    [source.username, new Date(now).toISOString(), isSuccess, source.address],
  );
}
