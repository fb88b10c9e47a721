import { uuidv7 } from '../../shared/ids/uuidv7';

/** A time-ordered id made on this device (UUIDv7). */
export function newId(): string {
  return uuidv7(Date.now(), crypto.getRandomValues(new Uint8Array(10)));
}
