import { z } from 'zod';
import { passwordWrappedKeySchema } from '../crypto/passwordWrap';
import { localCredentialSchema } from '../../sync/localCredential';

/** The prefix of every sealed vault database; the rest of the name is random (it names no one). */
export const VAULT_DB_PREFIX = 'fieldwrit-vault-';

/**
 * The data key wrapped by the operating system's keystore (desktop shell: Electron `safeStorage` in the
 * main process). Only this OS account on this machine can unwrap it.
 */
export const osWrappedKeySchema = z.object({
  kind: z.literal('os'),
  wrapped: z.instanceof(Uint8Array).refine((b) => b.length > 0 && b.length <= 4096),
});
export type OsWrappedKey = z.infer<typeof osWrappedKeySchema>;

/**
 * One officer's vault on this installation, as the unsealed directory lists it (read from disk: hostile,
 * so parsed on every read). What it shows a thief: who signed in here, when, and a random database name.
 */
export const vaultEntrySchema = z.object({
  userId: z.string().min(1).max(100),
  username: z.string().min(1).max(100),
  /** Shown on the lock screen, so each officer can pick their own vault before unlocking it. */
  name: z.string().min(1).max(200),
  dbName: z.string().regex(/^fieldwrit-vault-[0-9a-f]{32}$/),
  wrappedKey: z.discriminatedUnion('kind', [passwordWrappedKeySchema, osWrappedKeySchema]),
  /**
   * The password check when the key is wrapped by the OS keystore (desktop): the keystore would hand the
   * key to anyone at this OS account, so the officer's password is still checked first.
   */
  credential: localCredentialSchema.optional(),
  /** The officer's device id on the court server, so a later sign-in continues their outbox sequence. */
  deviceId: z.string().min(1).max(100).optional(),
  createdAt: z.iso.datetime(),
  lastUnlockedAt: z.iso.datetime().optional(),
});
export type VaultEntry = z.infer<typeof vaultEntrySchema>;
