import type { FastifyInstance } from 'fastify';
import { loginRequestSchema, refreshRequestSchema } from '../../../shared/auth/authProtocol';
import { login } from '../../auth/login';
import { refreshSession } from '../../auth/refreshSession';
import { parseBody } from '../parseBody';
import type { ServerDeps } from '../ServerDeps';

/** `POST /auth/v1/login` and `POST /auth/v1/refresh` (docs/sync-protocol.md, "Auth"). */
export function registerAuthRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.post('/auth/v1/login', async (request) => {
    const body = parseBody(loginRequestSchema, request.body);
    return login(deps.sql, deps.tokens, deps.clock, body);
  });
  app.post('/auth/v1/refresh', async (request) => {
    const body = parseBody(refreshRequestSchema, request.body);
    return refreshSession(deps.sql, deps.tokens, deps.clock, body);
  });
}
