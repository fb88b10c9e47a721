import type { DomainError, DomainErrorKind } from '../errors/DomainError';
import { RangeNotSatisfiable } from '../errors/RangeNotSatisfiable';
import { StateConflict } from '../errors/StateConflict';
import { Throttled } from '../errors/Throttled';
import { UploadOffsetConflict } from '../errors/UploadOffsetConflict';
import { UPLOAD_OFFSET_HEADER } from '../../shared/sync/blobProtocol';

/** The HTTP status of every kind of domain refusal: the only place the domain meets HTTP. */
export const DOMAIN_ERROR_STATUS = {
  invalidInput: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  stateConflict: 409,
  uploadOffsetConflict: 409,
  tooLarge: 413,
  unsupportedMediaType: 415,
  rangeNotSatisfiable: 416,
  contentMismatch: 422,
  clientTooOld: 426,
  throttled: 429,
} as const satisfies Record<DomainErrorKind, number>;

/** How a domain refusal is answered: status, the headers its facts travel in, and members beside `error`. */
export type DomainErrorAnswer = {
  status: number;
  headers: Record<string, string>;
  body: Record<string, number>;
};

export function domainErrorAnswer(error: DomainError): DomainErrorAnswer {
  const answer: DomainErrorAnswer = { status: DOMAIN_ERROR_STATUS[error.kind], headers: {}, body: {} };
  if (error instanceof Throttled) answer.headers['retry-after'] = String(error.retryAfterSeconds);
  if (error instanceof RangeNotSatisfiable) answer.headers['content-range'] = `bytes */${error.size}`;
  if (error instanceof UploadOffsetConflict) {
    // The real offset in the header (what the uploader reads) and in the body.
    answer.headers[UPLOAD_OFFSET_HEADER] = String(error.offset);
    answer.body.offset = error.offset;
  }
  if (error instanceof StateConflict) Object.assign(answer.body, error.details);
  return answer;
}
