import type { SealedJournalEntry } from '../../../shared/ipc/schemas';
import { mutationSchema } from '../../../shared/sync/mutation';
import type { Mutation } from '../../../shared/sync/mutation';
import { SealBroken, type DataKey } from './DataKey';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * What a journal entry's seal is bound to: its device and sequence number, the two things main reads in
 * the clear. A sealed mutation moved onto another line (or given another number, to be compacted away
 * early) no longer opens.
 */
const associatedOf = (deviceId: string, clientSeq: number) => `journal\u0000${deviceId}\u0000${clientSeq}`;

/** Seals mutations for the desktop journal with the officer's key: main and the file see only ciphertext. */
export function sealJournalEntries(key: DataKey, mutations: readonly Mutation[]): SealedJournalEntry[] {
  return mutations.map((m) => ({
    deviceId: m.deviceId,
    clientSeq: m.clientSeq,
    sealed: key.seal(associatedOf(m.deviceId, m.clientSeq), encoder.encode(JSON.stringify(m))),
  }));
}

/**
 * The mutations among `entries` that open under `key` and were written by `ownerId`. The journal is one
 * file for every vault on the installation: an entry another officer's key sealed does not open here and
 * is passed over (it is theirs, restored when their vault is rebuilt), as is anything altered.
 */
export function openJournalEntries(
  key: DataKey,
  entries: readonly SealedJournalEntry[],
  ownerId: string,
): Mutation[] {
  const mutations: Mutation[] = [];
  for (const entry of entries) {
    let plain: Uint8Array;
    try {
      plain = key.open(associatedOf(entry.deviceId, entry.clientSeq), entry.sealed);
    } catch (error) {
      if (error instanceof SealBroken) continue;
      throw error;
    }
    // Our own key sealed it, but the bytes are still checked: the same rule as everything read from disk.
    const parsed = mutationSchema.safeParse(safeJson(decoder.decode(plain)));
    if (!parsed.success) continue;
    const m = parsed.data;
    if (m.deviceId !== entry.deviceId || m.clientSeq !== entry.clientSeq || m.authorUserId !== ownerId)
      continue;
    mutations.push(m);
  }
  return mutations;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
