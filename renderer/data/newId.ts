import { uuidv7 } from '../../shared/ids/uuidv7';
import { appClock } from '../../shared/time/appClock';

/** A time-ordered id made on this device (UUIDv7). */
export function newId(): string {
  return uuidv7(appClock.now(), crypto.getRandomValues(new Uint8Array(10)));
}
