import type { FastifyInstance } from 'fastify';
import { changePasswordRequestSchema } from '../../../shared/auth/authProtocol';
import type { LogoutResponse } from '../../../shared/auth/authProtocol';
import { changePassword } from '../../auth/changePassword';
import { logout } from '../../auth/logout';
import { parseBody } from '../parseBody';
import type { ServerDeps } from '../ServerDeps';
import { noStore } from './authRoutes';

/**
 * The signed-in user's own session (registered in the authenticated scope): `POST /auth/v1/logout` ends
 * the calling device's session; `POST /auth/v1/password` changes the password (the current one required)
 * and ends every other session.
 */
export function registerSessionRoutes(scope: FastifyInstance, deps: ServerDeps): void {
  scope.post('/auth/v1/logout', async (request): Promise<LogoutResponse> => {
    await logout(deps.sql, request.auth.deviceId, deps.clock());
    return { isSignedOut: true };
  });
  scope.post('/auth/v1/password', async (request, reply) => {
    const body = parseBody(changePasswordRequestSchema, request.body);
    noStore(reply);
    return changePassword(deps.sql, deps.tokens, deps.clock, request.auth, body, request.ip);
  });
}
