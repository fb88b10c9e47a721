import type { SyncedEntity } from '../../../shared/sync/mutation';
import { z } from 'zod';
import {
  checkpointSchema,
  publicSigningKeySchema,
  type Checkpoint,
  type PublicSigningKey,
  type SignedHead,
} from '../../../shared/sync/signedHead';
import type { FieldWritDb } from '../db';
import { recordKey } from './childTables';

/** Meta keys of what this device keeps to check the court with, each tied to the server it came from. */
const COURT_KEYS_KEY = 'court.signingKeys';
const CHECKPOINT_KEY = 'court.checkpoint';

const keptKeysSchema = z.object({ serverUrl: z.string(), keys: z.array(publicSigningKeySchema) });
const keptCheckpointSchema = z.object({ serverUrl: z.string(), checkpoint: checkpointSchema });

/**
 * The court's signed chain heads this device received with its records (kept with the server's version of
 * each, `caseBase` / `recordBase`): what the history check compares the server's chain with.
 */
export function createSignedHeadRepository(db: FieldWritDb) {
  async function courtKeys(serverUrl: string): Promise<PublicSigningKey[]> {
    const kept = keptKeysSchema.safeParse((await db.meta.get(COURT_KEYS_KEY))?.value);
    return kept.success && kept.data.serverUrl === serverUrl ? kept.data.keys : [];
  }
  async function heldCheckpoint(serverUrl: string): Promise<Checkpoint | null> {
    const kept = keptCheckpointSchema.safeParse((await db.meta.get(CHECKPOINT_KEY))?.value);
    return kept.success && kept.data.serverUrl === serverUrl ? kept.data.checkpoint : null;
  }

  return {
    /** The signed head of the version of this record last received, or null (none sent, or never pulled). */
    async heldHead(entity: SyncedEntity, entityId: string): Promise<SignedHead | null> {
      const row =
        entity === 'case'
          ? await db.caseBase.get(entityId)
          : await db.recordBase.get(recordKey(entity, entityId));
      return row?.head ?? null;
    },

    /** The court's public keys this device fetched from `serverUrl` (none yet, or another court: empty). */
    courtKeys,

    /**
     * Keeps the keys `serverUrl` published, with those kept before that it no longer lists: a key once
     * seen stays, so a court that drops a key cannot make the heads it signed uncheckable here.
     */
    async saveCourtKeys(serverUrl: string, keys: readonly PublicSigningKey[]): Promise<void> {
      await db.transaction('rw', db.meta, async () => {
        const before = await courtKeys(serverUrl);
        const merged = [...keys, ...before.filter((old) => !keys.some((k) => k.keyId === old.keyId))];
        await db.meta.put({ key: COURT_KEYS_KEY, value: { serverUrl, keys: merged } });
      });
    },

    /** The latest signed checkpoint this device saw from `serverUrl`, or null. */
    heldCheckpoint,

    /** Keeps `checkpoint` (signature already checked) when it is later than the one held. */
    async saveCheckpoint(serverUrl: string, checkpoint: Checkpoint): Promise<void> {
      await db.transaction('rw', db.meta, async () => {
        const held = await heldCheckpoint(serverUrl);
        if (held && held.id >= checkpoint.id) return;
        await db.meta.put({ key: CHECKPOINT_KEY, value: { serverUrl, checkpoint } });
      });
    },
  };
}

export type SignedHeadRepository = ReturnType<typeof createSignedHeadRepository>;
