import type { Consent } from './consent';

/** The answers that stand: every consent record not superseded by a later one. */
export function currentConsents(consents: readonly Consent[]): Consent[] {
  const superseded = new Set(consents.flatMap((c) => (c.supersedes === null ? [] : [c.supersedes])));
  return consents.filter((c) => !superseded.has(c.id));
}
