import type { FastifyInstance, FastifyReply } from 'fastify';
import { loginRequestSchema, refreshRequestSchema } from '../../../shared/auth/authProtocol';
import { login } from '../../auth/login';
import { refreshSession } from '../../auth/refreshSession';
import { parseBody } from '../parseBody';
import type { ServerDeps } from '../ServerDeps';

/**
 * Answers that carry tokens are never kept by a browser, proxy or the app's HTTP cache: a token left in a
 * cache is a session anyone with the disk can take.
 */
export function noStore(reply: FastifyReply): void {
  void reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
}

/**
 * `POST /auth/v1/login` and `POST /auth/v1/refresh` (docs/sync-protocol.md, "Auth"), open to callers
 * without a token. The sign-in is throttled by the request's source address (`request.ip`: the peer, or
 * the client a trusted reverse proxy names).
 */
export function registerAuthRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.post('/auth/v1/login', async (request, reply) => {
    const body = parseBody(loginRequestSchema, request.body);
    noStore(reply);
    return login(deps.sql, deps.tokens, deps.clock, body, request.ip);
  });
  app.post('/auth/v1/refresh', async (request, reply) => {
    const body = parseBody(refreshRequestSchema, request.body);
    noStore(reply);
    return refreshSession(deps.sql, deps.tokens, deps.clock, body);
  });
}
