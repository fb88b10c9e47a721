import type { SyncedEntity } from '../../../shared/sync/mutation';
import type { SignedHead } from '../../../shared/sync/signedHead';
import type { FieldWritDb } from '../db';
import { recordKey } from './childTables';

/**
 * The court's signed chain heads this device received with its records (kept with the server's version of
 * each, `caseBase` / `recordBase`): what the history check compares the server's chain with.
 */
export function createSignedHeadRepository(db: FieldWritDb) {
  return {
    /** The signed head of the version of this record last received, or null (none sent, or never pulled). */
    async heldHead(entity: SyncedEntity, entityId: string): Promise<SignedHead | null> {
      const row =
        entity === 'case'
          ? await db.caseBase.get(entityId)
          : await db.recordBase.get(recordKey(entity, entityId));
      return row?.head ?? null;
    },
  };
}
