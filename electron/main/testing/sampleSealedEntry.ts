import { randomBytes } from 'node:crypto';
import type { SealedJournalEntry } from '../../../shared/ipc/schemas';

/**
 * A journal entry as the renderer sends it; `clientSeq` distinguishes entries. The sealed bytes are random,
 * as ciphertext looks to main: main must store and return them without knowing what they hold.
 */
export function sampleSealedEntry(
  clientSeq: number,
  overrides: Partial<SealedJournalEntry> = {},
): SealedJournalEntry {
  return {
    deviceId: 'device-test-01',
    clientSeq,
    sealed: new Uint8Array(randomBytes(60 + clientSeq)),
    ...overrides,
  };
}
