import { fastifyCors } from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/**
 * Origins the app runs on: the desktop shell's `app://fieldwrit`, and the browser build served from the
 * officer's own machine. A court that serves the browser build from elsewhere lists its origin in
 * FIELDWRIT_ALLOWED_ORIGINS (comma-separated). Anything else gets no CORS headers, so browsers refuse it.
 */
export function isAllowedOrigin(origin: string, extra: readonly string[]): boolean {
  if (origin === 'app://fieldwrit' || extra.includes(origin)) return true;
  return /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?$/.test(origin);
}

/**
 * CORS for the app's origins (@fastify/cors, with `isAllowedOrigin` deciding). The API is authenticated
 * with Bearer tokens (no cookies), so credentials are not allowed; preflights are answered in the
 * `onRequest` hook — before authentication, as browsers send them without the token — and cached for ten
 * minutes. The resumable upload's headers are allowed and exposed. `strictPreflight` is off: an OPTIONS
 * request from an allowed origin is answered like a preflight even without Access-Control-Request-Method,
 * as the server always did.
 */
export function registerCors(app: FastifyInstance, extraOrigins: readonly string[] = []): void {
  void app.register(fastifyCors, {
    origin: (origin, callback) =>
      callback(null, origin !== undefined && isAllowedOrigin(origin, extraOrigins)),
    methods: 'GET, HEAD, POST, PATCH, OPTIONS',
    allowedHeaders: 'authorization, content-type, upload-offset, chunk-sha256, range',
    exposedHeaders: 'Upload-Offset, Content-Range, Retry-After',
    maxAge: 600,
    credentials: false,
    strictPreflight: false,
  });
}
