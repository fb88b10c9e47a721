import { newSigningKey } from './newSigningKey';
import { keyRingFrom, type SigningKeyRing } from './SigningKeyRing';
import { SIGNING_KEY_FILE_FORMAT } from './signingKeyFile';

/**
 * A key that lives only in this process: for servers built in tests. Its signatures cannot be verified
 * after the process ends, so the real server always loads its key file (loadSigningKeyRing).
 */
export function ephemeralKeyRing(createdAt = '1970-01-01T00:00:00.000Z'): SigningKeyRing {
  return keyRingFrom({ format: SIGNING_KEY_FILE_FORMAT, keys: [newSigningKey(createdAt)] });
}
