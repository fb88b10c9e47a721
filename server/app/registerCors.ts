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
 * CORS for the app's origins. The API is authenticated with Bearer tokens (no cookies), so credentials are
 * not allowed; preflights are answered here and cached for ten minutes.
 */
export function registerCors(app: FastifyInstance, extraOrigins: readonly string[] = []): void {
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || !isAllowedOrigin(origin, extraOrigins)) return;
    void reply.header('access-control-allow-origin', origin);
    void reply.header('vary', 'Origin');
    void reply.header('access-control-expose-headers', 'Upload-Offset, Content-Range, Retry-After');
    if (request.method === 'OPTIONS') {
      void reply.header('access-control-allow-methods', 'GET, HEAD, POST, PATCH, OPTIONS');
      void reply.header(
        'access-control-allow-headers',
        'authorization, content-type, upload-offset, chunk-sha256, range',
      );
      void reply.header('access-control-max-age', '600');
      await reply.status(204).send();
    }
  });
}
