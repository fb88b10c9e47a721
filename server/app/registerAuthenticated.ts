import type { FastifyInstance, FastifyRequest } from 'fastify';
import { assert } from '../../shared/util/assert';
import { authenticate } from '../auth/authenticate';
import type { AuthContext } from '../auth/authenticate';
import type { ServerDeps } from './ServerDeps';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- Fastify's request is extended by declaration merging, which needs an interface
  interface FastifyRequest {
    /**
     * Who is calling, on a route registered through `registerAuthenticated`. Reading it on any other route
     * is a defect and throws, rather than answering as nobody.
     */
    readonly auth: AuthContext;
    /** Where `auth` is kept: null until the authentication hook has run. */
    authContext: AuthContext | null;
  }
}

/**
 * Registers the routes that need a caller behind the Bearer access token, as one encapsulated plugin: a
 * single `preHandler` authenticates every request of its scope (and only of its scope: `/health` and
 * `/auth/v1/login` and `/auth/v1/refresh` stay open) and keeps the caller on `request.auth`. preHandler, not onRequest, so a malformed,
 * oversized or unparseable body is answered 400/413/415 before the token is looked at, as it always was.
 * The caller is decorated as a getter over a `null` holder: Fastify 5 refuses a shared object as a
 * request decoration's initial value.
 */
export function registerAuthenticated(
  app: FastifyInstance,
  deps: ServerDeps,
  routes: (scope: FastifyInstance) => void,
): void {
  app.decorateRequest('authContext', null);
  app.decorateRequest('auth', {
    getter(this: FastifyRequest): AuthContext {
      assert(this.authContext !== null, `${this.url} reads the caller but is not an authenticated route`);
      return this.authContext;
    },
  });
  void app.register(async (scope) => {
    scope.addHook('preHandler', async (request) => {
      request.authContext = await authenticate(deps.sql, deps.tokens, request.headers.authorization);
    });
    routes(scope);
  });
}
