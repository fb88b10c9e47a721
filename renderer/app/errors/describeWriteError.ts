import type { T } from '../i18n/useT';
import { InvalidDataError, StorageFullError } from '../../data/errors';

/**
 * What to tell the officer when a write failed: the data's own reasons, a full disk, or the raw failure.
 * Every text says that what was typed is still on screen, because it is.
 */
export function describeWriteError(error: unknown, t: T, codeText: (code: string) => string): string {
  if (error instanceof InvalidDataError)
    return t('visits.save.invalid', { reasons: error.codes.map(codeText).join(t('visits.text.clauses')) });
  if (error instanceof StorageFullError) return t('visits.save.storageFull');
  return t('visits.save.failed', { message: error instanceof Error ? error.message : String(error) });
}
