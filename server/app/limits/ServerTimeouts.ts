/** How long the server waits on a client (milliseconds); loadServerConfig reads them from the environment. */
export type ServerTimeouts = {
  /** A whole request, headers and body, must arrive within this (a body trickled in is cut off). */
  requestMs: number;
  /** A connection silent this long is closed. */
  idleMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveMs: number;
};

/**
 * A push of 2 MB over a slow field connection (a few hundred kbit/s) takes well under a minute; a client
 * trickling bytes to hold a connection open is cut off after it.
 */
export const DEFAULT_SERVER_TIMEOUTS: ServerTimeouts = {
  requestMs: 60_000,
  idleMs: 30_000,
  keepAliveMs: 5_000,
};

/**
 * Fastify's options for the timeouts. Node checks request deadlines on an interval (30 s by default);
 * it is set to a fraction of the request timeout so a short timeout is kept to, not rounded up.
 */
export function timeoutOptions(timeouts: ServerTimeouts) {
  const check = Math.max(100, Math.min(1_000, Math.floor(timeouts.requestMs / 4)));
  return {
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.idleMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    http: {
      connectionsCheckingInterval: check,
      headersTimeout: timeouts.requestMs,
      requestTimeout: timeouts.requestMs,
    },
  };
}
