import { fastifyRateLimit } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Throttled } from '../../errors/Throttled';
import type { Clock } from '../../util/Clock';
import { clockedRateStore } from './clockedRateStore';
import type { RateLimits } from './RateLimits';

type Limited = { method: string; url: string; limit: keyof RateLimits; key: 'device' | 'address' };

/** The limited routes, found by method and URL as they are declared (no route module has to know). */
const LIMITED_ROUTES: readonly Limited[] = [
  { method: 'POST', url: '/sync/v1/push', limit: 'push', key: 'device' },
  { method: 'POST', url: '/sync/v1/pull', limit: 'pull', key: 'device' },
  { method: 'POST', url: '/sync/v1/blobs', limit: 'uploadReservation', key: 'device' },
  { method: 'POST', url: '/auth/v1/refresh', limit: 'refresh', key: 'address' },
];

const deviceKey = (request: FastifyRequest) => `device:${request.authContext?.deviceId ?? request.ip}`;
const addressKey = (request: FastifyRequest) => `address:${request.ip}`;

/**
 * Rate limits (@fastify/rate-limit, counted on the server's clock) on push, pull, upload reservation —
 * per signed-in device, checked in preHandler after the scope's authentication hook has named the device —
 * and on token refresh, per source address, checked on arrival before the body is read. Over the limit
 * is `request.rateLimited` (429, Retry-After in seconds, the problem shape). Registered on the root before
 * any route, so its onRoute hook sees every route.
 */
export async function registerRateLimits(
  app: FastifyInstance,
  limits: RateLimits,
  clock: Clock,
): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: false,
    store: clockedRateStore(clock),
    errorResponseBuilder: (_request, context) =>
      new Throttled('request.rateLimited', Math.max(1, Math.ceil(context.ttl / 1000))),
  });
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const limited = LIMITED_ROUTES.find((l) => l.url === route.url && methods.includes(l.method));
    if (!limited) return;
    const { max, windowMs } = limits[limited.limit];
    const isDevice = limited.key === 'device';
    const handler = app.rateLimit({
      max,
      timeWindow: windowMs,
      keyGenerator: isDevice ? deviceKey : addressKey,
    });
    const hook = isDevice ? 'preHandler' : 'onRequest';
    const existing = route[hook];
    route[hook] = [
      ...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]),
      handler,
    ];
  });
}
