import { keyRingFrom, type SigningKeyRing } from './SigningKeyRing';
import { readSigningKeyFile } from './signingKeyFile';

/** The server's keys from its key file (throws SigningKeyFileError with what to run when it is missing). */
export function loadSigningKeyRing(path: string): SigningKeyRing {
  return keyRingFrom(readSigningKeyFile(path));
}
