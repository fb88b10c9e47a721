import { fastifyHelmet } from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every answer (@fastify/helmet, set for a JSON API rather than for pages): nothing
 * may be framed, sniffed into another type, or leak a referrer, and no answer is a page that could run
 * script (`default-src 'none'`). Answers are `Cache-Control: no-store` unless a route says otherwise (a
 * stored blob is immutable and cacheable): tokens and case data must not sit in a proxy or disk cache.
 * CORS stays with registerCors (cross-origin resource policy is not what decides who may read).
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"] },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
  });
}
