import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export const SIGNING_KEY_FILE_FORMAT = 'fieldwrit-signing-keys/1';

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

/** One Ed25519 key of the court. A retired key keeps only its public half, to verify what it signed. */
const keyEntrySchema = z.object({
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  createdAt: z.string(),
  /** SPKI DER, base64. */
  publicKey: base64,
  /** PKCS#8 DER, base64; null once retired. */
  privateKey: base64.nullable(),
  retiredAt: z.string().nullable(),
});

/**
 * The court's signing keys, in a file outside the database (FIELDWRIT_SIGNING_KEY_FILE): whoever can
 * rewrite the database must not also be able to sign. The last key with a private half signs; the others
 * stay to verify older signatures (docs/security.md, rotation).
 */
export const signingKeyFileSchema = z.object({
  format: z.literal(SIGNING_KEY_FILE_FORMAT),
  keys: z.array(keyEntrySchema).min(1),
});
export type SigningKeyFile = z.infer<typeof signingKeyFileSchema>;
export type SigningKeyEntry = z.infer<typeof keyEntrySchema>;

/** Thrown when the key file is missing or unreadable; the message says what to run. */
export class SigningKeyFileError extends Error {
  override name = 'SigningKeyFileError';
}

/** Reads and checks the key file (its bytes are hostile like any file's). */
export function readSigningKeyFile(path: string): SigningKeyFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SigningKeyFileError(
      `无法读取签名密钥文件 ${path}（请先运行 create-signing-key）/ cannot read the signing key file ${path} ` +
        `(${(error as NodeJS.ErrnoException).code ?? 'error'}): run \`npm run server:cli -- create-signing-key\` first`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const result = signingKeyFileSchema.safeParse(parsed);
  if (!result.success)
    throw new SigningKeyFileError(`签名密钥文件 ${path} 已损坏 / the signing key file ${path} is damaged`);
  return result.data;
}

/** Writes the key file readable by its owner only, through a temporary name (never half a file). */
export function writeSigningKeyFile(path: string, file: SigningKeyFile): void {
  // The default file sits beside the data folder, whose parent may not exist yet on a first start.
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}
