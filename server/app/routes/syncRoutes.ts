import type { FastifyInstance } from 'fastify';
import {
  MIN_PROTOCOL_VERSION,
  MIN_SCHEMA_VERSION,
  PROTOCOL_VERSION,
  pullRequestSchema,
  pushRequestSchema,
} from '../../../shared/sync/protocol';
import { ClientTooOld } from '../../errors/ClientTooOld';
import { Forbidden } from '../../errors/Forbidden';
import { InvalidInput } from '../../errors/InvalidInput';
import type { ValuePath } from '../limits/findUnstorableText';
import { processPull } from '../../sync/pull/processPull';
import { processPush } from '../../sync/push/processPush';
import { quarantineBatch } from '../../sync/push/quarantineBatch';
import { parseBody } from '../parseBody';
import type { ServerDeps } from '../ServerDeps';

const isNumber = (v: unknown): v is number => typeof v === 'number';

/**
 * A mutation's own content, which the input gate leaves to the push: text PostgreSQL cannot store there is
 * that one mutation's rejection (`mutation.invalidText`, kept and reported), so one bad record never blocks
 * the device's queue. Its `mutationId` is not content: the push logs it in a text column, so it is checked.
 */
const isMutationContent = (path: ValuePath) =>
  path.length === 3 && path[0] === 'mutations' && path[2] !== 'mutationId';

/** `POST /sync/v1/push` and `POST /sync/v1/pull` (docs/sync-protocol.md), behind the access token. */
export function registerSyncRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.post('/sync/v1/push', { config: { isOpaqueBodyPath: isMutationContent } }, async (request, reply) => {
    const { auth } = request;
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new InvalidInput('request.invalid', '(body)');
    const loose = body as Record<string, unknown>;
    // Version first, with a lenient look: an old client's batch may not match today's schema, and it must
    // still be kept (quarantined), never dropped.
    if (
      (isNumber(loose.protocolVersion) && loose.protocolVersion < MIN_PROTOCOL_VERSION) ||
      (isNumber(loose.schemaVersion) && loose.schemaVersion < MIN_SCHEMA_VERSION)
    ) {
      const receivedAt = new Date(deps.clock()).toISOString();
      const answer = await quarantineBatch(deps.sql, auth, loose, receivedAt, request.log);
      return reply.status(426).send(answer);
    }
    const push = parseBody(pushRequestSchema, body);
    if (push.protocolVersion > PROTOCOL_VERSION) throw new InvalidInput('client.tooNew', 'protocolVersion');
    if (push.deviceId !== auth.deviceId) throw new Forbidden('device.notYours', 'deviceId');
    return processPush(deps.sql, auth, push, new Date(deps.clock()).toISOString(), request.log);
  });

  app.post('/sync/v1/pull', async (request) => {
    const pull = parseBody(pullRequestSchema, request.body);
    if (
      (pull.protocolVersion ?? PROTOCOL_VERSION) < MIN_PROTOCOL_VERSION ||
      (pull.schemaVersion ?? MIN_SCHEMA_VERSION) < MIN_SCHEMA_VERSION
    ) {
      throw new ClientTooOld('client.tooOld');
    }
    return processPull(deps.sql, request.auth, pull, deps.signingKeys);
  });
}
