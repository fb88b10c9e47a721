import { generateKeyPairSync } from 'node:crypto';
import { sha256 } from '../../util/sha256';
import type { SigningKeyEntry } from './signingKeyFile';

/** A fresh Ed25519 key; its id is the start of the SHA-256 of its public key (the same wherever computed). */
export function newSigningKey(createdAt: string): SigningKeyEntry {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    keyId: sha256.hex(spki).slice(0, 16),
    createdAt,
    publicKey: spki.toString('base64'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    retiredAt: null,
  };
}
