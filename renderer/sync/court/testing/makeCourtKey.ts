import type { PublicSigningKey } from '../../../../shared/sync/signedHead';

const toBase64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/** A court signing key for tests: Ed25519 by Web Crypto, published as the server publishes its keys. */
export async function makeCourtKey(
  keyId: string,
): Promise<{ published: PublicSigningKey; sign(text: string): Promise<string> }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const spki = await crypto.subtle.exportKey('spki', pair.publicKey);
  return {
    published: { keyId, publicKey: toBase64(spki), createdAt: '2026-01-01T00:00:00.000Z', retiredAt: null },
    sign: async (text) =>
      toBase64(
        await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, new TextEncoder().encode(text)),
      ),
  };
}
