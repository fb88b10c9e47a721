import { gcm } from '@noble/ciphers/aes.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/** Bytes of the officer's data key (AES-256). */
export const DATA_KEY_BYTES = 32;
const NONCE_BYTES = 12;
const BLIND_BYTES = 16;
const encoder = new TextEncoder();

/** A sealed value failed to open: wrong key, or bytes changed on disk. Never shown as data. */
export class SealBroken extends Error {
  constructor(where: string) {
    super(`sealed data cannot be opened (${where}): wrong key or altered bytes`);
    this.name = 'SealBroken';
  }
}

/**
 * One officer's data key on one installation, in memory only while the app is unlocked. Two keys are
 * derived from it with HKDF: one seals rows (AES-256-GCM, a fresh random 96-bit nonce per seal, the row's
 * table and primary key as associated data, so a sealed row cannot be moved onto another record), one makes
 * blind indexes (HMAC-SHA-256, truncated to 128 bits) so that exact-match lookups work without storing the
 * value. The cipher runs synchronously (@noble/ciphers): an IndexedDB transaction commits as soon as it
 * waits on anything but IndexedDB, and Web Crypto only answers with promises.
 */
export type DataKey = {
  seal(associated: string, plaintext: Uint8Array): Uint8Array<ArrayBuffer>;
  /** Throws SealBroken for a wrong key, altered bytes or a seal made for another record. */
  open(associated: string, sealed: Uint8Array): Uint8Array;
  /** A keyed, deterministic token for `value` in `scope` (an index name): equal values give equal tokens. */
  blind(scope: string, value: string): string;
  /** Forgets the keys (locking). Every later use throws. */
  destroy(): void;
  readonly isDestroyed: boolean;
};

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Builds the data key from its raw bytes; the caller's copy of `raw` is wiped. */
export function createDataKey(raw: Uint8Array): DataKey {
  if (raw.length !== DATA_KEY_BYTES) throw new Error(`a data key has ${DATA_KEY_BYTES} bytes`);
  let sealKey: Uint8Array | null = hkdf(sha256, raw, undefined, encoder.encode('fieldwrit/seal/v1'), 32);
  let blindKey: Uint8Array | null = hkdf(sha256, raw, undefined, encoder.encode('fieldwrit/blind/v1'), 32);
  raw.fill(0);
  const live = () => {
    if (!sealKey || !blindKey) throw new Error('the data key was destroyed (the app is locked)');
    return { sealKey, blindKey };
  };
  return {
    seal(associated, plaintext) {
      const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
      const body = gcm(live().sealKey, nonce, encoder.encode(associated)).encrypt(plaintext);
      const out = new Uint8Array(NONCE_BYTES + body.length);
      out.set(nonce, 0);
      out.set(body, NONCE_BYTES);
      return out;
    },
    open(associated, sealed) {
      const key = live().sealKey;
      if (sealed.length < NONCE_BYTES + 16) throw new SealBroken(associated);
      try {
        return gcm(key, sealed.subarray(0, NONCE_BYTES), encoder.encode(associated)).decrypt(
          sealed.subarray(NONCE_BYTES),
        );
      } catch {
        throw new SealBroken(associated);
      }
    },
    blind(scope, value) {
      const mac = hmac(sha256, live().blindKey, encoder.encode(`${scope}\u0000${value}`));
      return toBase64Url(mac.subarray(0, BLIND_BYTES));
    },
    destroy() {
      sealKey?.fill(0);
      blindKey?.fill(0);
      sealKey = null;
      blindKey = null;
    },
    get isDestroyed() {
      return sealKey === null;
    },
  };
}
