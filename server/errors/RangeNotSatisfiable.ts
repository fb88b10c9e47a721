import { DomainError } from './DomainError';

/** A byte range outside the blob, reversed, malformed or listing several ranges; `size` is the blob's. */
export class RangeNotSatisfiable extends DomainError {
  readonly kind = 'rangeNotSatisfiable';

  constructor(
    code: string,
    readonly size: number,
  ) {
    super(code);
  }
}
