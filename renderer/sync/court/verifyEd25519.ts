/** Bytes of strict base64, or null: the text comes from the network and may be anything. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Whether `signature` (base64) is the Ed25519 signature of the UTF-8 of `text` by the key `publicKey`
 * (SPKI DER, base64, as the court publishes it). Web Crypto (Chromium, Node 20+), so the app needs no
 * crypto library of its own. False — never a throw — for a malformed key or signature: a head that
 * cannot be checked is not trusted either.
 */
export async function verifyEd25519(publicKey: string, text: string, signature: string): Promise<boolean> {
  const keyBytes = fromBase64(publicKey);
  const signatureBytes = fromBase64(signature);
  if (!keyBytes || !signatureBytes) return false;
  try {
    const key = await crypto.subtle.importKey('spki', keyBytes, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify(
      { name: 'Ed25519' },
      key,
      signatureBytes,
      new TextEncoder().encode(text),
    );
  } catch {
    return false;
  }
}
