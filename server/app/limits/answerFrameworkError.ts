import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { problemFor } from '../problemFor';

/**
 * Fastify's own refusals made before a route is even found (a URL that does not decode, e.g. `%C0%AF`),
 * which bypass the error handler: answered in the problem shape like every other 400.
 */
export function answerFrameworkError(
  _error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  void reply.status(400).send({ error: problemFor('request.invalid') });
}
