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
import { startCheckpointTimer } from '../history/checkpoint/startCheckpointTimer';
import { ephemeralKeyRing } from '../history/signing/ephemeralKeyRing';
import type { SigningKeyRing } from '../history/signing/SigningKeyRing';
import { handleError } from './handleError';
import { answerFrameworkError } from './limits/answerFrameworkError';
import { DEFAULT_RATE_LIMITS } from './limits/RateLimits';
import type { RateLimits } from './limits/RateLimits';
import { registerInputGuard } from './limits/registerInputGuard';
import { registerRateLimits } from './limits/registerRateLimits';
import { registerSecurityHeaders } from './limits/registerSecurityHeaders';
import { DEFAULT_SERVER_TIMEOUTS, timeoutOptions } from './limits/ServerTimeouts';
import type { ServerTimeouts } from './limits/ServerTimeouts';
import { registerAuthenticated } from './registerAuthenticated';
import { registerCors } from './registerCors';
import { registerAuthRoutes } from './routes/authRoutes';
import { registerBlobRoutes } from './routes/blobRoutes';
import { registerHealthRoutes } from './routes/healthRoutes';
import { registerHistoryRoutes } from './routes/historyRoutes';
import { registerReviewRoutes } from './routes/reviewRoutes';
import { registerSessionRoutes } from './routes/sessionRoutes';
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
  /** The court's signing keys (loadSigningKeyRing); a key living only in this process unless given. */
  signingKeys?: SigningKeyRing;
  /** When given, a signed checkpoint of every chain head is published at this interval. */
  checkpointIntervalMs?: number;
  /** Per-device and per-address request limits (server/app/limits/RateLimits.ts); defaults unless given. */
  rateLimits?: Partial<RateLimits>;
  /** How long a client may take (server/app/limits/ServerTimeouts.ts); defaults unless given. */
  timeouts?: Partial<ServerTimeouts>;
  /** Reverse proxies whose X-Forwarded-For is believed (`request.ip`, the sign-in throttle); none unless given. */
  trustedProxies?: string[];
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
  const signingKeys = options.signingKeys ?? ephemeralKeyRing(new Date(clock()).toISOString());
  const deps: ServerDeps = { sql: options.sql, tokens, clock, signingKeys };
  const logger: FastifyBaseLogger = options.logger ?? silentLogger;
  const app = Fastify({
    loggerInstance: logger,
    genReqId: () => randomUUID(),
    bodyLimit: BODY_LIMIT_BYTES,
    onProtoPoisoning: 'error',
    trustProxy: options.trustedProxies?.length ? options.trustedProxies : false,
    onConstructorPoisoning: 'error',
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
    ...timeoutOptions({ ...DEFAULT_SERVER_TIMEOUTS, ...options.timeouts }),
    frameworkErrors: answerFrameworkError,
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((_request, reply) => {
    void reply.status(404).send({ error: problem('request.notFound') });
  });
  registerCors(app, (process.env.FIELDWRIT_ALLOWED_ORIGINS ?? '').split(',').filter(Boolean));
  // Before any route: the input gate, the limits and the headers apply to every route and scope.
  registerInputGuard(app);
  await registerSecurityHeaders(app);
  await registerRateLimits(app, { ...DEFAULT_RATE_LIMITS, ...options.rateLimits }, clock);
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerAuthenticated(app, deps, (scope) => {
    registerSyncRoutes(scope, deps);
    registerBlobRoutes(scope, deps);
    registerHistoryRoutes(scope, deps);
    registerReviewRoutes(scope, deps);
    registerSessionRoutes(scope, deps);
  });
  if (options.checkpointIntervalMs !== undefined) {
    const stop = startCheckpointTimer({ ...deps, keys: signingKeys, logger }, options.checkpointIntervalMs);
    app.addHook('onClose', async () => stop());
  }
  return app;
}
