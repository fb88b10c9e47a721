import type { FastifyInstance } from 'fastify';
import {
  MIN_PROTOCOL_VERSION,
  MIN_SCHEMA_VERSION,
  PROTOCOL_VERSION,
  pullRequestSchema,
  pushRequestSchema,
} from '../../../shared/sync/protocol';
import { authenticate } from '../../auth/authenticate';
import { processPull } from '../../sync/processPull';
import { processPush } from '../../sync/processPush';
import { quarantineBatch } from '../../sync/quarantineBatch';
import { HttpError } from '../HttpError';
import { parseBody } from '../parseBody';
import type { ServerDeps } from '../ServerDeps';

const isNumber = (v: unknown): v is number => typeof v === 'number';

/** `POST /sync/v1/push` and `POST /sync/v1/pull` (docs/sync-protocol.md). */
export function registerSyncRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.post('/sync/v1/push', async (request, reply) => {
    const auth = await authenticate(deps.sql, deps.tokens, request.headers.authorization);
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new HttpError(400, 'request.invalid', { path: '(body)' });
    const loose = body as Record<string, unknown>;
    // Version first, with a lenient look: an old client's batch may not match today's schema, and it must
    // still be kept (quarantined), never dropped.
    if (
      (isNumber(loose.protocolVersion) && loose.protocolVersion < MIN_PROTOCOL_VERSION) ||
      (isNumber(loose.schemaVersion) && loose.schemaVersion < MIN_SCHEMA_VERSION)
    ) {
      const answer = await quarantineBatch(deps.sql, auth, loose, new Date(deps.clock()).toISOString());
      return reply.status(426).send(answer);
    }
    const push = parseBody(pushRequestSchema, body);
    if (push.protocolVersion > PROTOCOL_VERSION)
      throw new HttpError(400, 'client.tooNew', { path: 'protocolVersion' });
    if (push.deviceId !== auth.deviceId) throw new HttpError(403, 'device.notYours', { path: 'deviceId' });
    return processPush(deps.sql, auth, push, new Date(deps.clock()).toISOString(), deps.logger);
  });

  app.post('/sync/v1/pull', async (request) => {
    const auth = await authenticate(deps.sql, deps.tokens, request.headers.authorization);
    const pull = parseBody(pullRequestSchema, request.body);
    if (
      (pull.protocolVersion ?? PROTOCOL_VERSION) < MIN_PROTOCOL_VERSION ||
      (pull.schemaVersion ?? MIN_SCHEMA_VERSION) < MIN_SCHEMA_VERSION
    ) {
      throw new HttpError(426, 'client.tooOld');
    }
    return processPull(deps.sql, auth, pull);
  });
}
