import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { problem } from '../../shared/sync/problem';
import { isTransientDbError } from '../db/isTransientDbError';
import type { Logger } from '../log/logger';
import { HttpError } from './HttpError';

/** Seconds a client waits before retrying after a transient failure. */
export const RETRY_AFTER_SECONDS = 2;

const FASTIFY_CODES: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'request.malformedJson' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'request.malformedJson' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'request.tooLarge' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'request.unsupportedMediaType' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'request.invalid' },
};

/**
 * Every error leaves as `{ error: { code, message: { zh-CN, en }, path? } }`. Bad input is always 4xx;
 * a database hiccup is 503 with Retry-After (the client resends the same batch); only a defect is 500.
 */
export function createErrorHandler(logger: Logger) {
  return (error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void => {
    if (error instanceof HttpError) {
      if (error.options.headers) void reply.headers(error.options.headers);
      void reply
        .status(error.statusCode)
        .send({ ...error.options.body, error: problem(error.code, error.options.path) });
      return;
    }
    const fastifyError = error as FastifyError;
    const known = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
    if (known) {
      void reply.status(known.status).send({ error: problem(known.code) });
      return;
    }
    // The JSON parser reports syntax and prototype-poisoning errors as a 400 SyntaxError.
    if (error instanceof SyntaxError || fastifyError.statusCode === 400) {
      void reply.status(400).send({ error: problem('request.malformedJson') });
      return;
    }
    if (
      typeof fastifyError.statusCode === 'number' &&
      fastifyError.statusCode >= 400 &&
      fastifyError.statusCode < 500
    ) {
      void reply.status(fastifyError.statusCode).send({ error: problem('request.invalid') });
      return;
    }
    if (isTransientDbError(error)) {
      logger.warn('request.transientFailure', { url: request.url, message: error.message });
      void reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({ error: problem('server.unavailable') });
      return;
    }
    logger.error('request.failed', { url: request.url, message: error.message, stack: error.stack });
    void reply
      .status(500)
      .header('retry-after', String(RETRY_AFTER_SECONDS))
      .send({ error: problem('server.unavailable') });
  };
}
