import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../app/HttpError';
import { createErrorHandler } from '../app/handleError';
import type { Logger } from '../log/logger';
import { blobMessages, isBlobCode } from './blobMessages';

/** Parser failures of a chunk body, told in blob terms ("send smaller chunks", not "smaller batches"). */
function asChunkError(error: FastifyError | Error, request: FastifyRequest): FastifyError | Error {
  if (request.method !== 'PATCH') return error;
  const code = (error as FastifyError).code;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new HttpError(413, 'blob.chunkTooLarge');
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new HttpError(415, 'blob.chunkMediaType');
  return error;
}

/**
 * The error handler of the blob routes' scope: answers the blob codes with their own bilingual texts (the
 * shared protocol catalogue does not know them); everything else goes to the server-wide handler, so auth
 * errors and 503s look the same on every route.
 */
export function createBlobErrorHandler(logger: Logger) {
  const general = createErrorHandler(logger);
  return (raw: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void => {
    const error = asChunkError(raw, request);
    if (!(error instanceof HttpError) || !isBlobCode(error.code)) {
      general(error, request, reply);
      return;
    }
    if (error.options.headers) void reply.headers(error.options.headers);
    const path = error.options.path;
    void reply.status(error.statusCode).send({
      ...error.options.body,
      error: { code: error.code, message: blobMessages[error.code], ...(path === undefined ? {} : { path }) },
    });
  };
}
