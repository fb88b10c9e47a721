import { DomainError } from './DomainError';

/** More than the server accepts (a file over the blob limit, a chunk over the chunk limit). */
export class TooLarge extends DomainError {
  readonly kind = 'tooLarge';
}
