import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { problem } from '../../shared/sync/problem';
import { loadTokenSecret } from '../auth/loadTokenSecret';
import { createTokenService } from '../auth/tokenService';
import type { Sql } from '../db/Sql';
import { silentLogger } from '../log/logger';
import type { Logger } from '../log/logger';
import { systemClock } from '../util/Clock';
import type { Clock } from '../util/Clock';
import { createErrorHandler } from './handleError';
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
  logger?: Logger;
  /** Injected in tests to move time (token expiry, throttling). */
  clock?: Clock;
};

/**
 * The court server's HTTP API as a Fastify instance (not listening yet): `inject()` it in tests or
 * `listen()` it in main.ts. Validation is zod over `unknown` bodies; Ajv is configured never to coerce or
 * strip, should a route ever declare a JSON schema.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? systemClock;
  const tokens = createTokenService(await loadTokenSecret(options.sql), clock);
  const deps: ServerDeps = { sql: options.sql, tokens, clock, logger };
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
  });
  app.setErrorHandler(createErrorHandler(logger));
  app.setNotFoundHandler((_request, reply) => {
    void reply.status(404).send({ error: problem('request.notFound') });
  });
  registerCors(app, (process.env.FIELDWRIT_ALLOWED_ORIGINS ?? '').split(',').filter(Boolean));
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerSyncRoutes(app, deps);
  registerBlobRoutes(app, deps);
  registerHistoryRoutes(app, deps);
  registerReviewRoutes(app, deps);
  return app;
}
