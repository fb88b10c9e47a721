import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { problem } from '../../shared/sync/problem';
import { loadTokenSecret } from '../auth/loadTokenSecret';
import { createTokenService } from '../auth/tokenService';
import type { Sql } from '../db/Sql';
import { silentLogger } from '../log/logger';
import type { ServerLogger } from '../log/logger';
import { systemClock } from '../util/Clock';
import type { Clock } from '../util/Clock';
import { handleError } from './handleError';
import { registerAuthenticated } from './registerAuthenticated';
import { registerCors } from './registerCors';
import { registerAuthRoutes } from './routes/authRoutes';
import { registerBlobRoutes } from './routes/blobRoutes';
import { registerHealthRoutes } from './routes/healthRoutes';
import { registerHistoryRoutes } from './routes/historyRoutes';
import { registerReviewRoutes } from './routes/reviewRoutes';
import { registerSyncRoutes } from './routes/syncRoutes';
import type { ServerDeps } from './ServerDeps';

/** Request bodies above this are refused with 413 (a push of 500 mutations fits comfortably). */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export type ServerOptions = {
  /** An opened and migrated database (see db/openSql.ts). */
  sql: Sql;
  /** pino (server/log/logger.ts); silent unless given. */
  logger?: ServerLogger;
  /** Injected in tests to move time (token expiry, throttling). */
  clock?: Clock;
};

/**
 * The court server's HTTP API as a Fastify instance (not listening yet): `inject()` it in tests or
 * `listen()` it in main.ts. Validation is zod over `unknown` bodies; Ajv is configured never to coerce or
 * strip, should a route ever declare a JSON schema. Every request gets a random id (`reqId` on each log
 * line it causes), unique across server processes behind one database.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const clock = options.clock ?? systemClock;
  const tokens = createTokenService(await loadTokenSecret(options.sql), clock);
  const deps: ServerDeps = { sql: options.sql, tokens, clock };
  const logger: FastifyBaseLogger = options.logger ?? silentLogger;
  const app = Fastify({
    loggerInstance: logger,
    genReqId: () => randomUUID(),
    bodyLimit: BODY_LIMIT_BYTES,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((_request, reply) => {
    void reply.status(404).send({ error: problem('request.notFound') });
  });
  registerCors(app, (process.env.FIELDWRIT_ALLOWED_ORIGINS ?? '').split(',').filter(Boolean));
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerAuthenticated(app, deps, (scope) => {
    registerSyncRoutes(scope, deps);
    registerBlobRoutes(scope, deps);
    registerHistoryRoutes(scope, deps);
    registerReviewRoutes(scope, deps);
  });
  return app;
}
