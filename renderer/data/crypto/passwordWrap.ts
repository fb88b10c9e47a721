import { z } from 'zod';
import { DATA_KEY_BYTES } from './DataKey';

/**
 * PBKDF2-HMAC-SHA-256 iterations for the browser build's key-encryption key: OWASP's 2023 figure for this
 * hash. PBKDF2 rather than a memory-hard KDF (Argon2id, scrypt) because it is in Web Crypto — native, no
 * WebAssembly to ship and audit — and an unlock must stay under a second on an officer's laptop (about
 * 0.3 s here). The cost of a guess is what protects a stolen laptop's data, so the count is stored with the
 * wrapped key and can be raised without breaking old installations.
 */
export const PASSWORD_KDF_ITERATIONS = 600_000;
const ASSOCIATED = new TextEncoder().encode('fieldwrit/data-key/v1');

/** The officer's data key, encrypted by a key derived from their password. Read from disk: hostile. */
export const passwordWrappedKeySchema = z.object({
  kind: z.literal('password'),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
  salt: z.instanceof(Uint8Array).refine((b) => b.length === 16),
  iv: z.instanceof(Uint8Array).refine((b) => b.length === 12),
  wrapped: z.instanceof(Uint8Array).refine((b) => b.length === DATA_KEY_BYTES + 16),
});
export type PasswordWrappedKey = z.infer<typeof passwordWrappedKeySchema>;

async function keyEncryptionKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** A fresh random data key (for a new officer on this installation). */
export function generateDataKeyBytes(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES));
}

export async function wrapWithPassword(
  raw: Uint8Array<ArrayBuffer>,
  password: string,
  iterations = PASSWORD_KDF_ITERATIONS,
): Promise<PasswordWrappedKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const kek = await keyEncryptionKey(password, salt, iterations);
  const wrapped = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: ASSOCIATED }, kek, raw),
  );
  return { kind: 'password', kdf: 'PBKDF2-SHA-256', iterations, salt, iv, wrapped };
}

/** The data key, or null when the password is wrong (or the stored bytes were altered). */
export async function unwrapWithPassword(
  stored: unknown,
  password: string,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const parsed = passwordWrappedKeySchema.safeParse(stored);
  if (!parsed.success) return null;
  const { salt, iv, wrapped, iterations } = parsed.data;
  const kek = await keyEncryptionKey(password, new Uint8Array(salt), iterations);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: new Uint8Array(iv), additionalData: ASSOCIATED },
        kek,
        new Uint8Array(wrapped),
      ),
    );
  } catch {
    return null;
  }
}
