import { assert } from '../util/assert';
import type { Bilingual } from './Bilingual';
import { SHARED_MESSAGE_MAPS } from './sharedMessageMaps';

/** A domain's texts: a plain `{ code: { 'zh-CN', en } }` object. */
export type MessageMap = Readonly<Record<string, Bilingual>>;

// A Map, not an object: codes arrive from outside (server answers, zod issues, stored warnings), and
// "toString" or "__proto__" must find nothing rather than the prototype.
const registry = new Map<string, Bilingual>();

/**
 * Adds maps to the one registry every code text is looked up in (`messageText`, `bilingualText`). Shared
 * maps are registered here from the start; the server registers its own (server/app/problemFor.ts) so
 * shared never imports server. Registering the same map again is a no-op; a code that two maps define is
 * a defect and throws at load, so a clash cannot quietly show the wrong text.
 */
export function registerMessages(...maps: readonly MessageMap[]): void {
  for (const map of maps) {
    for (const [code, texts] of Object.entries(map)) {
      const known = registry.get(code);
      if (known === texts) continue;
      assert(known === undefined, `message code "${code}" is defined by two message maps`);
      registry.set(code, texts);
    }
  }
}

/** The texts registered for `code`, if it is one of ours. */
export function findMessage(code: string): Bilingual | undefined {
  return registry.get(code);
}

/** True when `code` has a registered text, i.e. it is one of ours (not e.g. a zod default message). */
export function isKnownCode(code: string): boolean {
  return registry.has(code);
}

/** Every registered code: for tests that walk all texts. */
export function registeredCodes(): string[] {
  return [...registry.keys()];
}

registerMessages(...SHARED_MESSAGE_MAPS);
