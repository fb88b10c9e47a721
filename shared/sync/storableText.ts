/**
 * PostgreSQL text and jsonb cannot hold U+0000, and jsonb refuses unpaired UTF-16 surrogates. Input that
 * carries them must be refused as a clear validation error instead of failing deep in the database
 * (which would look like a server fault and be retried forever).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NUL = String.fromCharCode(0);

/** True when `text` can be stored as PostgreSQL text/jsonb. */
export function isStorableText(text: string): boolean {
  return !text.includes(NUL) && !LONE_SURROGATE.test(text);
}

/** True when every string (and object key) inside a JSON-like value is storable. */
export function isStorableValue(value: unknown): boolean {
  if (typeof value === 'string') return isStorableText(value);
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(isStorableValue);
  return Object.entries(value).every(([k, v]) => isStorableText(k) && isStorableValue(v));
}
