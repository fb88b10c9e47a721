import type { ValidationCode } from './messages';

/** Outcome of a validator: the normalised value, or the code of what is wrong (see messages.ts). */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; code: ValidationCode };
