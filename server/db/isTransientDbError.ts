/**
 * SQLSTATE classes and codes after which the same request can succeed when retried: lost connections,
 * serialisation failures, deadlocks, the database shutting down or out of resources. Anything else is
 * either bad input (answered 4xx) or a defect.
 */
const TRANSIENT_CODES = new Set([
  '40001',
  '40P01',
  '55P03',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '53000',
  '53100',
  '53200',
]);
const TRANSIENT_CLASSES = ['08'];
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);

/** True when a database error is worth retrying (HTTP 503 + Retry-After rather than a rejection). */
export function isTransientDbError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (TRANSIENT_CODES.has(code) || NETWORK_CODES.has(code)) return true;
    if (code.length === 5 && TRANSIENT_CLASSES.includes(code.slice(0, 2))) return true;
  }
  const message = (error as { message?: unknown }).message;
  // node-postgres reports a dropped socket without a SQLSTATE.
  return (
    typeof message === 'string' &&
    /Connection terminated|connection is closed|Client has encountered a connection error/i.test(message)
  );
}
