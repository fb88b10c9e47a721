import { z } from 'zod';
import { bytesToHex } from '../../shared/util/bytesToHex';

/**
 * The offline unlock: at sign-in (online) the device keeps a PBKDF2 verifier of the officer's password, so
 * the app can be unlocked later at a plant with no network. Only the last officer who signed in on this
 * device can unlock it; the password itself is never stored.
 */
export const localCredentialSchema = z.object({
  userId: z.string(),
  username: z.string(),
  name: z.string(),
  salt: z.string(),
  hash: z.string(),
  iterations: z.number().int().positive(),
});
export type LocalCredential = z.infer<typeof localCredentialSchema>;

export const LOCAL_CREDENTIAL_KEY = 'localCredential';
const ITERATIONS = 210_000;

const fromHex = (h: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(h.match(/../g)?.map((x) => parseInt(x, 16)) ?? []);

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return bytesToHex(new Uint8Array(bits));
}

export async function makeLocalCredential(
  user: { id: string; username: string; name: string },
  password: string,
): Promise<LocalCredential> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return {
    userId: user.id,
    username: user.username,
    name: user.name,
    salt: bytesToHex(salt),
    hash: await derive(password, salt, ITERATIONS),
    iterations: ITERATIONS,
  };
}

/** Constant-time comparison of the derived key with the stored one. */
export async function checkLocalCredential(credential: LocalCredential, password: string): Promise<boolean> {
  const candidate = await derive(password, fromHex(credential.salt), credential.iterations);
  let diff = candidate.length ^ credential.hash.length;
  for (let i = 0; i < Math.min(candidate.length, credential.hash.length); i++)
    diff |= candidate.charCodeAt(i) ^ credential.hash.charCodeAt(i);
  return diff === 0;
}
