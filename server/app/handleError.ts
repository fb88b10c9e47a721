import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isTransientDbError } from '../db/isTransientDbError';
import { DomainError } from '../errors/DomainError';
import { domainErrorAnswer } from './domainErrorAnswer';
import { problemFor } from './problemFor';

/** Seconds a client waits before retrying after a transient failure. */
export const RETRY_AFTER_SECONDS = 2;

/** Codes a route gives its body parser's refusals instead of the general ones (the blob chunk's). */
export type BodyErrorCodes = { tooLarge: string; unsupportedMediaType: string };

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- Fastify's route config is extended by declaration merging, which needs an interface
  interface FastifyContextConfig {
    /** Set on a route whose body is not JSON, so a refused body is told in that route's terms. */
    bodyErrorCodes?: BodyErrorCodes;
  }
}

const FASTIFY_CODES: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'request.malformedJson' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'request.malformedJson' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'request.tooLarge' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'request.unsupportedMediaType' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'request.invalid' },
};

/** A refusal by Fastify's body parsing, in the route's own terms when it has them. */
function parserRefusal(request: FastifyRequest, fastifyCode: string | undefined) {
  const known = fastifyCode === undefined ? undefined : FASTIFY_CODES[fastifyCode];
  if (!known) return undefined;
  const own = request.routeOptions.config.bodyErrorCodes;
  if (own && fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') return { ...known, code: own.tooLarge };
  if (own && fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return { ...known, code: own.unsupportedMediaType };
  return known;
}

/**
 * The court server's one error handler. Every error leaves as `{ error: { code, message: { zh-CN, en },
 * path? } }`: a domain refusal (server/errors) with the status of its kind, a refused body with its parser
 * code; bad input is always 4xx; a database hiccup is 503 with Retry-After (the client resends the same
 * batch); only a defect is 500, logged with the request's id.
 */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof DomainError) {
    const answer = domainErrorAnswer(error);
    void reply
      .headers(answer.headers)
      .status(answer.status)
      .send({ ...answer.body, error: problemFor(error.code, error.path) });
    return;
  }
  const fastifyError = error as FastifyError;
  const refused = parserRefusal(request, fastifyError.code);
  if (refused) {
    void reply.status(refused.status).send({ error: problemFor(refused.code) });
    return;
  }
  // The JSON parser reports syntax and prototype-poisoning errors as a 400 SyntaxError.
  if (error instanceof SyntaxError || fastifyError.statusCode === 400) {
    void reply.status(400).send({ error: problemFor('request.malformedJson') });
    return;
  }
  if (
    typeof fastifyError.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    void reply.status(fastifyError.statusCode).send({ error: problemFor('request.invalid') });
    return;
  }
  if (isTransientDbError(error)) {
    request.log.warn({ url: request.url, err: error }, 'request.transientFailure');
    void reply
      .status(503)
      .header('retry-after', String(RETRY_AFTER_SECONDS))
      .send({ error: problemFor('server.unavailable') });
    return;
  }
  request.log.error({ url: request.url, err: error }, 'request.failed');
  void reply
    .status(500)
    .header('retry-after', String(RETRY_AFTER_SECONDS))
    .send({ error: problemFor('server.unavailable') });
}
