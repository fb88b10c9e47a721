/**
 * The device's storage is full. Raised instead of Dexie's QuotaExceededError so screens can tell the
 * officer in their language; the transaction was rolled back, so nothing half-written remains and the
 * form keeps what was typed.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(cause: unknown) {
    super('Local storage is full', { cause });
  }
}

/** A write was refused because the data is invalid; `codes` are validation codes (shared/validation/messages). */
export class InvalidDataError extends Error {
  override readonly name = 'InvalidDataError';
  constructor(readonly codes: string[]) {
    super(`Invalid data: ${codes.join(', ')}`);
  }
}

export function isQuotaError(error: unknown): boolean {
  for (
    let e: unknown = error;
    e;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause
  ) {
    const name = (e as { name?: string }).name;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    if (e === (e as { inner?: unknown }).inner) break;
  }
  return false;
}
