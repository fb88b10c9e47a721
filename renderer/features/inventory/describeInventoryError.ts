import { InvalidDataError, StorageFullError } from '../../data/errors';
import type { InventoryText } from './useInventoryText';

/** What to tell the officer when an inventory write failed, in their language. */
export function describeInventoryError(error: unknown, text: InventoryText): string {
  if (error instanceof InvalidDataError) {
    return text.t('inventory.save.invalid', {
      reasons: error.codes.map(text.code).join(text.t('punct.clauses')),
    });
  }
  if (error instanceof StorageFullError) return text.t('inventory.save.storageFull');
  return text.t('inventory.save.failed', { message: error instanceof Error ? error.message : String(error) });
}
