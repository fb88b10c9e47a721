import { sha256 } from '../util/sha256';
import type { RunningSha256 } from '../util/sha256';

/** Uploads followed at once; beyond this the oldest is forgotten (its `complete` re-reads its bytes). */
const DEFAULT_CAPACITY = 1_000;

type Entry = { hash: RunningSha256; offset: number };

/**
 * The SHA-256 of each unfinished upload's bytes so far, fed with every chunk as it is stored, so `complete`
 * need not read back what it has just written. An entry covers exactly the bytes `0..offset` of its upload:
 * stored chunks never change, so it stays true for as long as it exists. It is only ever extended by the
 * chunk that starts at its offset, after that chunk's transaction committed; anything else (a chunk stored
 * by another server process, a restart, chunks committed out of order) drops it, and `complete` then
 * re-hashes the stored bytes instead. Node cannot save a hash's state, hence memory, not the database.
 */
export class RunningHashes {
  readonly #entries = new Map<string, Entry>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  /** Records that `bytes` were stored at `offset` of `uploadId` (call after the commit). */
  advance(uploadId: string, offset: number, bytes: Uint8Array): void {
    const entry = offset === 0 ? { hash: sha256.start(), offset: 0 } : this.#entries.get(uploadId);
    this.#entries.delete(uploadId);
    if (entry?.offset !== offset) return;
    entry.hash.update(bytes);
    entry.offset += bytes.byteLength;
    // Re-inserted last: the map's order is least recently extended first.
    this.#entries.set(uploadId, entry);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }

  /** The hex SHA-256 of bytes `0..size` of `uploadId` if followed all the way, else null (re-hash). */
  digest(uploadId: string, size: number): string | null {
    const entry = this.#entries.get(uploadId);
    if (entry?.offset !== size) return null;
    // A copy: the entry stays usable should `complete` be asked again before it is forgotten.
    return entry.hash.copy().hex();
  }

  /** Forgets `uploadId` (completed or discarded). */
  forget(uploadId: string): void {
    this.#entries.delete(uploadId);
  }
}
