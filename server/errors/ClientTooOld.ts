import { DomainError } from './DomainError';

/** An app too old for this server: it must be updated before it syncs again. */
export class ClientTooOld extends DomainError {
  readonly kind = 'clientTooOld';
}
