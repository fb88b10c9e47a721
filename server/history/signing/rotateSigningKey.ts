import { existsSync } from 'node:fs';
import { newSigningKey } from './newSigningKey';
import { readSigningKeyFile, SIGNING_KEY_FILE_FORMAT, writeSigningKeyFile } from './signingKeyFile';

/**
 * Creates the key file with one key, or rotates: a new key becomes current and the previous ones are
 * retired — their private half erased (nothing new can be signed with a key that may have leaked), their
 * public half kept so that every signature they made still verifies. Returns the new key's id.
 */
export function rotateSigningKey(path: string, now: string): { keyId: string; retired: string[] } {
  const file = existsSync(path)
    ? readSigningKeyFile(path)
    : { format: SIGNING_KEY_FILE_FORMAT as typeof SIGNING_KEY_FILE_FORMAT, keys: [] };
  const retired: string[] = [];
  const keys = file.keys.map((k) => {
    if (k.privateKey === null) return k;
    retired.push(k.keyId);
    return { ...k, privateKey: null, retiredAt: k.retiredAt ?? now };
  });
  const key = newSigningKey(now);
  writeSigningKeyFile(path, { format: SIGNING_KEY_FILE_FORMAT, keys: [...keys, key] });
  return { keyId: key.keyId, retired };
}
