import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { SigningKeyFile } from './signingKeyFile';

/** A public key of the court as published (`GET /history/v1/signing-keys`) and exported with checkpoints. */
export type PublicSigningKey = {
  keyId: string;
  /** Ed25519 SPKI DER, base64. */
  publicKey: string;
  createdAt: string;
  retiredAt: string | null;
};

/** The server's keys in memory: signs with the current one, verifies with any, old or new. */
export type SigningKeyRing = {
  readonly currentKeyId: string;
  sign(text: string): { keyId: string; signature: string };
  /** False for an unknown key id or a signature that does not hold. */
  verify(keyId: string, text: string, signature: string): boolean;
  publicKeys(): PublicSigningKey[];
};

/** The ring of a key file: the last key that still has its private half signs. */
export function keyRingFrom(file: SigningKeyFile): SigningKeyRing {
  const current = [...file.keys].reverse().find((k) => k.privateKey !== null && k.retiredAt === null);
  if (!current) throw new Error('The signing key file has no current key: run create-signing-key');
  const privateKey: KeyObject = createPrivateKey({
    key: Buffer.from(current.privateKey!, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKeys = new Map<string, KeyObject>(
    file.keys.map((k) => [
      k.keyId,
      createPublicKey({ key: Buffer.from(k.publicKey, 'base64'), format: 'der', type: 'spki' }),
    ]),
  );
  return {
    currentKeyId: current.keyId,
    sign: (text) => ({
      keyId: current.keyId,
      signature: sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64'),
    }),
    verify(keyId, text, signature) {
      const key = publicKeys.get(keyId);
      if (!key) return false;
      try {
        return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'base64'));
      } catch {
        return false;
      }
    },
    publicKeys: () =>
      file.keys.map((k) => ({
        keyId: k.keyId,
        publicKey: k.publicKey,
        createdAt: k.createdAt,
        retiredAt: k.retiredAt,
      })),
  };
}
